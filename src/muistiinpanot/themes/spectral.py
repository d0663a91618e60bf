"""The consensus's evidence (emergent.py, steps 2 and 3 of its docstring): per view and
neighbourhood size a symmetric kNN graph, its normalised-affinity spectral embedding and
k-means partitions of it for each k, and the co-association of those partitions (the share
of them that join each pair of notes). Reading the co-association into clusters stays in
emergent.py."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt
from scipy.linalg import eigh

from muistiinpanot.themes.kmeans import kmeans_seeds, plus_plus_draws
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray, normalize_rows

IntArray = npt.NDArray[np.int64]


def co_association(similarities: Sequence[FloatArray], settings: ThemeSettings) -> FloatArray:
    """Share of the base partitions (views x neighbourhood sizes x k) that join each pair,
    each partition counted with its view's weight (`view_weights`: `align_view_weights`,
    then `lexical_view_weight`, when there is one per view, else alike; a view of weight 0
    is not clustered): the partitions of each view and graph size as indicator columns
    (one per cluster), their pairs counted by one product. Each view's counts are whole
    numbers (exact whatever the order of the sums); the weights are applied once, view by
    view, at the end. With weights that are short
    binary fractions (the default 1, 1, 0.25; whole numbers, halves, quarters) the weighted
    sums are exact too, so each share is the exact one rounded once and weights of equal
    ratio give the same shares to the bit; other weights (0.3) round in the sums as well,
    and equal-ratio settings can then differ in the last bit (review 28 #11)."""
    n = similarities[0].shape[0]
    together = np.zeros((n, n))
    count = 0.0
    for _, weight, graphs in base_partitions(similarities, settings):
        view_together = np.zeros((n, n))  # whole numbers: pairs joined in this view
        view_count = 0
        for partitions in graphs:
            columns: list[IntArray] = []  # each partition's labels, past the earlier ones'
            offset = 0
            for k, seeds in partitions.items():
                for labels in seeds:
                    columns.append(labels + offset)
                    offset += k
            if columns:
                indicator = np.zeros((n, offset))
                indicator[np.arange(n)[:, None], np.stack(columns, axis=1)] = 1.0
                view_together += indicator @ indicator.T
                view_count += len(columns)
        together += weight * view_together
        count += weight * view_count
    return together / (count if count > 0 else 1.0)


def base_partitions(
    similarities: Sequence[FloatArray], settings: ThemeSettings
) -> Iterator[tuple[int, float, list[dict[int, list[IntArray]]]]]:
    """The consensus's base partitions, one view of positive weight at a time: its number,
    its weight (`view_weights` when there is one per view, else 1) and, per graph size
    of `neighbour_scales`, the k-means labels for each k from 2 to k_max, one per seed."""
    n = similarities[0].shape[0]
    k_max = min(settings.max_clusters, n // max(settings.base_cluster_size, 1), n - 1)
    base = max(3, round(math.sqrt(n)))
    weights = view_weights(settings)
    if len(weights) != len(similarities):  # the cosine view without word vectors; ablations
        weights = (1.0,) * len(similarities)
    for number, (similarity, weight) in enumerate(zip(similarities, weights, strict=True)):
        if weight <= 0:
            continue
        draws: dict[int, tuple[IntArray, FloatArray]] = {}
        graphs: list[dict[int, list[IntArray]]] = []
        for scale in settings.neighbour_scales:
            neighbours = min(n - 1, max(2, round(base * scale)))
            embedding = spectral_embedding(knn_graph(similarity, neighbours), k_max)
            partitions: dict[int, list[IntArray]] = {}
            for k in range(2, k_max + 1):
                points = normalize_rows(embedding[:, :k])
                if k not in draws:  # the same draws at every graph size
                    draws[k] = plus_plus_draws(
                        [
                            np.random.default_rng([settings.random_state, number, k, seed])
                            for seed in range(settings.consensus_seeds)
                        ],
                        n,
                        k,
                    )
                partitions[k] = kmeans_seeds(points, k, *draws[k])
            graphs.append(partitions)
        yield number, weight, graphs


def view_weights(settings: ThemeSettings) -> tuple[float, ...]:
    """One weight per view of emergent.note_similarities: `align_view_weights`, then
    `lexical_view_weight` when the lemma TF-IDF view is on."""
    if settings.lexical_view_weight > 0:
        return (*settings.align_view_weights, settings.lexical_view_weight)
    return tuple(settings.align_view_weights)


def knn_graph(similarity: FloatArray, neighbours: int) -> FloatArray:
    """Symmetric affinity keeping each row's `neighbours` most similar rows (cosines >= 0)."""
    n = similarity.shape[0]
    masked = similarity.copy()
    np.fill_diagonal(masked, -np.inf)
    nearest = np.argsort(-masked, axis=1, kind="stable")[:, :neighbours]
    rows = np.repeat(np.arange(n), neighbours)
    graph = np.zeros_like(similarity)
    graph[rows, nearest.ravel()] = np.clip(similarity[rows, nearest.ravel()], 0.0, None)
    return np.maximum(graph, graph.T)


def spectral_embedding(graph: FloatArray, dims: int) -> FloatArray:
    """The top `dims` eigenvectors of D^-1/2 A D^-1/2, largest eigenvalue first, signs fixed."""
    degree = graph.sum(axis=1)
    degree[degree == 0] = 1.0
    scale = 1.0 / np.sqrt(degree)
    normalised = graph * scale[:, None] * scale[None, :]
    n = graph.shape[0]
    dims = min(dims, n)
    _, vectors = eigh(normalised, subset_by_index=[n - dims, n - 1])
    vectors = vectors[:, ::-1]
    signs = np.sign(vectors[np.argmax(np.abs(vectors), axis=0), np.arange(dims)])
    result: FloatArray = vectors * np.where(signs == 0, 1.0, signs)
    return result
