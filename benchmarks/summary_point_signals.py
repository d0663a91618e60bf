"""How well do signals the summary could read tell whether two notes of one bullet make one
point (post45)? From the posts `summary_sets.py --posts DIR` wrote (value `None`, the
shipped settings) and the sets' gold labels: for every bullet, each later note against the
note that opens it (both labelled), "same point" when their gold labels agree. Signals: the
cosine of the mean word vectors of their content lemmas (as summarize/onepoint.py weighs
sentences), the number of content lemmas they share (compound parts included), that number
weighted by inverse document frequency in the clinic, and the most lemmas the note shares
with any other note of the bullet. Printed: the pairs, the share that agree, each signal's
AUC, and for the cosine the share that disagree below a few thresholds; also how often a
note is nearer another bullet's opening than its own, and then of that bullet's label.

    python benchmarks/summary_point_signals.py DIR {A|B} [--split 70]

A = rounds ≤ split with corpus and summary_heldout, B = the later rounds; blind rounds are
never read."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from muistiinpanot.content import content_lemmas
from muistiinpanot.lemmatize import load_analyzer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_rounds import BLIND_FROM, heldout_round  # noqa: E402
from summary_offtheme import read_gold_labels  # noqa: E402
from summary_quality import set_paths  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path)
    parser.add_argument("part", choices=["A", "B"])
    parser.add_argument("--split", type=int, default=70)
    args = parser.parse_args()
    analyzer = load_analyzer()
    rows: list[tuple[bool, float, int, float, int, float, bool]] = []
    for path in sorted(args.posts.glob("*__None.json")):
        if path.name.endswith(".notes.json"):
            continue
        name, clinic, _ = path.stem.split("__")
        found = heldout_round(name)
        if found >= BLIND_FROM or (args.part == "A") != (found <= args.split):
            continue
        gold = read_gold_labels(set_paths(name)[0], clinic)
        notes = json.loads(path.with_suffix("").with_suffix(".notes.json").read_text("utf-8"))
        kept = [n for n in notes if n["status"] == "kept"]
        analyses = analyzer.analyze([n["text"] for n in kept])
        lemmas = {
            n["id"]: frozenset(x.lower() for x in content_lemmas(t))
            for n, t in zip(kept, analyses, strict=True)
        }
        counts = Counter(lemma for found_ in lemmas.values() for lemma in found_)

        def vector(words: frozenset[str]) -> np.ndarray | None:
            if not words:
                return None
            mean = np.mean([analyzer.word_vector(w) for w in sorted(words)], axis=0)
            norm = float(np.linalg.norm(mean))
            return mean / norm if norm else None

        def cosine(one: str, other: str, lemmas: dict[str, frozenset[str]] = lemmas) -> float:
            a, b = vector(lemmas[one]), vector(lemmas[other])
            return float(a @ b) if a is not None and b is not None else 0.0

        bullets = json.loads(path.read_text("utf-8"))["bullets"]
        ids = [list(dict.fromkeys(p["note_id"] for p in b["pieces"])) for b in bullets]
        openings = [(said[0], k) for k, said in enumerate(ids) if said]
        for k, said in enumerate(ids):
            if len(said) < 2 or said[0] not in gold or said[0] not in lemmas:
                continue
            first = said[0]
            for note in said[1:]:
                if note not in gold or note not in lemmas:
                    continue
                shared = lemmas[first] & lemmas[note]
                idf = sum(math.log((1 + len(lemmas)) / (1 + counts[x])) for x in shared)
                chain = max(len(lemmas[note] & lemmas[o]) for o in said if o != note)
                near = [(cosine(note, o), o) for o, j in openings if j != k and o in lemmas]
                best, other = max(near, default=(0.0, ""))
                rows.append(
                    (gold[first] == gold[note], cosine(first, note), len(shared), idf, chain,
                     best, gold.get(other) == gold[note])
                )  # fmt: skip
    same = sum(r[0] for r in rows)
    print(f"part {args.part}: {len(rows)} pairs, {same} of one gold label")
    for index, name in [(1, "cosine"), (2, "shared lemmas"), (3, "shared idf"), (4, "chain")]:
        print(f"  AUC {name}: {_auc(rows, index):.3f}")
    for least in (0.2, 0.3, 0.35, 0.4, 0.5):
        low = [r for r in rows if r[1] < least]
        apart = sum(not r[0] for r in low) / max(len(low), 1)
        print(f"  cosine < {least}: {len(low)} pairs, {apart:.2f} of two labels")
    nearer = [r for r in rows if r[5] > r[1]]
    print(
        f"  nearer another bullet's opening: {len(nearer)} pairs, "
        f"{sum(not r[0] for r in nearer) / max(len(nearer), 1):.2f} of two labels, "
        f"{sum(r[6] for r in nearer) / max(len(nearer), 1):.2f} of that opening's label"
    )


def _auc(rows: list[tuple[bool, float, int, float, int, float, bool]], index: int) -> float:
    pos = [float(r[index]) for r in rows if r[0]]
    neg = [float(r[index]) for r in rows if not r[0]]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / max(len(pos) * len(neg), 1)


if __name__ == "__main__":
    main()
