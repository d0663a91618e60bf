"""Round 29 (emergent29): what the true-k baselines see that the consensus does not, as
post-steps for benchmarks/emergent_refine.py (each starts from the batch of one set at one
random state; the coherence test follows, as in a run). Named at 10:07 UTC, before any was
run:

  tfidf-view     the cosine of the notes' lemma TF-IDF rows (sublinear tf, l2 rows, compound
                 parts included as the content lemmas carry them; what NMF and LDA read),
                 double-centred as the alignment views are, as a fourth view of the
                 consensus: its own kNN graphs, spectral embeddings and k-means partitions
                 at every k, weight 1 (the alignment views keep 1, 1, 0.25); then the cut and
                 the word step as main
  second-read    main, then a second read of the notes the consensus places with low
                 agreement: a clustered note whose mean co-association with the rest of its
                 cluster is under `min_agreement` (the cut's own level, no new threshold)
                 goes to the cluster whose lemma TF-IDF centroid (of that cluster's notes at
                 or over the level) is nearest by cosine; muu stays muu
  tfidf-second   tfidf-view, then second-read on its co-association

Named at 10:23 UTC, after the four above were measured (second-read passed every check of
the rule but "below down", 22 -> 22), chosen on the tune half:

  second-read-iter  second-read repeated (the low notes and the centroids read again from
                    the new labels, the co-association unchanged) until no note moves, at
                    most 10 passes
  second-read-vec   second-read in the run's note-vector space (SIF-weighted floret means,
                    the common component removed: what the k-means and BERTopic-like
                    baselines read) instead of lemma TF-IDF
  second-read-blend second-read by the sum of the two cosines (lemma TF-IDF and note vectors)

round 13's `nmf-view` (refine_variants.py) is measured beside them on all dev sets.
Deterministic: no draws but the consensus's seeded k-means.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from threadpoolctl import threadpool_limits

import emergent as bench  # benchmarks/emergent.py: the note vectors, as a run builds them
from muistiinpanot.themes.emergent import NOISE, agreement_clusters, co_association, word_links
from muistiinpanot.themes.second_read import loosely_placed
from muistiinpanot.vectorize import double_centre, tfidf_matrix
from refine_variants import Batch, _main


def _tfidf_similarity(batch: Batch) -> np.ndarray:
    matrix = tfidf_matrix(batch.rows())[0].toarray()
    return double_centre(matrix @ matrix.T)


def _tfidf_agreement(batch: Batch) -> np.ndarray:
    settings = replace(batch.settings, align_view_weights=(*batch.settings.align_view_weights, 1.0))
    with threadpool_limits(limits=1):
        return co_association([*batch.similarities, _tfidf_similarity(batch)], settings)


def _tfidf_view(batch: Batch) -> np.ndarray:
    agreement = _tfidf_agreement(batch)
    labels = agreement_clusters(agreement, batch.settings)
    return word_links(batch.rows(), labels, agreement, batch.settings)


def second_read(
    batch: Batch, labels: np.ndarray, agreement: np.ndarray, space: str = "tfidf"
) -> np.ndarray:
    """`labels` with each clustered note of low mean agreement with its cluster moved to the
    cluster of nearest centroid in `space` (tfidf, vec or both; see the module docstring)."""
    level = batch.settings.min_agreement
    clusters = sorted(set(labels.tolist()) - {NOISE})
    if len(clusters) < 2:
        return labels
    low = loosely_placed(labels, agreement, level)
    spaces = [_tfidf_rows(batch), _vector_rows(batch)]
    chosen = {"tfidf": spaces[:1], "vec": spaces[1:], "both": spaces}[space]
    cosines = sum(_centroid_cosines(matrix, labels, low, clusters) for matrix in chosen)
    result = labels.copy()
    for row in np.flatnonzero(low):
        if cosines[row].max() > 0:
            result[row] = clusters[int(np.argmax(cosines[row]))]
    return result


def _tfidf_rows(batch: Batch) -> np.ndarray:
    return np.asarray(tfidf_matrix(batch.rows())[0].toarray())


def _vector_rows(batch: Batch) -> np.ndarray:
    return np.asarray(bench._note_vectors(batch.docs, batch.cache)[batch.usable])


def _centroid_cosines(
    matrix: np.ndarray, labels: np.ndarray, low: np.ndarray, clusters: list[int]
) -> np.ndarray:
    """Each row's cosine with each cluster's centroid of its notes not `low` (all its notes
    when every one is)."""
    centroids = []
    for cluster in clusters:
        members = (labels == cluster) & ~low
        if not members.any():
            members = labels == cluster
        centroid = matrix[members].mean(axis=0)
        centroids.append(centroid / max(float(np.linalg.norm(centroid)), 1e-12))
    rows = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    cosines: np.ndarray = rows @ np.array(centroids).T
    return cosines


def _second_read(batch: Batch) -> np.ndarray:
    return second_read(batch, _main(batch), batch.agreement)


def _second_read_iter(batch: Batch) -> np.ndarray:
    labels = _main(batch)
    for _ in range(10):
        moved = second_read(batch, labels, batch.agreement)
        if np.array_equal(moved, labels):
            break
        labels = moved
    return labels


def _tfidf_second(batch: Batch) -> np.ndarray:
    agreement = _tfidf_agreement(batch)
    labels = word_links(
        batch.rows(), agreement_clusters(agreement, batch.settings), agreement, batch.settings
    )
    return second_read(batch, labels, agreement)


BASELINE_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "tfidf-view": _tfidf_view,
    "second-read": _second_read,
    "tfidf-second": _tfidf_second,
    "second-read-iter": _second_read_iter,
    # the shipped step (themes/second_read.py, off by default) through emergent.word_links:
    # must equal second-read
    "second-read-src": lambda batch: _main(
        replace(batch, settings=replace(batch.settings, second_read=True))
    ),
    "second-read-vec": lambda batch: second_read(batch, _main(batch), batch.agreement, "vec"),
    "second-read-blend": lambda batch: second_read(batch, _main(batch), batch.agreement, "both"),
}
