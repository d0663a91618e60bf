"""Round 21 of issue 12: can a cluster's stability tell a topic's own cluster from an extra
one? For each consensus cluster of the shipped cut (before the coherence test) on every
clinic-sized dev set of benchmarks/emergent_k.py, random state 0: its mean best Jaccard over
10 draws of half the consensus seeds and over 10 draws of 5 of the 9 (view, graph size) cells
(benchmarks/kchoice_variants.py), its size and mean within-cluster agreement, against its
kind by the gold topics: *main* (over half its notes of one topic, and the largest such
cluster of that topic), *side* (a larger cluster has the same majority topic) or *mixed* (no
topic over half). Prints per set each cluster (kind, size, the two stabilities), then per
measure the AUC of main against the others, the medians by kind and the share under 0.5.

    python benchmarks/emergent_kstability.py
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes.emergent import NOISE, agreement_clusters
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_k  # noqa: E402
import emergent_sets  # noqa: E402
from kchoice_variants import batch_for  # noqa: E402

KINDS = ("main", "side", "mixed")


def _jaccard(members: set[int], cuts: list[np.ndarray]) -> float:
    scores = []
    for cut in cuts:
        groups = (set(np.flatnonzero(cut == g).tolist()) for g in np.unique(cut) if g != NOISE)
        scores.append(max((len(members & g) / len(members | g) for g in groups), default=0.0))
    return float(np.mean(scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="the SIB-200 Finnish folder")
    args = parser.parse_args()
    data = emergent_sets.sib_folder(parser, args.data)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    sets = emergent_sets.dev_sets(data, emergent_k.DEV_FILES)
    rows: list[tuple[str, int, float, float, float]] = []  # kind, size, seed, cell, within
    for name, notes in sets:
        if name.startswith("sib200"):
            continue
        docs, _, truth = bench.lemma_docs(notes, analyzer)
        batch = batch_for(docs, truth, cache, 0)
        whole = batch.agreement()
        labels = agreement_clusters(whole, batch.settings)
        seed_cuts = [agreement_clusters(batch.agreement(s), batch.settings) for s in batch.halves()]
        cell_cuts = [
            agreement_clusters(batch.cell_agreement(c), batch.settings) for c in batch.cell_halves()
        ]
        gold = [truth[i] for i in batch.usable]
        found_here = []
        for cluster in (int(c) for c in np.unique(labels) if c != NOISE):
            members = np.flatnonzero(labels == cluster)
            topic, count = Counter(gold[i] for i in members).most_common(1)[0]
            found_here.append((topic, count / len(members), len(members), members))
        for topic, share, size, members in found_here:
            if share < 0.5:
                kind = "mixed"
            elif any(t == topic and s >= 0.5 and n > size for t, s, n, _ in found_here):
                kind = "side"
            else:
                kind = "main"
            group = set(members.tolist())
            within = float(whole[np.ix_(members, members)].mean())
            rows.append(
                (kind, size, _jaccard(group, seed_cuts), _jaccard(group, cell_cuts), within)
            )
        listed = [f"{r[0]} {r[1]} {r[2]:.2f}/{r[3]:.2f}" for r in rows[-len(found_here) :]]
        print(f"{name}: " + ", ".join(listed), flush=True)
    kinds = np.array([r[0] for r in rows])
    is_main = (kinds == "main").astype(int)
    for column, text in (
        (2, "seed-half stability"),
        (3, "cell-half stability"),
        (4, "within agreement"),
        (1, "size"),
    ):
        values = np.array([r[column] for r in rows], dtype=float)
        medians = {k: round(float(np.median(values[kinds == k])), 3) for k in KINDS}
        under = {k: round(float((values[kinds == k] < 0.5).mean()), 3) for k in KINDS}
        print(
            f"{text}: AUC main vs the others {roc_auc_score(is_main, values):.3f},"
            f" medians {medians}, share under 0.5 {under}"
        )
    print("clusters:", dict(Counter(kinds.tolist())))


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
