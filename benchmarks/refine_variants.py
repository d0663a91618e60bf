"""The post-steps benchmarks/emergent_refine.py measures on the consensus's partition (its
docstring lists them) and the batch each starts from: one set at one random state."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

import emergent as bench  # benchmarks/emergent.py: the note vectors, as a run builds them
from lexical_nmf import lexical_agreement
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import (
    NOISE,
    agreement_clusters,
    co_association,
    word_links,
)
from muistiinpanot.vectorize import (
    VectorCache,
    alignment_similarity,
    double_centre,
    embed_docs,
    normalize_rows,
    sif_weights,
    tfidf_matrix,
)


@dataclass
class Batch:
    """One set at one random state: what every variant starts from."""

    docs: list[tuple[str, ...]]
    truth: list[str]
    cache: VectorCache
    settings: ThemeSettings
    usable: list[int]
    similarities: list[np.ndarray]
    agreement: np.ndarray

    def rows(self) -> list[tuple[str, ...]]:
        return [self.docs[i] for i in self.usable]


def _main(batch: Batch) -> np.ndarray:
    """The shipped cut and word step (emergent.cluster_notes; other variants start from the
    cut alone, as before round 27)."""
    labels = agreement_clusters(batch.agreement, batch.settings)
    return word_links(batch.rows(), labels, batch.agreement, batch.settings)


def _true_k(batch: Batch) -> np.ndarray:
    distance = 1.0 - batch.agreement
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), "average")
    return fcluster(tree, len(set(batch.truth)), "maxclust").astype(np.int64) - 1


def _clusters(labels: np.ndarray) -> list[int]:
    return sorted(set(labels.tolist()) - {NOISE})


def _kmeans_our_k(batch: Batch) -> np.ndarray:
    k = max(len(_clusters(_main(batch))), 2)
    model = KMeans(n_clusters=k, n_init=10, random_state=batch.settings.random_state)
    return model.fit_predict(_space(batch, "mean")).astype(np.int64)


def _idf(docs: list[tuple[str, ...]]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for doc in docs:
        for word in set(doc):
            counts[word] = counts.get(word, 0) + 1
    return {w: math.log((1 + len(docs)) / (1 + c)) + 1.0 for w, c in counts.items()}


def _space(batch: Batch, kind: str) -> np.ndarray:
    docs = batch.rows()
    if kind == "sif":
        return bench._note_vectors(batch.docs, batch.cache)[batch.usable]
    weights = _idf(docs) if kind == "idf" else {}
    return embed_docs(docs, batch.cache, weights)


def _mean_view(batch: Batch) -> np.ndarray:
    return np.asarray(sum(batch.similarities) / len(batch.similarities))


def _refine(batch: Batch, kind: str) -> np.ndarray:
    """Our clusters moved note by note to the nearest centroid (spherical k-means) or to the
    cluster of highest mean alignment similarity, from our partition, until stable."""
    labels = _main(batch).copy()
    clusters = _clusters(labels)
    if len(clusters) < 2:
        return labels
    active = labels != NOISE
    points = None if kind == "align" else _space(batch, kind)
    similarity = _mean_view(batch).copy()
    np.fill_diagonal(similarity, np.nan)
    for _ in range(30):
        if points is not None:
            centres = normalize_rows(np.array([points[labels == c].mean(axis=0) for c in clusters]))
            scores = points @ centres.T
        else:
            scores = np.stack([np.nanmean(similarity[:, labels == c], axis=1) for c in clusters], 1)
        moved = labels.copy()
        moved[active] = np.asarray(clusters)[np.nanargmax(scores[active], axis=1)]
        if (moved == labels).all():
            break
        labels = moved
        clusters = _clusters(labels)
        if len(clusters) < 2:
            break
    return labels


def _silhouette(distance: np.ndarray, labels: np.ndarray) -> float:
    keep = labels != NOISE
    d, own = distance[np.ix_(keep, keep)], labels[keep]
    clusters = _clusters(own)
    if len(clusters) < 2:
        return -1.0
    values = []
    for i in range(len(own)):
        mates = own == own[i]
        mates[i] = False
        if not mates.any():
            values.append(0.0)
            continue
        a = d[i, mates].mean()
        b = min(d[i, own == c].mean() for c in clusters if c != own[i])
        values.append((b - a) / max(a, b, 1e-12))
    return float(np.mean(values))


def _split(batch: Batch, kind: str) -> np.ndarray:
    if kind == "agree":
        distance = 1.0 - batch.agreement
    elif kind == "align":
        view = _mean_view(batch)
        distance = view.max() - view
    else:
        points = _space(batch, kind)
        distance = 1.0 - points @ points.T
    distance = np.clip(distance, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = _main(batch).copy()
    best = _silhouette(distance, labels)
    queue = _clusters(labels)
    new = int(labels.max()) + 1
    size = batch.settings.min_cluster_size
    while queue:
        cluster = queue.pop(0)
        rows = np.flatnonzero(labels == cluster)
        if len(rows) < 2 * size:
            continue
        tree = linkage(squareform(distance[np.ix_(rows, rows)], checks=False), "average")
        half = rows[fcluster(tree, 2, "maxclust") == 2]
        if min(len(half), len(rows) - len(half)) < size:
            continue
        trial = labels.copy()
        trial[half] = new
        score = _silhouette(distance, trial)
        if score > best:
            labels, best = trial, score
            queue += [cluster, new]
            new += 1
    return labels


def _correlation(batch: Batch) -> np.ndarray:
    labels = _main(batch).copy()
    clusters = _clusters(labels)
    if len(clusters) < 2:
        return labels
    weight = batch.agreement - batch.settings.min_agreement
    np.fill_diagonal(weight, 0.0)
    for _ in range(50):
        moved = False
        for row in np.flatnonzero(labels != NOISE):
            gains = [float(weight[row, labels == c].sum()) for c in clusters]
            best = int(np.argmax(gains))
            if gains[best] > gains[clusters.index(int(labels[row]))] + 1e-12:
                labels[row] = clusters[best]
                moved = True
        if not moved:
            break
    return labels


def _objective(batch: Batch, labels: np.ndarray) -> float:
    weight = batch.agreement - batch.settings.min_agreement
    np.fill_diagonal(weight, 0.0)
    return sum(float(weight[np.ix_(labels == c, labels == c)].sum()) for c in _clusters(labels))


def _choose(batch: Batch) -> np.ndarray:
    ours, theirs = _main(batch), _kmeans_our_k(batch)
    chosen = theirs if _objective(batch, theirs) > _objective(batch, ours) else ours
    print(f"    choose: {'k-means' if chosen is theirs else 'ours'}", flush=True)
    return chosen


def _idf_views(batch: Batch) -> np.ndarray:
    docs = batch.rows()
    weights = _idf(docs)
    views = [
        double_centre(alignment_similarity(docs, batch.cache, weights, weight_power=power))
        for power in batch.settings.align_weight_powers
    ]
    with threadpool_limits(limits=1):
        agreement = co_association(views, batch.settings)
    return agreement_clusters(agreement, batch.settings)


def _soft_cosine(batch: Batch, power: float) -> np.ndarray:
    """Soft cosine of the notes' weighted bags of lemmas (weights: SIF ** power), the word
    similarity the floret cosine clipped at 0, double-centred as the alignment views are."""
    docs = batch.rows()
    vocabulary = sorted({word for doc in docs for word in doc})
    index = {word: i for i, word in enumerate(vocabulary)}
    words = normalize_rows(np.array([batch.cache.get(w) for w in vocabulary], dtype=np.float64))
    weights = sif_weights(docs)
    bags = np.zeros((len(docs), len(vocabulary)))
    for row, doc in enumerate(docs):
        for word in set(doc):
            bags[row, index[word]] = weights[word] ** power
    gram = bags @ np.clip(words @ words.T, 0.0, None) @ bags.T
    norms = np.sqrt(np.maximum(np.diag(gram), 1e-12))
    return double_centre(gram / norms[:, None] / norms[None, :])


def _soft_views(batch: Batch, beside: bool) -> np.ndarray:
    if beside:
        views = [*batch.similarities, _soft_cosine(batch, 0.5)]
    else:
        views = [_soft_cosine(batch, power) for power in batch.settings.align_weight_powers]
    with threadpool_limits(limits=1):
        agreement = co_association(views, batch.settings)
    return agreement_clusters(agreement, batch.settings)


NMF_ITERATIONS = 200


def _lexical_view(batch: Batch) -> np.ndarray:
    """Round 13: NMF partitions of lemma TF-IDF (k 2 .. k_max) voting beside the alignment
    views as one more view of equal weight (themes/lexical.py)."""
    n = len(batch.usable)
    k_max = min(batch.settings.max_clusters, n // max(batch.settings.base_cluster_size, 1), n - 1)
    with threadpool_limits(limits=1):
        lexical = lexical_agreement(batch.rows(), k_max, NMF_ITERATIONS)
    views = len(batch.similarities)
    agreement = (views * batch.agreement + lexical) / (views + 1)
    return agreement_clusters(agreement, batch.settings)


def _lexical_final(batch: Batch, labels: np.ndarray | None = None) -> np.ndarray:
    """Round 13: a last assignment in lemma TF-IDF space: NMF started from our clusters
    (H their mean TF-IDF rows, W each note's projection on them), each clustered note to its
    largest component; muu stays muu."""
    labels = (_main(batch) if labels is None else labels).copy()
    clusters = _clusters(labels)
    if len(clusters) < 2:
        return labels
    matrix = tfidf_matrix(batch.rows())[0].toarray()
    h = np.array([matrix[labels == c].mean(axis=0) for c in clusters])
    w = np.maximum(matrix @ h.T, 1e-10)
    with threadpool_limits(limits=1):
        for _ in range(NMF_ITERATIONS):
            h *= (w.T @ matrix) / np.maximum(w.T @ w @ h, 1e-10)
            w *= (matrix @ h.T) / np.maximum(w @ (h @ h.T), 1e-10)
    active = labels != NOISE
    labels[active] = np.asarray(clusters)[np.argmax(w[active], axis=1)]
    return labels


class _TopRemoved:
    """Word vectors of a batch's vocabulary in the all-but-the-top space (Mu and Viswanath
    2018): centred on their mean, the first principal direction removed, unit length."""

    def __init__(self, cache: VectorCache, vocabulary: list[str], directions: int) -> None:
        words = np.array([cache.get(w) for w in vocabulary], dtype=np.float64)
        centred = words - words.mean(axis=0)
        top = np.linalg.svd(centred, full_matrices=False)[2][:directions]
        rows = normalize_rows(centred - centred @ top.T @ top)
        self.vectors = dict(zip(vocabulary, rows, strict=True))

    def get(self, word: str) -> np.ndarray:
        return self.vectors[word]


def _two_space(batch: Batch) -> np.ndarray:
    """Round 11's two-space vote (branch emergent11, gone; rebuilt from the round-11 text):
    the three alignment views in the raw floret space and the same three in the batch
    vocabulary's top-1-removed space, 6 views x 5 k-means runs (as many as main's 3 x 10)."""
    docs = batch.rows()
    vocabulary = sorted({w for doc in docs for w in doc})
    shifted = _TopRemoved(batch.cache, vocabulary, 1)
    weights = sif_weights(docs)
    views = [
        double_centre(alignment_similarity(docs, shifted, weights, weight_power=power))  # type: ignore[arg-type]
        for power in batch.settings.align_weight_powers
    ]
    settings = replace(batch.settings, consensus_seeds=batch.settings.consensus_seeds // 2)
    with threadpool_limits(limits=1):
        agreement = co_association([*batch.similarities, *views], settings)
    return agreement_clusters(agreement, settings)


STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "main": _main,
    "truek": _true_k,
    "kmeans-ourk": _kmeans_our_k,
    "refine-mean": lambda b: _refine(b, "mean"),
    "refine-idf": lambda b: _refine(b, "idf"),
    "refine-sif": lambda b: _refine(b, "sif"),
    "refine-align": lambda b: _refine(b, "align"),
    "split-agree": lambda b: _split(b, "agree"),
    "split-mean": lambda b: _split(b, "mean"),
    "split-align": lambda b: _split(b, "align"),
    "cc": _correlation,
    "idf-views": _idf_views,
    "soft-views": lambda b: _soft_views(b, beside=False),
    "soft-align": lambda b: _soft_views(b, beside=True),
    "choose": _choose,
    "nmf-view": _lexical_view,
    "nmf-final": _lexical_final,
    "nmf-both": lambda b: _lexical_final(b, _lexical_view(b)),
    "two-space": _two_space,
}
VARIANTS = tuple(STEPS)
