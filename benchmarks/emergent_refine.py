"""Rounds 12, 13 and 14 of issue 12: post-steps on the consensus's partition, measured on every
development set at once (docs/how-it-works.md, "Against the best true-k baseline, round 12"
and "..., round 13").

    python benchmarks/emergent_refine.py [--seeds 3] [--variants main,cc,...] [--sib] [--per-set]
        [--json FILE]   (each set's NMI / AMI / k found and best baseline, per variant)
    python benchmarks/emergent_refine.py --sib --only sib200 --variants main,cc   (SIB-200 alone)

Each set (the clinic-sized dev sets of benchmarks/emergent_k.py; SIB-200 too with --sib) is
lemmatised once; per random state the consensus's similarities and co-association are
computed once (themes/emergent.py), then each variant changes the consensus's labels before
the coherence test, as a run applies it (benchmarks/emergent.py `_ours`). Variants:

  main          the shipped cut and word step (must equal emergent_k.py's figures)
  truek         diagnostic: the consensus tree cut at the TRUE k (is it k or the assignment?)
  kmeans-ourk   diagnostic: k-means (10 inits) of mean floret note vectors at OUR k
  refine-mean   spherical k-means from our clusters' centroids (keeps k, moves notes), in the
  refine-idf    mean floret space / the same with lemma IDF over the clinic as weights /
  refine-sif    the run's SIF space with its common component removed
  refine-align  the same on the mean of the alignment views (note to the cluster of highest
                mean similarity, until stable)
  split-agree   a cluster of at least 2 x min_cluster_size notes cut in two by average
  split-mean    linkage, kept when the partition's mean silhouette rises (distance 1 -
  split-align   agreement / 1 - floret cosine / the alignment views' mean), halves in turn
  cc            local search on the correlation-clustering objective the cut approximates:
                sum over same-cluster pairs of (agreement - min_agreement); each note moves to
                the cluster that raises it most, until stable
  idf-views     the alignment views weighted by lemma IDF over the clinic instead of SIF
  soft-views    soft-cosine views (every pair of words of two notes counts, by its floret
                cosine, instead of each word's best match) in place of the alignment views
  soft-align    one soft-cosine view (SIF weights ** 0.5) beside the three alignment views
  choose        diagnostic: kmeans-ourk's partition instead of ours when it scores higher on
                cc's objective (does the consensus's own objective tell which space wins?)
  nmf-view      round 13: NMF partitions of lemma TF-IDF (k 2 .. k_max, lexical_nmf.py) voting
                beside the three alignment views with one view's weight
  nmf-final     round 13: a last assignment in lemma TF-IDF space, NMF started from our
                clusters (H their mean rows), each clustered note to its largest component
  nmf-both      nmf-view, then nmf-final
  two-space     round 11's two-space vote rebuilt (its branch is gone): the alignment views in
                the raw floret space and in the batch vocabulary's top-1-removed space, 6 views
                x 5 runs
  merge-small   round 14 (merge_variants.py): small clusters join the one they agree with most
  merge-z       when the union is more coherent (z-score) / any such pair merged / the tree
  cut-0.25      cut at 0.25 agreement
  lex-blend-0.25, lex-blend-0.5, border-lex, border-mean: round 15 (blend_variants.py)
  no-flat, no-full: round 22 (view_variants.py): the consensus without one alignment view
  full-0.5, full-0.25, full-0: round 23 (view_variants.py): the full-SIF view weighted
  no-time, no-time-measures: round 24 (time_variants.py): the names of times left out of
                the consensus's similarities
  dissolve-loo, dissolve-noword: round 25 (extra_variants.py): a cluster a held-out note
                cannot tell from another / with no word of its own dissolved into the others
  dissolve-bare round 26 (extra_variants.py): a cluster whose notes share only the batch's
                topic words, times and measures and spread verbs dissolved into the others;
  dissolve-spread the same with a topic word holding only when spread over half the clusters
  words-split, words-relink, words-both, words-off: round 27 (word_link_variants.py):
                word-disjoint parts of a cluster split (shipped) / a note sharing no own lemma
                with its cluster moved / both / the cut alone
  merge-dmm, cut-dmm, cut-modularity, cut-lifetime, spectral-truek: round 28
                (kselect_variants.py): near clusters merged by a Dirichlet-multinomial
                Bayes factor / the cut level chosen by a model-selection criterion / the
                co-association's spectral clustering at the true k (diagnostic)
  merge-centroid, merge-spread, merge-null, merge-lemma: round 30
                (side_group_variants.py): a small cluster merged into the cluster of
                nearest lemma TF-IDF centroid by a scale-free test (themes/side_groups.py)

Prints per variant: mean NMI and AMI over the clinic-sized sets, mean k found - true k (and
|.|), the sets below the best true-k baseline (NMI, AMI), SIB-200 with --sib, and CPU seconds
of the post-step per run; --per-set adds each set's NMI / AMI and k found.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np
from sklearn.metrics import adjusted_mutual_info_score, normalized_mutual_info_score
from threadpoolctl import threadpool_limits

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.assign import background_lemmas, coherence_docs
from muistiinpanot.themes.coherence import coherent_themes
from muistiinpanot.themes.emergent import (
    NOISE,
    _renumber,
    co_association,
)
from muistiinpanot.vectorize import (
    VectorCache,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import emergent as bench  # noqa: E402
import emergent_k  # noqa: E402
import emergent_sets  # noqa: E402
from baseline_views import BASELINE_STEPS  # noqa: E402
from blend_variants import BLEND_STEPS  # noqa: E402
from extra_variants import EXTRA_STEPS  # noqa: E402
from kselect_variants import KSELECT_STEPS  # noqa: E402
from merge_variants import MERGE_STEPS  # noqa: E402
from refine_variants import STEPS, VARIANTS, Batch  # noqa: E402
from side_group_variants import SIDE_STEPS  # noqa: E402
from time_variants import TIME_STEPS  # noqa: E402
from view_variants import VIEW_STEPS  # noqa: E402
from word_link_variants import WORD_STEPS  # noqa: E402

STEPS = {
    **STEPS,
    **MERGE_STEPS,
    **BLEND_STEPS,
    **VIEW_STEPS,
    **TIME_STEPS,
    **EXTRA_STEPS,
    **WORD_STEPS,
    **KSELECT_STEPS,
    **BASELINE_STEPS,
    **SIDE_STEPS,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="the SIB-200 Finnish folder")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--variants", default=",".join([*VARIANTS, *MERGE_STEPS]))
    parser.add_argument("--sib", action="store_true", help="SIB-200 too (slow)")
    parser.add_argument("--per-set", action="store_true")
    parser.add_argument("--only", default="", help="only the sets whose name contains this")
    parser.add_argument("--json", type=Path, default=None, help="write each set's scores here")
    args = parser.parse_args()
    args.data = emergent_sets.sib_folder(parser, args.data)
    variants = args.variants.split(",")
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    sets = dev_sets(args.data, sib=args.sib, only=args.only)
    results: dict[
        str, list[tuple[str, int, list[int], float, float, float, float, list[float]]]
    ] = {v: [] for v in variants}
    seconds = {v: 0.0 for v in variants}
    for name, rows in sets:
        docs, _, truth = bench.lemma_docs(rows, analyzer)
        best_nmi, best_ami = best_baseline(docs, truth, cache)
        batches = [_batch(docs, truth, cache, seed) for seed in range(args.seeds)]
        for variant, scores in score_variants(batches, truth, variants, STEPS, seconds).items():
            nmi, ami = (float(np.mean([s[i] for s in scores])) for i in (0, 1))
            found = [s[2] for s in scores]
            per_seed = [float(s[0]) for s in scores]
            results[variant].append(
                (name, len(set(truth)), found, nmi, ami, best_nmi, best_ami, per_seed)
            )
            if args.per_set:
                print(f"  {variant:<13} {name:<58} {nmi:.3f} / {ami:.3f}  k {found}", flush=True)
    runs = max(len(sets) * args.seeds, 1)
    for variant in variants:
        _summary(variant, results[variant], seconds[variant] / runs)
    if args.json:
        keys = ("set", "true_k", "k_found", "nmi", "ami", "best_nmi", "best_ami", "nmi_seeds")
        rows = {v: [dict(zip(keys, r, strict=True)) for r in results[v]] for v in variants}
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


def dev_sets(data: Path, *, sib: bool, only: str) -> list[tuple[str, emergent_sets.Rows]]:
    """The clinic-sized dev sets of emergent_k.py (SIB-200 train and dev too with `sib`) whose
    name contains `only`."""
    return [
        (name, rows)
        for name, rows in emergent_sets.dev_sets(data, emergent_k.DEV_FILES)
        if not name.startswith("sib200-test")
        and (sib or not name.startswith("sib200"))
        and only in name
    ]


def best_baseline(
    docs: list[tuple[str, ...]], truth: list[str], cache: VectorCache
) -> tuple[float, float]:
    """The best NMI and the best AMI of the true-k baselines (emergent.py) on a set."""
    baselines = bench._baselines(docs, len(set(truth)), cache).values()
    return (
        max(normalized_mutual_info_score(truth, b) for b in baselines),
        max(adjusted_mutual_info_score(truth, b) for b in baselines),
    )


#: One run's score: NMI, AMI, k found and the share of notes in muu.
Score = tuple[float, float, int, float]
B = TypeVar("B", bound="Rows")


def score_variants(
    batches: Sequence[B],
    truth: list[str],
    variants: Sequence[str],
    steps: Mapping[str, Callable[[B], np.ndarray]],
    seconds: dict[str, float],
) -> dict[str, list[Score]]:
    """Each variant's step on each batch (one per random state), then the coherence test as a
    run applies it: the scores per variant, batch by batch; the step's CPU seconds are added
    to `seconds`."""
    scores: dict[str, list[Score]] = {}
    for variant in variants:
        scores[variant] = []
        for batch in batches:
            started = time.process_time()
            labels = steps[variant](batch)
            seconds[variant] += time.process_time() - started
            final = coherent_labels(batch, labels)
            scores[variant].append(
                (
                    normalized_mutual_info_score(truth, final),
                    adjusted_mutual_info_score(truth, final),
                    int(final.max()) + 1,
                    float(np.mean(final < 0)),
                )
            )
    return scores


def _batch(docs: list[tuple[str, ...]], truth: list[str], cache: VectorCache, seed: int) -> Batch:
    settings = ThemeSettings(random_state=seed)
    usable, similarities = bench.usable_similarities(docs, cache, settings)
    with threadpool_limits(limits=1):
        agreement = co_association(similarities, settings)
    return Batch(docs, truth, cache, settings, usable, similarities, agreement)


class Rows(Protocol):
    """What the coherence test reads of a batch (refine_variants.Batch, kchoice_variants.Batch)."""

    docs: list[tuple[str, ...]]
    cache: VectorCache
    settings: ThemeSettings
    usable: list[int]


def coherent_labels(batch: Rows, found: np.ndarray) -> np.ndarray:
    """The coherence test on the labels of the usable rows, as benchmarks/emergent.py `_ours`."""
    labels = np.full(len(batch.docs), NOISE, dtype=np.int64)
    labels[batch.usable] = found
    labels = _renumber(labels)
    tested = coherence_docs(
        batch.docs, background_lemmas(batch.docs, batch.settings), batch.settings
    )
    clusters = [np.flatnonzero(labels == c).tolist() for c in range(int(labels.max()) + 1)]
    final = np.full(len(batch.docs), NOISE)
    for number, rows in enumerate(coherent_themes(clusters, tested, batch.cache, batch.settings)):
        final[rows] = number
    return final


def _summary(
    variant: str,
    rows: list[tuple[str, int, list[int], float, float, float, float, list[float]]],
    seconds: float,
) -> None:
    clinic = [r for r in rows if not r[0].startswith("sib200")]
    if not clinic:
        clinic = rows  # SIB-200 alone (--only sib200): its own line
    nmi = np.array([r[3] for r in clinic])
    ami = np.array([r[4] for r in clinic])
    over = np.array([np.mean(r[2]) - r[1] for r in clinic])
    below = (int((nmi < [r[5] for r in clinic]).sum()), int((ami < [r[6] for r in clinic]).sum()))
    sib = [r for r in rows if r[0].startswith("sib200")]
    sib_text = f"  SIB-200 {sib[0][3]:.3f} / {sib[0][4]:.3f} k {sib[0][2]}" if sib else ""
    print(
        f"{variant:<13} {len(clinic)} sets  NMI {nmi.mean():.4f}  AMI {ami.mean():.4f}"
        f"  k - true k {over.mean():+.2f} (|.| {np.abs(over).mean():.2f})"
        f"  below {below[0]}, {below[1]}  step {seconds:.3f} s/run{sib_text}",
        flush=True,
    )


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
