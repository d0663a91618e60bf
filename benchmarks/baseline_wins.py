"""Round 29 (emergent29): on the dev sets where ours (automatic k) is below the best true-k
baseline (NMI), which baseline wins and which gold topics ours splits or merges that it
keeps.

    python benchmarks/baseline_wins.py [--seeds 2] [--only NAME] [--notes]

Per set (the clinic-sized sets of emergent_k.py; ours as emergent_refine.py's `main`, each
set's NMI the mean over random states 0 .. N-1, the topic reads from random state 0): each
true-k baseline's NMI (benchmarks/emergent.py: NMF and LDA on lemma TF-IDF / counts, k-means
of mean floret vectors, the BERTopic-like k-means of reduced SIF vectors). For a set below:
the winner, and per gold topic the share of its notes in its largest cluster (ours, muu not a
cluster; the winner's), *split* when ours keeps 0.2 less of it than the winner, *merged* when
ours puts its largest part in the same cluster as another topic's largest part and the winner
does not. With --notes each split or merged topic's notes, with ours' and the winner's
cluster. Then, over the sets below: the winners counted, the split and merged topics counted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_refine  # noqa: E402
import emergent_sets  # noqa: E402
from refine_variants import _main  # noqa: E402

GAP = 0.2


def _largest(labels: np.ndarray, rows: np.ndarray) -> tuple[int, float]:
    """The cluster (not muu) holding most of `rows` and the share it holds."""
    found = Counter(int(x) for x in labels[rows] if x >= 0)
    if not found:
        return -1, 0.0
    cluster, count = sorted(found.items(), key=lambda item: (-item[1], item[0]))[0]
    return cluster, count / len(rows)


def _topics(truth: list[str], labels: np.ndarray) -> dict[str, tuple[int, float]]:
    gold = np.array(truth)
    return {t: _largest(labels, np.flatnonzero(gold == t)) for t in sorted(set(truth))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--only", default="")
    parser.add_argument("--notes", action="store_true")
    args = parser.parse_args()
    args.data = emergent_sets.sib_folder(parser, args.data)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    winners: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    below = 0
    for name, rows in emergent_refine.dev_sets(args.data, sib=False, only=args.only):
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        runs = []
        for seed in range(args.seeds):
            batch = emergent_refine._batch(docs, truth, cache, seed)
            runs.append(emergent_refine.coherent_labels(batch, _main(batch)))
        ours = float(np.mean([normalized_mutual_info_score(truth, r) for r in runs]))
        baselines = {
            method: np.asarray(labels)
            for method, labels in bench._baselines(docs, len(set(truth)), cache).items()
        }
        scores = {m: normalized_mutual_info_score(truth, b) for m, b in baselines.items()}
        winner = max(scores, key=lambda m: (scores[m], m))
        text = "  ".join(f"{m} {s:.3f}" for m, s in scores.items())
        k = [int(r.max()) + 1 for r in runs]
        print(f"{name:<52} k {len(set(truth))} ours {k} {ours:.3f}  {text}", flush=True)
        if ours >= scores[winner]:
            continue
        below += 1
        winners[winner] += 1
        mine, theirs = _topics(truth, runs[0]), _topics(truth, baselines[winner])
        mine_count = Counter(c for c, _ in mine.values() if c >= 0)
        theirs_count = Counter(c for c, _ in theirs.values() if c >= 0)
        for topic in mine:
            (c_ours, s_ours), (c_base, s_base) = mine[topic], theirs[topic]
            split = s_ours + GAP <= s_base
            merged = mine_count[c_ours] > 1 and c_ours >= 0 and theirs_count[c_base] == 1
            if not (split or merged):
                continue
            kind = "split" if split else "merged"
            kinds[f"{kind} (winner {winner})"] += 1
            size = truth.count(topic)
            print(
                f"    {kind:<6} {topic:<28} {size:>3} notes: ours keeps {s_ours:.2f}"
                f" (cluster {c_ours}), {winner} {s_base:.2f}"
            )
            if args.notes:
                for row in (i for i, t in enumerate(truth) if t == topic):
                    theirs_row = int(baselines[winner][row])
                    print(f"        ours {int(runs[0][row]):>2}  {winner} {theirs_row:>2}", end="")
                    print(f"  {rows[row][1][:110]}")
    print(f"below the best true-k baseline: {below}; winners {dict(winners)}")
    print(f"topics: {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
