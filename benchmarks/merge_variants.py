"""Round 14 of issue 12: the k decision as a stopping rule for merging the consensus's
clusters (docs/how-it-works.md, "Against the best true-k baseline, round 14"), as post-steps
for benchmarks/emergent_refine.py.

A cluster's coherence is the coherence test's statistic (themes/coherence.py: the mean
pairwise centred word-alignment similarity of its notes' topical lemmas) as a z-score against
random groups of as many notes of the batch, so that groups of different sizes compare.

  merge-small   a cluster of fewer than 2 x min_cluster_size notes joins the cluster it agrees
                with most (mean co-association) when the union is more coherent than the larger
                of the two alone; smallest first, until none joins
  merge-z       any cluster with the one it agrees with most: merged when the union is more
                coherent than each part alone; largest gain first, until none
  cut-0.25      the consensus tree cut at 0.25 agreement (min_agreement 0.3)
  merge-tight   as merge-small, but the union must be at least as tight as the larger part
                alone (its mean centred similarity, not the z-score): the small cluster's notes
                are as near the other's as those are to each other
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from muistiinpanot.themes.assign import background_lemmas
from muistiinpanot.themes.draws import repeated_choice
from muistiinpanot.themes.emergent import NOISE, agreement_clusters
from muistiinpanot.vectorize import alignment_similarity, double_centre, sif_weights
from refine_variants import Batch


class _Coherence:
    """z-scores of groups of the batch's usable rows (indices into batch.usable)."""

    def __init__(self, batch: Batch) -> None:
        settings = batch.settings
        background = background_lemmas(batch.docs, settings)
        docs = [tuple(w for w in batch.docs[i] if w not in background) for i in batch.usable]
        self.similarity = double_centre(
            alignment_similarity(
                docs, batch.cache, sif_weights(docs), weight_power=settings.align_weight_power
            )
        )
        self.pool = np.array([i for i, doc in enumerate(docs) if doc])
        self.rng = np.random.default_rng(settings.random_state)
        self.draws = settings.coherence_draws
        self.null: dict[int, tuple[float, float]] = {}

    def _mean(self, groups: np.ndarray) -> np.ndarray:
        size = groups.shape[1]
        blocks = self.similarity[groups[:, :, None], groups[:, None, :]]
        diagonal = np.trace(blocks, axis1=1, axis2=2)
        return np.asarray((blocks.sum(axis=(1, 2)) - diagonal) / (size * (size - 1)))

    def mean(self, rows: list[int]) -> float:
        return float(self._mean(np.array([rows]))[0])

    def z(self, rows: list[int]) -> float:
        size = len(rows)
        if size < 2 or size > len(self.pool):
            return 0.0
        if size not in self.null:
            means = self._mean(repeated_choice(self.rng, self.pool, size, self.draws))
            self.null[size] = (float(means.mean()), float(means.std()) or 1.0)
        mean, sd = self.null[size]
        return (float(self._mean(np.array([rows]))[0]) - mean) / sd


def _members(labels: np.ndarray) -> dict[int, list[int]]:
    return {int(c): np.flatnonzero(labels == c).tolist() for c in set(labels.tolist()) - {NOISE}}


def _nearest(agreement: np.ndarray, groups: dict[int, list[int]], own: int) -> int | None:
    others = [c for c in groups if c != own]
    if not others:
        return None
    means = [float(agreement[np.ix_(groups[own], groups[c])].mean()) for c in others]
    return others[int(np.argmax(means))]


def _merge_small(batch: Batch, tight: bool = False) -> np.ndarray:
    labels = agreement_clusters(batch.agreement, batch.settings).copy()
    coherence = _Coherence(batch)
    score = coherence.mean if tight else coherence.z
    small = 2 * batch.settings.min_cluster_size
    tried: set[tuple[int, ...]] = set()
    while True:
        groups = _members(labels)
        order = sorted(groups, key=lambda c: (len(groups[c]), groups[c][0]))
        merged = False
        for own in order:
            if len(groups[own]) >= small or tuple(groups[own]) in tried:
                continue
            tried.add(tuple(groups[own]))
            other = _nearest(batch.agreement, groups, own)
            if other is None:
                break
            union = sorted(groups[own] + groups[other])
            larger = max((groups[own], groups[other]), key=len)
            if score(union) > score(larger):
                labels[groups[own]] = other
                merged = True
                break
        if not merged:
            return labels


def _merge_z(batch: Batch) -> np.ndarray:
    labels = agreement_clusters(batch.agreement, batch.settings).copy()
    coherence = _Coherence(batch)
    while True:
        groups = _members(labels)
        best: tuple[float, int, int] | None = None
        for own in sorted(groups):
            other = _nearest(batch.agreement, groups, own)
            if other is None:
                break
            union = sorted(groups[own] + groups[other])
            gain = coherence.z(union) - max(coherence.z(groups[own]), coherence.z(groups[other]))
            if gain > 0 and (best is None or gain > best[0]):
                best = (gain, own, other)
        if best is None:
            return labels
        labels[labels == best[1]] = best[2]


def _cut(batch: Batch, level: float) -> np.ndarray:
    return agreement_clusters(batch.agreement, replace(batch.settings, min_agreement=level))


MERGE_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "merge-small": _merge_small,
    "merge-z": _merge_z,
    "cut-0.25": lambda b: _cut(b, 0.25),
    "merge-tight": lambda b: _merge_small(b, tight=True),
}
