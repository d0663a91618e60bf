"""Lemmas of misspelt and variant spellings (`data/lemma_variants25.csv`, `…26.csv`), both modes.

    .venv/bin/python benchmarks/lemma_variants.py [--csv FILE ...] [--show]

Each row is a note, the misspelt word in it and the lemma its writer meant, written by
lemma25: `case` is review 34's own note, `tune` (tuned on) and `heldout` were written and
measured before the code changed, `fresh` (four of them correct words, `control`) after its
first version and before anything was measured on them. The note goes through the analyzer as a
note does (`analyze`: spaCy's tokens in accurate mode), and the word's lemma is compared with
the meant one. Prints the share right per half and mode; `--show` lists every row.
lemma26 wrote `lemma_variants26.csv` (acronyms with case endings, compounds with a misspelt
part, dropped and extra letters, dots missing, spoken forms; each kind split `tune` / `heldout`
by alternation before any code changed; the lead's lemmas of the day in `lead_accurate`,
`lead_fast`); lemma27 `lemma_variants27.csv` (slang and spoken words Voikko does not know,
typos to correct, lower-case acronyms with case endings, controls; written and its lead lemmas
recorded the same way); lemma28 `lemma_variants28.csv` (spoken verbs after a negation,
`ei tarvi`; compounds whose last part drops a spoken letter, `vahinkoilmotus`; controls).
Each file's notes are analysed together, as a clinic's are; its halves are
printed as `25:tune`, `26:heldout`, ….
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_CSV = [DATA / f"lemma_variants{n}.csv" for n in (25, 26, 27, 28)]


def read_rows(path: Path) -> list[dict[str, str]]:
    tag = path.stem[-2:]
    with path.open(encoding="utf-8", newline="") as f:
        return [{**row, "half": f"{tag}:{row['half']}"} for row in csv.DictReader(f)]


def lemmas_of(rows: Sequence[dict[str, str]], mode: str) -> list[str]:
    """The lemma each row's word gets in `mode` ("accurate" or "fast")."""
    from muistiinpanot.lemmatize import LemmaAnalyzer

    analyzer = LemmaAnalyzer(mode)  # type: ignore[arg-type]
    found = []
    for row, tokens in zip(rows, analyzer.analyze([r["sentence"] for r in rows]), strict=True):
        found.append(next((t.lemma for t in tokens if t.text == row["word"]), "?"))
    return found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, nargs="+", default=DEFAULT_CSV)
    parser.add_argument("--show", action="store_true", help="list every row")
    args = parser.parse_args(argv)
    files = [read_rows(path) for path in args.csv]
    rows = [row for each in files for row in each]
    results = {
        mode: [m for each in files for m in lemmas_of(each, mode)] for mode in ("accurate", "fast")
    }
    if args.show:
        for i, row in enumerate(rows):
            got = "  ".join(
                f"{mode[:4]}={'✔' if results[mode][i] == row['lemma'] else '✘'}{results[mode][i]}"
                for mode in results
            )
            print(f"{row['half']:10} {row['kind']:8} {row['word']:18} → {row['lemma']:18} {got}")
    for mode, lemmas in results.items():
        right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row, lemma in zip(rows, lemmas, strict=True):
            right[row["half"]][0] += lemma == row["lemma"]
            right[row["half"]][1] += 1
        print(mode, "  ".join(f"{half} {r}/{n}" for half, (r, n) in right.items()))


if __name__ == "__main__":
    main()
