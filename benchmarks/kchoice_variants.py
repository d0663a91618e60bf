"""The k criteria benchmarks/emergent_kchoice.py measures (its docstring lists them) and the
batch each starts from: one set at one random state, the consensus's co-association kept per
k-means seed and per (view, graph size) cell so that halves of it can be cut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.metrics import adjusted_rand_score
from threadpoolctl import threadpool_limits

import emergent as bench  # benchmarks/emergent.py: the note vectors, as a run builds them
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import (
    NOISE,
    agreement_clusters,
    base_partitions,
)
from muistiinpanot.vectorize import VectorCache

LEVELS = (0.20, 0.25, 0.30)
DRAWS = 10
DISSOLVED = 0.5


@dataclass
class Batch:
    """One set at one random state: the co-association summed per k-means seed."""

    docs: list[tuple[str, ...]]
    truth: list[str]
    cache: VectorCache
    settings: ThemeSettings
    usable: list[int]
    by_seed: np.ndarray  # (seeds, n, n): pairs joined by the partitions of each seed
    per_seed: float  # partitions per seed, each counted with its view's weight
    by_cell: np.ndarray  # (views x graph sizes, n, n): the same per view and graph size

    def agreement(self, seeds: np.ndarray | None = None) -> np.ndarray:
        chosen = self.by_seed if seeds is None else self.by_seed[seeds]
        return chosen.sum(axis=0) / max(len(chosen) * self.per_seed, 1)

    def cell_agreement(self, cells: np.ndarray) -> np.ndarray:
        return self.by_cell[cells].sum(axis=0) / self.by_cell[cells][:, 0, 0].sum()

    def cell_halves(self) -> list[np.ndarray]:
        rng = np.random.default_rng([self.settings.random_state, 2121])
        cells = self.by_cell.shape[0]
        return [np.sort(rng.choice(cells, (cells + 1) // 2, replace=False)) for _ in range(DRAWS)]

    def halves(self) -> list[np.ndarray]:
        rng = np.random.default_rng([self.settings.random_state, 21])
        seeds = self.by_seed.shape[0]
        return [np.sort(rng.choice(seeds, seeds // 2, replace=False)) for _ in range(DRAWS)]


def _by_seed(
    similarities: list[np.ndarray], settings: ThemeSettings
) -> tuple[np.ndarray, float, np.ndarray]:
    """themes/emergent.py `co_association`'s base partitions (`base_partitions`), their
    pairs summed per k-means seed and per view and graph size (each partition counted with
    its view's weight, `align_view_weights`)."""
    n = similarities[0].shape[0]
    scales = len(settings.neighbour_scales)
    together = np.zeros((settings.consensus_seeds, n, n))
    cells = np.zeros((len(similarities) * scales, n, n))
    count = 0.0
    for view, weight, graphs in base_partitions(similarities, settings):
        for scale, partitions in enumerate(graphs):
            for k, seeds in partitions.items():
                for seed, labels in enumerate(seeds):
                    indicator = np.zeros((n, k))
                    indicator[np.arange(n), labels] = 1.0
                    product = weight * (indicator @ indicator.T)
                    together[seed] += product
                    cells[view * scales + scale] += product
                count += weight
    return together, count, cells


def batch_for(
    docs: list[tuple[str, ...]], truth: list[str], cache: VectorCache, seed: int
) -> Batch:
    settings = ThemeSettings(random_state=seed)
    usable, similarities = bench.usable_similarities(docs, cache, settings)
    with threadpool_limits(limits=1):
        by_seed, per_seed, by_cell = _by_seed(similarities, settings)
    return Batch(docs, truth, cache, settings, usable, by_seed, per_seed, by_cell)


def _main(batch: Batch) -> np.ndarray:
    return agreement_clusters(batch.agreement(), batch.settings)


def _true_k(batch: Batch) -> np.ndarray:
    distance = 1.0 - batch.agreement()
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), "average")
    return fcluster(tree, len(set(batch.truth)), "maxclust").astype(np.int64) - 1


def _stable_cut(batch: Batch) -> np.ndarray:
    whole = batch.agreement()
    halves = [batch.agreement(seeds) for seeds in batch.halves()]
    best: tuple[float, float] | None = None
    chosen = agreement_clusters(whole, batch.settings)
    for level in LEVELS:
        full = agreement_clusters(whole, batch.settings, cut=level)
        score = float(
            np.mean(
                [
                    adjusted_rand_score(full, agreement_clusters(half, batch.settings, cut=level))
                    for half in halves
                ]
            )
        )
        if best is None or (score, level) >= best:
            best, chosen = (score, level), full
    return chosen


def _clusterboot(batch: Batch) -> np.ndarray:
    cuts = [agreement_clusters(batch.agreement(seeds), batch.settings) for seeds in batch.halves()]
    return _dissolve(batch, cuts)


def _clusterboot_views(batch: Batch) -> np.ndarray:
    cuts = [
        agreement_clusters(batch.cell_agreement(cells), batch.settings)
        for cells in batch.cell_halves()
    ]
    return _dissolve(batch, cuts)


def _dissolve(batch: Batch, cuts: list[np.ndarray]) -> np.ndarray:
    whole = batch.agreement()
    labels = agreement_clusters(whole, batch.settings).copy()
    clusters = [int(c) for c in np.unique(labels) if c != NOISE]
    stability = {}
    for cluster in clusters:
        members = set(np.flatnonzero(labels == cluster).tolist())
        scores = []
        for cut in cuts:
            best = 0.0
            for other in np.unique(cut):
                if other == NOISE:
                    continue
                group = set(np.flatnonzero(cut == other).tolist())
                best = max(best, len(members & group) / len(members | group))
            scores.append(best)
        stability[cluster] = float(np.mean(scores))
    order = sorted(clusters, key=lambda c: (int((labels == c).sum()), c))
    for cluster in order:
        if stability[cluster] >= DISSOLVED:
            continue
        rows = labels == cluster
        others = [int(c) for c in np.unique(labels) if c not in (NOISE, cluster)]
        if not others:
            continue
        means = [float(whole[np.ix_(rows, labels == c)].mean()) for c in others]
        labels[rows] = others[int(np.argmax(means))]
    return labels


STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "main": _main,
    "truek": _true_k,
    "stable-cut": _stable_cut,
    "clusterboot": _clusterboot,
    "clusterboot-views": _clusterboot_views,
    **{
        f"cut-{level}": (
            lambda batch, level=level: agreement_clusters(batch.agreement(), batch.settings, level)
        )
        for level in (0.275, 0.25, 0.225)
    },
    "min4": lambda batch: agreement_clusters(
        batch.agreement(), replace(batch.settings, min_cluster_size=4)
    ),
}
