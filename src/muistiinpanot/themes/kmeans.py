"""k-means of a spectral embedding for the emergent consensus (emergent.py): scipy's
kmeans2 with k-means++ starts, partition for partition, for many seeds of one embedding at
once (the consensus runs `consensus_seeds` of them for every view, graph size and k)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

try:  # scipy's C routines without their wrappers' checks (k-means runs thousands of times)
    from scipy.cluster._vq import vq as _nearest_centre
    from scipy.spatial._distance_pybind import cdist_sqeuclidean as _sqeuclidean
except (ImportError, AttributeError):  # a scipy that moved them: the public, checked ones
    from scipy.cluster.vq import vq as _nearest_centre
    from scipy.spatial.distance import cdist

    def _sqeuclidean(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> FloatArray:
        return np.asarray(cdist(a, b, "sqeuclidean"))


FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def kmeans(points: FloatArray, k: int, rng: np.random.Generator, iterations: int = 10) -> IntArray:
    """Cluster label per row: scipy's kmeans2(points, k, minit="++", seed=rng) (the same
    draws, distances and means, so the same partition), stopped once an iteration leaves
    the labels as they were (every later one would repeat it) and k-means++ keeping each
    point's nearest centre so far instead of measuring it against all of them again. The
    distances are scipy's own C routines (cdist's, vq's) called without their wrappers'
    checks, and a cluster's sum is one bincount (row by row, as scipy sums its points): at
    about 240 calls a clinic, the wrappers were a third of the time."""
    return kmeans_seeds(points, k, *plus_plus_draws([rng], points.shape[0], k), iterations)[0]


def plus_plus_draws(
    rngs: Sequence[np.random.Generator], size: int, k: int
) -> tuple[IntArray, FloatArray]:
    """What k-means++ draws from each generator over `size` points, in its order: the first
    centre's row (`integers(size)`), then one `uniform()` for each further centre. They do
    not depend on the points, so one set serves every embedding of the same size."""
    first = np.array([rng.integers(size) for rng in rngs], dtype=np.int64)
    uniforms = np.array([rng.uniform(size=k - 1) for rng in rngs]).reshape(len(rngs), k - 1)
    return first, uniforms


def kmeans_seeds(
    points: FloatArray,
    k: int,
    first: IntArray,
    uniforms: FloatArray,
    iterations: int = 10,
) -> list[IntArray]:
    """`kmeans(points, k, rng)` for each generator whose draws are `first[s]`, `uniforms[s]`
    (plus_plus_draws), the k-means++ starts of all of them at once: each step measures every
    seed's newest centre against the points in one cdist call (row by row, the same sums as
    one row at a time), picks each seed's next centre as `searchsorted` would (the count of
    cumulative shares below its draw) and then runs Lloyd's iterations seed by seed."""
    points = np.ascontiguousarray(points, dtype=np.float64)
    size, dims = points.shape
    seeds = len(first)
    centres = np.empty((seeds, k, dims))
    centres[:, 0] = points[first]
    nearest: FloatArray | None = None
    for i in range(1, k):
        distances = _sqeuclidean(np.ascontiguousarray(centres[:, i - 1]), points)
        nearest = distances if nearest is None else np.minimum(nearest, distances)
        totals = nearest.sum(axis=1)
        if not (np.isfinite(totals).all() and (totals > 0).all()):
            return [
                _plus_plus_one(points, k, first[s], uniforms[s], iterations) for s in range(seeds)
            ]
        cumulative = (nearest / totals[:, None]).cumsum(axis=1)
        chosen = (cumulative < uniforms[:, i - 1 : i]).sum(axis=1)
        if (chosen >= size).any():  # a draw past the last share: as one seed at a time fails
            return [
                _plus_plus_one(points, k, first[s], uniforms[s], iterations) for s in range(seeds)
            ]
        centres[:, i] = points[chosen]
    return _lloyd(points, centres, iterations)


def _plus_plus_one(
    points: FloatArray, k: int, first: np.int64, uniforms: FloatArray, iterations: int
) -> IntArray:
    """One seed's k-means++ start and Lloyd's iterations, one row at a time."""
    size, dims = points.shape
    centres = np.empty((k, dims))
    centres[0] = points[first]
    nearest: FloatArray | None = None
    for i in range(1, k):
        distances = _sqeuclidean(centres[i - 1 : i], points)[0]
        nearest = distances if nearest is None else np.minimum(nearest, distances)
        cumulative = (nearest / nearest.sum()).cumsum()
        centres[i] = points[int(np.searchsorted(cumulative, uniforms[i - 1]))]
    return _lloyd(points, centres[None], iterations)[0]


def _lloyd(points: FloatArray, centres: FloatArray, iterations: int) -> list[IntArray]:
    """Lloyd's iterations from each seed's `centres` (seeds x k x dims), each seed stopped
    once its labels stay put. The nearest centres are scipy's vq, seed by seed; the clusters'
    sums one bincount for the seeds still moving (row by row within each, as scipy sums a
    cluster's points, so the same means as one seed at a time)."""
    seeds, k, dims = centres.shape
    size = points.shape[0]
    centres = np.array(centres, dtype=np.float64, order="C")
    labels = np.zeros((seeds, size), dtype=np.int64)
    moving = np.arange(seeds)
    weights = points.ravel()
    cells = np.arange(dims)
    for iteration in range(iterations):
        assigned = np.stack([_nearest_centre(points, centres[s])[0] for s in moving]).astype(
            np.int64
        )
        if iteration:
            still = (assigned != labels[moving]).any(axis=1)
            moving, assigned = moving[still], assigned[still]
            if not moving.size:
                break
        labels[moving] = assigned
        clusters = np.arange(len(moving))[:, None] * k + assigned
        flat = (clusters[:, :, None] * dims + cells).ravel()
        sums = np.bincount(
            flat, weights=np.tile(weights, len(moving)), minlength=len(moving) * k * dims
        ).reshape(len(moving), k, dims)
        counts = np.bincount(clusters.ravel(), minlength=len(moving) * k).reshape(-1, k, 1)
        means = sums / np.maximum(counts, 1)
        centres[moving] = np.where(counts > 0, means, centres[moving])  # an empty one stays put
    return list(labels)
