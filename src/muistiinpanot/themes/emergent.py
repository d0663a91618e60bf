"""Emergent themes: cluster the notes no seeded theme claimed.

k-means (cosine geometry: rows are unit vectors) over a k range chosen from the data: k runs
from 2 to min(max_clusters, n // min_cluster_size) and the k with a near-best cosine
silhouette is picked (see choose_k). On large batches k is chosen on a random sample of
`sample_size` notes and the final model is MiniBatchKMeans, so time and memory stay linear
in the number of notes. Clusters smaller than `min_cluster_size` or less coherent than
`min_coherence` (mean cosine to their centroid) go to muu, and so does everything when no k
reaches `min_silhouette`.
"""

from __future__ import annotations

import logging

import numpy as np
import numpy.typing as npt
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.metrics import silhouette_score

from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray, normalize_rows

logger = logging.getLogger(__name__)

IntArray = npt.NDArray[np.int64]
#: Cluster label of notes that fit no emergent theme.
NOISE = -1


def cluster_notes(matrix: FloatArray, settings: ThemeSettings) -> IntArray:
    """Cluster label per row (0 = largest cluster, NOISE = muu). Rows must come sorted by
    note id so that the result does not depend on input order."""
    n = matrix.shape[0]
    labels = np.full(n, NOISE, dtype=np.int64)
    usable = np.flatnonzero(np.linalg.norm(matrix, axis=1) > 0)
    k_max = min(settings.max_clusters, usable.size // max(settings.min_cluster_size, 1))
    if k_max < 2 or usable.size < 4:
        return labels
    data = matrix[usable]
    k, silhouette = choose_k(data, k_max, settings)
    logger.info("emergent: %d notes, k=%d (silhouette %.3f)", usable.size, k, silhouette)
    if silhouette < settings.min_silhouette:
        return labels
    raw = _fit_predict(data, k, settings)
    labels[usable] = _prune(data, raw, settings)
    return _renumber(labels)


def choose_k(data: FloatArray, k_max: int, settings: ThemeSettings) -> tuple[int, float]:
    """The k in [2, k_max] to use, and its cosine silhouette.

    Text silhouettes are flat (0.05–0.15 for every k) and their maximum sits at k=2 far more
    often than the topics do, so we take the largest k whose silhouette is within
    `k_tolerance` (relative) of the best one: among equally good partitions, the finer one
    is more useful to an analyst, and clusters too small or loose to stand go to muu anyway."""
    rng = np.random.default_rng(settings.random_state)
    sample = data
    if data.shape[0] > settings.sample_size:
        rows = np.sort(rng.choice(data.shape[0], settings.sample_size, replace=False))
        sample = data[rows]
    scores: dict[int, float] = {}
    for k in range(2, k_max + 1):
        model = KMeans(n_clusters=k, n_init=4, random_state=settings.random_state)
        labels = model.fit_predict(sample)
        if np.unique(labels).size < 2:
            continue
        scores[k] = float(silhouette_score(sample, labels, metric="cosine"))
    if not scores:
        return 2, -1.0
    best = max(scores.values())
    floor = best - settings.k_tolerance * abs(best)
    k = max(k for k, score in scores.items() if score >= floor)
    logger.debug("silhouettes %s", {k: round(v, 3) for k, v in scores.items()})
    return k, scores[k]


def _fit_predict(data: FloatArray, k: int, settings: ThemeSettings) -> IntArray:
    if data.shape[0] > settings.sample_size:
        model: KMeans | MiniBatchKMeans = MiniBatchKMeans(
            n_clusters=k, n_init=3, random_state=settings.random_state, batch_size=1024
        )
    else:
        model = KMeans(n_clusters=k, n_init=10, random_state=settings.random_state)
    return np.asarray(model.fit_predict(data), dtype=np.int64)


def _prune(data: FloatArray, labels: IntArray, settings: ThemeSettings) -> IntArray:
    result = labels.copy()
    for cluster in np.unique(labels):
        members = labels == cluster
        centroid = normalize_rows(data[members].mean(axis=0, keepdims=True))[0]
        coherence = float((data[members] @ centroid).mean())
        if members.sum() < settings.min_cluster_size or coherence < settings.min_coherence:
            result[members] = NOISE
    return result


def _renumber(labels: IntArray) -> IntArray:
    """0 for the largest cluster, then by size; ties by first row (rows sorted by id)."""
    clusters = [c for c in np.unique(labels) if c != NOISE]
    order = sorted(clusters, key=lambda c: (-int((labels == c).sum()), int(np.argmax(labels == c))))
    result = np.full_like(labels, NOISE)
    for new, old in enumerate(order):
        result[labels == old] = new
    return result
