"""Round 25 of issue 12: the one extra cluster. On every emergent dev set where what a run
gives is below the best true-k baseline (NMI) with k over the truth, each cluster that is no
gold topic's main cluster (emergent_kinds.main_clusters) is read against gold:

  side        over half of it one topic whose main cluster is elsewhere (a topic's side group)
  two-left    no topic over half, at most two topics (two topics' leftovers)
  mixed       no topic over half, three or more topics
  no-main     over half one topic that has no main cluster (the topic itself, under another's)

and what the k criterion (the consensus's average-linkage cut at `min_agreement`) sees there:
the cluster's mean internal agreement (share of base partitions joining its pairs), its mean
agreement with its partner (the cluster it agrees with most; the tree joins the two, as one
cluster, when this reaches the cut) and whether the partner is the main cluster of its top
topic; the NMI at k (a run) and at k - 1 (the extra cluster merged into its partner before
the coherence test); near-duplicates: the mean raw word-alignment similarity of its pairs
(the views' mean, centred as the consensus reads them) against the clinic's clusters' mean;
the lemmas in at least half of its notes; the NMI with its notes each moved to the cluster
they are most similar to (extra_variants.py's dissolving, no coherence test again) and with
each moved to its gold topic's main cluster (an oracle).

    python benchmarks/emergent_extra.py [--seeds 3] [--only NAME,...] [--grid main3.json]

`--grid`: emergent_refine.py's --json of `main` (the same seeds): only the sets below the
best baseline with a mean k over the truth are read (else every set).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import normalized_mutual_info_score

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes.emergent import NOISE, agreement_clusters
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
from emergent_kinds import main_clusters  # noqa: E402
from emergent_refine import _batch, best_baseline, coherent_labels, dev_sets  # noqa: E402
from extra_variants import _similarity  # noqa: E402
from refine_variants import Batch  # noqa: E402


def losing_sets(grid: Path) -> set[str]:
    """The sets of an emergent_refine --json grid's `main` below the best baseline, k over."""
    rows = json.loads(grid.read_text(encoding="utf-8"))["main"]
    return {
        r["set"]
        for r in rows
        if r["nmi"] < r["best_nmi"] and float(np.mean(r["k_found"])) > r["true_k"]
    }


def read_cluster(truth: list[str], labels: np.ndarray, cluster: int) -> tuple[str, str]:
    """The kind of a non-main cluster and its gold topics ("topic:count, ...")."""
    mains = main_clusters(truth, [int(x) for x in labels])
    counts = Counter(truth[i] for i in np.flatnonzero(labels == cluster))
    top, size = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0]
    total = sum(counts.values())
    if 2 * size > total:
        kind = "side" if top in mains else "no-main"
    else:
        kind = "two-left" if len(counts) <= 2 else "mixed"
    text = ", ".join(f"{t}:{c}" for t, c in sorted(counts.items(), key=lambda i: (-i[1], i[0])))
    return kind, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated parts of set names")
    parser.add_argument("--grid", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    args.data = bench.sib_folder(parser, args.data)
    wanted = losing_sets(args.grid) if args.grid else None
    parts = [p for p in args.only.split(",") if p]
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    out: list[dict[str, object]] = []
    for name, rows in dev_sets(args.data, sib=False, only=""):
        if wanted is not None and name not in wanted:
            continue
        if parts and not any(p in name for p in parts):
            continue
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        best, _ = best_baseline(docs, truth, cache)
        for seed in range(args.seeds):
            out += _read_set(name, docs, truth, cache, seed, best)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


def _read_set(
    name: str,
    docs: list[tuple[str, ...]],
    truth: list[str],
    cache: VectorCache,
    seed: int,
    best: float,
) -> list[dict[str, object]]:
    batch = _batch(docs, truth, cache, seed)
    found = agreement_clusters(batch.agreement, batch.settings)
    final = coherent_labels(batch, found)
    nmi = normalized_mutual_info_score(truth, final)
    k, true_k = int(final.max()) + 1, len(set(truth))
    print(f"{name} seed {seed}: k {k} / {true_k}, NMI {nmi:.3f}, best {best:.3f}", flush=True)
    if nmi >= best or k <= true_k:
        return []
    # the consensus's labels over all docs (rows outside `usable` are muu)
    consensus = np.full(len(docs), NOISE, dtype=np.int64)
    consensus[batch.usable] = found
    raw = np.mean(batch.similarities, axis=0) if batch.similarities else None
    position = {row: i for i, row in enumerate(batch.usable)}
    mains = main_clusters(truth, [int(x) for x in final])
    main_set = set(mains.values())
    results = []
    clusters = [c for c in range(k) if c not in main_set]
    within_all = [_mean_pairs(batch.agreement, _pos(final, c, position)) for c in range(k)]
    raw_all = (
        [_mean_pairs(raw, _pos(final, c, position)) for c in range(k)] if raw is not None else []
    )
    for cluster in clusters:
        kind, text = read_cluster(truth, final, cluster)
        rows = _pos(final, cluster, position)
        partner, across = _partner(batch.agreement, final, cluster, position, k)
        merged = final.copy()
        merged[merged == cluster] = partner
        consensus_merged = _merge_consensus(found, batch.usable, final, cluster, partner)
        nmi_less = normalized_mutual_info_score(truth, coherent_labels(batch, consensus_merged))
        top = Counter(truth[i] for i in np.flatnonzero(final == cluster)).most_common(1)[0][0]
        record = {
            "set": name,
            "seed": seed,
            "k": k,
            "true_k": true_k,
            "nmi": nmi,
            "best": best,
            "size": len(rows),
            "share": len(rows) / len(docs),
            "kind": kind,
            "topics": text,
            "within": within_all[cluster],
            "partner_within": within_all[partner],
            "across": across,
            "partner_is_main_of_top": mains.get(top) == partner,
            "partner_topics": read_cluster(truth, final, partner)[1]
            if partner not in main_set
            else f"main of {next(t for t, c in mains.items() if c == partner)}",
            "nmi_k_minus_1": nmi_less,
            "raw_within": raw_all[cluster] if raw_all else None,
            "nmi_dissolved": _dissolved(batch, final, cluster, truth),
            "nmi_oracle": _oracle(final, cluster, truth, mains),
            "shared": _shared(docs, np.flatnonzero(final == cluster).tolist()),
            "raw_clinic": float(np.nanmean(raw_all)) if raw_all else None,
        }
        results.append(record)
        print(
            f"  extra {cluster} ({len(rows)}, {kind}: {text}) within {record['within']:.2f}"
            f" partner {partner} ({record['partner_topics']}, within"
            f" {record['partner_within']:.2f}) across {across:.2f}"
            f"  NMI k-1 {nmi_less:.3f}  raw {record['raw_within']:.3f} / clinic"
            f" {record['raw_clinic']:.3f}  dissolved {record['nmi_dissolved']:.3f} oracle"
            f" {record['nmi_oracle']:.3f}  shared {record['shared']}",
            flush=True,
        )
    return results


def _dissolved(batch: Batch, final: np.ndarray, cluster: int, truth: list[str]) -> float:
    """NMI with the cluster's notes each moved to the other cluster they are most similar to
    (the views' weighted mean, as extra_variants.py dissolves), no coherence test again."""
    similarity = _similarity(batch)
    position = {row: i for i, row in enumerate(batch.usable)}
    others = {c: _pos(final, c, position) for c in range(int(final.max()) + 1) if c != cluster}
    moved = final.copy()
    for row in np.flatnonzero(final == cluster):
        means = {c: float(similarity[position[row], g].mean()) for c, g in others.items() if g}
        moved[row] = max(means, key=lambda c: (means[c], -c))
    return float(normalized_mutual_info_score(truth, moved))


def _oracle(final: np.ndarray, cluster: int, truth: list[str], mains: dict[str, int]) -> float:
    """NMI with the cluster's notes each moved to its gold topic's main cluster (if any)."""
    moved = final.copy()
    for row in np.flatnonzero(final == cluster):
        moved[row] = mains.get(truth[row], cluster)
    return float(normalized_mutual_info_score(truth, moved))


def _shared(docs: list[tuple[str, ...]], rows: list[int]) -> list[str]:
    """The lemmas in at least half of the cluster's notes, most notes first."""
    counts = Counter(w for row in rows for w in set(docs[row]))
    return [w for w, c in sorted(counts.items(), key=lambda i: (-i[1], i[0])) if 2 * c >= len(rows)]


def _pos(labels: np.ndarray, cluster: int, position: dict[int, int]) -> list[int]:
    return [position[i] for i in np.flatnonzero(labels == cluster) if i in position]


def _mean_pairs(matrix: np.ndarray | None, rows: list[int]) -> float:
    if matrix is None or len(rows) < 2:
        return float("nan")
    block = matrix[np.ix_(rows, rows)]
    return float((block.sum() - np.trace(block)) / (len(rows) * (len(rows) - 1)))


def _partner(
    agreement: np.ndarray, final: np.ndarray, cluster: int, position: dict[int, int], k: int
) -> tuple[int, float]:
    rows = _pos(final, cluster, position)
    best, level = -1, -1.0
    for other in range(k):
        if other == cluster:
            continue
        cols = _pos(final, other, position)
        value = float(agreement[np.ix_(rows, cols)].mean())
        if value > level:
            best, level = other, value
    return best, level


def _merge_consensus(
    found: np.ndarray, usable: list[int], final: np.ndarray, cluster: int, partner: int
) -> np.ndarray:
    """The consensus's labels with the consensus cluster(s) behind final `cluster` relabelled
    as the one(s) behind `partner` (the k - 1 partition before the coherence test)."""
    merged = found.copy()
    final_usable = final[usable]
    source = set(found[final_usable == cluster].tolist()) - {NOISE}
    target = Counter(found[final_usable == partner].tolist()).most_common(1)[0][0]
    for label in source:
        merged[found == label] = target
    return merged


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
