"""Emergent theme labels beside the gold topics of their notes, to be read by eye.

    python benchmarks/emergent_labels.py [--data ../shared/data/sib200-fi] [--mode accurate]
                                          [--sets sib200,corpus,heldout2]

Every note of each data set is clustered by the themes stage with no seeded themes (the
bundled example notes are still given: labels measure generic words and background shares on
them), as benchmarks/emergent.py clusters them: SIB-200 Finnish train+dev (read from shared/,
never copied), each corpus/gold clinic, and each clinic of benchmarks/data/heldout2_emergent.csv
(chatter left out). For every emergent theme it prints the label, the size, the gold topic
most of its notes have and that topic's share, then its keywords; `muu` last. The labels are
not scored: whether "Avoin data" names topic `avoin-data` well is for a reader to judge.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.lemmatize import lemmatize_notes
from muistiinpanot.resources import default_definitions, default_examples
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.examples import load_examples

ROOT = Path(__file__).resolve().parents[1]
Rows = list[tuple[str, str, str]]  # id, text, label


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "sib200-fi")
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--sets", default="sib200,corpus,heldout2")
    args = parser.parse_args()
    analyzer = load_analyzer(args.mode)
    settings = ThemeSettings()
    definitions = load_theme_definitions(default_definitions())
    examples = load_examples(example_rows(default_examples()), definitions, analyzer)
    for name, rows in _data_sets(args.data, set(args.sets.split(","))):
        notes = [Note(i, "bench", "", t, SourceRef("bench"), clean_text=t) for i, t, _ in rows]
        result = assign_themes(lemmatize_notes(notes, analyzer), (), analyzer, settings, examples)
        gold = {note_id: label for note_id, _, label in rows}
        members: dict[str, list[str]] = {}
        for assignment in result.assignments:
            members.setdefault(assignment.theme, []).append(gold[assignment.note_id])
        print(f"\n== {name}: {len(rows)} notes, {len(set(gold.values()))} gold topics")
        for theme in result.themes:
            labels = Counter(members.get(theme.id, []))
            if not labels:
                continue
            topic, count = sorted(labels.items(), key=lambda item: (-item[1], item[0]))[0]
            print(
                f"  {theme.id:<8} {theme.label:<40} {theme.size:>3}  {topic} "
                f"{count / theme.size:.0%}   [{', '.join(theme.keywords)}]"
            )


def _data_sets(sib_folder: Path, wanted: set[str]) -> list[tuple[str, Rows]]:
    sets: list[tuple[str, Rows]] = []
    if "sib200" in wanted:
        sib: Rows = []
        for split in ("train", "dev"):
            with (sib_folder / f"{split}.tsv").open(encoding="utf-8") as handle:
                sib += [
                    (f"{split}-{int(r['index_id']):04d}", r["text"], r["category"])
                    for r in csv.DictReader(handle, delimiter="\t")
                ]
        sets.append(("sib200", sorted(sib)))
    if "corpus" in wanted:
        for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
            with path.open(encoding="utf-8") as handle:
                rows = sorted((r["id"], r["text"], r["label"]) for r in csv.DictReader(handle))
            sets.append((path.stem, rows))
    heldout = ROOT / "benchmarks" / "data" / "heldout2_emergent.csv"
    if "heldout2" in wanted and heldout.exists():
        with heldout.open(encoding="utf-8") as handle:
            by_clinic: dict[str, Rows] = {}
            for r in csv.DictReader(handle):
                if r["label"] != "chatter":
                    by_clinic.setdefault(r["clinic"], []).append((r["id"], r["text"], r["label"]))
        sets += [(f"heldout2:{c}", sorted(rows)) for c, rows in sorted(by_clinic.items())]
    return sets


if __name__ == "__main__":
    main()
