"""Round 28 (emergent28): which step of the emergent step adds the clusters over the true k.

    python benchmarks/emergent_kstages.py [--seeds 1] [--only NAME] [--json FILE]

Per clinic-sized dev set (benchmarks/emergent_k.py's DEV_FILES) and random state: the true k
and the number of clusters after each step of a run (themes/emergent.py, then the coherence
test): the consensus's average-linkage groups of at least `min_cluster_size` notes (`cut`),
after the word-disjoint split (`split`), after the coherence test (`final`: kept, split or sent
to muu). Each final cluster is read against gold: *main* (its largest topic has most of its
notes there and is over half the cluster), *side* (its largest topic, over half the cluster,
has a larger cluster elsewhere), *mixed* (no topic over half), and whether the cluster's notes
came from a consensus cluster the word split or the coherence test cut (`split-born`,
`coherence-born`). Over all sets: mean k per step minus the true k, the extra clusters
(final minus true k, when over) by kind and by step, and gold chatter is left out as in every
emergent benchmark (the dev sets have no chatter rows; `muu` gold notes are counted as a topic).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes.emergent import NOISE, agreement_clusters
from muistiinpanot.themes.word_links import split_word_disjoint
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_refine as refine  # noqa: E402
import emergent_sets  # noqa: E402
from kselect_judge import half_of  # noqa: E402

#: How the printed line codes each final cluster's kind (then its origin's first letter).
_CODES = {"main": "M", "side": "s", "mixed": "x"}


def _kinds(final: np.ndarray, truth: list[str]) -> list[str]:
    """The kind of each final cluster (numbered 0 ..), read against gold."""
    clusters = sorted(set(final.tolist()) - {NOISE})
    largest: dict[int, tuple[str, int]] = {}
    for cluster in clusters:
        topics = Counter(truth[i] for i in np.flatnonzero(final == cluster))
        largest[cluster] = topics.most_common(1)[0]
    kinds = []
    for cluster in clusters:
        topic, count = largest[cluster]
        size = int((final == cluster).sum())
        if 2 * count <= size:
            kinds.append("mixed")
            continue
        rivals = [
            other
            for other in clusters
            if other != cluster
            and largest[other][0] == topic
            and (largest[other][1], -other) > (count, -cluster)
        ]
        kinds.append("side" if rivals else "main")
    return kinds


def _origin(final: np.ndarray, cut: np.ndarray, split: np.ndarray) -> list[str]:
    """Per final cluster: from a consensus cluster the word split cut (`split-born`), from
    a split cluster the coherence test cut (`coherence-born`), else `cut`."""
    origins = []
    for cluster in sorted(set(final.tolist()) - {NOISE}):
        rows = np.flatnonzero(final == cluster)
        parent = Counter(int(split[r]) for r in rows).most_common(1)[0][0]
        parent_rows = np.flatnonzero(split == parent)
        cut_parent = Counter(int(cut[r]) for r in parent_rows).most_common(1)[0][0]
        if parent != NOISE and len(parent_rows) > len(rows) + 2:
            origins.append("coherence-born")
        elif cut_parent != NOISE and int((cut == cut_parent).sum()) > len(parent_rows):
            origins.append("split-born")
        else:
            origins.append("cut")
    return origins


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="the SIB-200 Finnish folder")
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--only", default="")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    args.data = emergent_sets.sib_folder(parser, args.data)
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    rows_out = []
    for name, rows in refine.dev_sets(args.data, sib=False, only=args.only):
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        for seed in range(args.seeds):
            batch = refine._batch(docs, truth, cache, seed)
            cut = agreement_clusters(batch.agreement, batch.settings)
            split = split_word_disjoint(
                batch.rows(), cut, batch.agreement, batch.settings.min_cluster_size
            )
            final = refine.coherent_labels(batch, split)
            full_cut = np.full(len(docs), NOISE)
            full_cut[batch.usable] = cut
            full_split = np.full(len(docs), NOISE)
            full_split[batch.usable] = split
            kinds = _kinds(final, truth)
            origins = _origin(final, full_cut, full_split)
            record = {
                "set": name,
                "seed": seed,
                "true_k": len(set(truth)),
                "cut": len(set(cut.tolist()) - {NOISE}),
                "split": len(set(split.tolist()) - {NOISE}),
                "final": int(final.max()) + 1,
                "muu": int((final == NOISE).sum()),
                "kinds": kinds,
                "origins": origins,
                "sizes": [int((final == c).sum()) for c in range(int(final.max()) + 1)],
            }
            rows_out.append(record)
            clusters = " ".join(
                f"{_CODES[kind]}{origin[0]}{size}"
                for kind, origin, size in zip(kinds, origins, record["sizes"], strict=True)
            )
            print(
                f"{name:<56} s{seed} k {record['true_k']} cut {record['cut']} split"
                f" {record['split']} final {record['final']} muu {record['muu']}  {clusters}",
                flush=True,
            )
    _summary(rows_out)
    if args.json:
        args.json.write_text(json.dumps(rows_out, indent=1), encoding="utf-8")


def _summary(records: list[dict]) -> None:
    for half in ("tune", "held-out", "all"):
        part = [r for r in records if half == "all" or half_of(r["set"]) == half]
        true_k = np.array([r["true_k"] for r in part])
        steps = []
        for step in ("cut", "split", "final"):
            off = np.array([r[step] for r in part]) - true_k
            steps.append(f"{step} {np.mean(off):+.2f} (|.| {np.mean(np.abs(off)):.2f})")
        pairs = [
            (kind, origin, size)
            for r in part
            for kind, origin, size in zip(r["kinds"], r["origins"], r["sizes"], strict=True)
        ]
        kinds = Counter((kind, origin) for kind, origin, _ in pairs)
        sizes = Counter(size for kind, _, size in pairs if kind != "main")
        over = sum(r["final"] > r["true_k"] for r in part)
        print(f"{half} ({len(part)} reads): k - true k after " + ", ".join(steps))
        print(f"  over the truth on {over}; final clusters by kind and origin {dict(kinds)}")
        print(f"  sizes of the side and mixed clusters {dict(sorted(sizes.items()))}")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
