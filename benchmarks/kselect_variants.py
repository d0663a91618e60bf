"""Round 28 (emergent28): k chosen by a model-selection criterion, or near clusters merged by
a test on their lemmas, as post-steps for benchmarks/emergent_refine.py (each starts from the
consensus's co-association of the batch; the coherence test follows, as in a run):

  merge-dmm       Bayesian hierarchical merging of the shipped clusters (Heller and
                  Ghahramani 2005) under a Dirichlet-multinomial mixture of lemmas (GSDMM's
                  model, Yin and Wang 2014): the pair whose merge most raises the partition's
                  log posterior (a Chinese-restaurant prior, alpha 1; each cluster's lemma
                  counts under a Dirichlet of mean 0.1 per lemma, spread as the batch's lemma
                  frequencies) is merged while one does; a test on shared distinctive lemmas
  cut-dmm         the consensus tree cut at the level of CUT_LEVELS whose partition (then the
                  word split) has the highest log posterior under that same model
  cut-modularity  ... whose partition has the highest Newman modularity on the
                  co-association graph (muu one group)
  cut-lifetime    evidence accumulation's own rule (Fred and Jain 2005): the cut in the
                  largest gap between consecutive merge heights of the average-linkage tree,
                  among cuts between the grid's lowest agreement and the shipped 0.30
  level-L         the tree cut at agreement L (each of CUT_LEVELS but the shipped 0.30), then
                  the word split, as main: how NMI, AMI and k move with the cut
  spectral-truek  diagnostic: spectral clustering of the co-association at the TRUE k
                  (normalised affinity, k-means of the row-normalised embedding, 10 inits):
                  is the tree's assignment at a lower k what loses?

No draws except spectral-truek's seeded k-means; nothing read from gold but spectral-truek's k.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
from scipy.cluster.hierarchy import linkage
from scipy.linalg import eigh
from scipy.spatial.distance import squareform
from scipy.special import gammaln
from sklearn.cluster import KMeans

from muistiinpanot.themes.emergent import NOISE, agreement_clusters, word_links
from refine_variants import Batch

#: The agreement levels a cut-* variant chooses among (0.30 is the shipped one).
CUT_LEVELS = (0.2, 0.225, 0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4)
#: GSDMM's default Dirichlet mean per lemma and the Chinese-restaurant concentration.
BETA_MEAN = 0.1
ALPHA = 1.0


class _Mixture:
    """The Dirichlet-multinomial mixture's log evidence of clusters of a batch's notes."""

    def __init__(self, docs: Sequence[Sequence[str]]) -> None:
        self.docs = docs
        frequency = Counter(word for doc in docs for word in doc)
        total = max(sum(frequency.values()), 1)
        strength = BETA_MEAN * len(frequency)
        self.beta = {word: strength * count / total for word, count in frequency.items()}
        self.strength = strength

    def cluster(self, rows: Sequence[int]) -> float:
        """Log marginal likelihood of the rows' pooled lemma counts, plus the prior's
        log(alpha) + log Gamma(size)."""
        counts = Counter(word for row in rows for word in self.docs[row])
        words = sum(counts.values())
        evidence = float(gammaln(self.strength) - gammaln(self.strength + words))
        for word, count in counts.items():
            evidence += float(gammaln(self.beta[word] + count) - gammaln(self.beta[word]))
        return evidence + math.log(ALPHA) + float(gammaln(len(rows)))

    def partition(self, labels: np.ndarray) -> float:
        return sum(
            self.cluster(np.flatnonzero(labels == c).tolist()) for c in sorted(set(labels.tolist()))
        )


def _cut(batch: Batch, level: float) -> np.ndarray:
    labels = agreement_clusters(batch.agreement, batch.settings, cut=level)
    return word_links(batch.rows(), labels, batch.agreement, batch.settings)


def _merge_dmm(batch: Batch) -> np.ndarray:
    labels = _cut(batch, batch.settings.min_agreement)
    mixture = _Mixture(batch.rows())
    members = {c: np.flatnonzero(labels == c).tolist() for c in sorted(set(labels.tolist()))}
    members.pop(NOISE, None)
    score = {c: mixture.cluster(rows) for c, rows in members.items()}
    while len(members) > 2:
        best: tuple[float, int, int] | None = None
        for first in members:
            for second in members:
                if second <= first:
                    continue
                gain = mixture.cluster(members[first] + members[second])
                gain -= score[first] + score[second]
                if gain > 0 and (best is None or gain > best[0]):
                    best = (gain, first, second)
        if best is None:
            break
        _, first, second = best
        members[first] = sorted(members[first] + members.pop(second))
        score[first] = mixture.cluster(members[first])
        score.pop(second)
        labels[members[first]] = first
    return labels


def _best_level(batch: Batch, criterion: Callable[[np.ndarray], float]) -> np.ndarray:
    shipped = batch.settings.min_agreement
    cuts = {level: _cut(batch, level) for level in CUT_LEVELS}
    # ties go to the shipped level, then to the lower one
    level = max(CUT_LEVELS, key=lambda lv: (criterion(cuts[lv]), lv == shipped, -lv))
    return cuts[level]


def _cut_dmm(batch: Batch) -> np.ndarray:
    mixture = _Mixture(batch.rows())
    return _best_level(batch, mixture.partition)


def _modularity(agreement: np.ndarray, labels: np.ndarray) -> float:
    graph = agreement.copy()
    np.fill_diagonal(graph, 0.0)
    total = graph.sum()
    degree = graph.sum(axis=1)
    quality = 0.0
    for cluster in set(labels.tolist()):
        rows = labels == cluster
        quality += graph[np.ix_(rows, rows)].sum() / total - (degree[rows].sum() / total) ** 2
    return float(quality)


def _cut_modularity(batch: Batch) -> np.ndarray:
    return _best_level(batch, lambda labels: _modularity(batch.agreement, labels))


def _cut_lifetime(batch: Batch) -> np.ndarray:
    distance = 1.0 - batch.agreement
    np.fill_diagonal(distance, 0.0)
    heights = linkage(squareform(distance, checks=False), "average")[:, 2]
    low, high = 1.0 - batch.settings.min_agreement, 1.0 - min(CUT_LEVELS)
    gaps = [
        (float(heights[i + 1] - heights[i]), float(heights[i] + heights[i + 1]) / 2)
        for i in range(len(heights) - 1)
        if low <= (heights[i] + heights[i + 1]) / 2 <= high
    ]
    if not gaps:
        return _cut(batch, batch.settings.min_agreement)
    _, middle = max(gaps)
    return _cut(batch, 1.0 - middle)


def _spectral_true_k(batch: Batch) -> np.ndarray:
    graph = batch.agreement.copy()
    np.fill_diagonal(graph, 0.0)
    degree = graph.sum(axis=1)
    degree[degree == 0] = 1.0
    scale = 1.0 / np.sqrt(degree)
    n, k = graph.shape[0], len(set(batch.truth))
    _, vectors = eigh(graph * scale[:, None] * scale[None, :], subset_by_index=[n - k, n - 1])
    points = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    model = KMeans(n_clusters=k, n_init=10, random_state=batch.settings.random_state)
    return model.fit_predict(points).astype(np.int64)


KSELECT_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "merge-dmm": _merge_dmm,
    "cut-dmm": _cut_dmm,
    "cut-modularity": _cut_modularity,
    "cut-lifetime": _cut_lifetime,
    "spectral-truek": _spectral_true_k,
    **{
        f"level-{level:g}": (lambda batch, level=level: _cut(batch, level))
        for level in CUT_LEVELS
        if level != 0.3
    },
}
