"""Emergent themes: cluster the notes no seeded theme claimed, k chosen from the data.

Consensus spectral clustering (evidence accumulation):

1. Similarities between the notes, one per view: the soft word-alignment similarity of the
   notes' lemmas (vectorize.alignment_similarity: each word matched with its most similar
   word of the other note, as BERTScore aligns tokens), once for each of
   `align_weight_powers` (a note's words weighed alike, by the square root of their SIF
   weight, by their SIF weight), each double-centred so that what every note shares with
   every other does not count. Without word vectors, the cosines of the note vectors.
   Views of whole-note mean vectors (floret, LSA of lemma and character TF-IDF) were
   dropped: they lost to this word-level view on every clinic-sized set
   (benchmarks/emergent.py; README).
2. For each view and each neighbourhood size (`neighbour_scales` x sqrt(n)), a symmetric kNN
   graph and its normalised-affinity eigenvectors; for every k from 2 to k_max (n /
   `base_cluster_size`, at most `max_clusters`) a k-means
   partition of the row-normalised spectral embedding (`consensus_seeds` seeds; spectral.py).
3. The co-association matrix: the share of those partitions that put two notes together
   (each view's partitions weighted by `align_view_weights`; with `lexical_view_weight`
   above 0 (off) a lemma TF-IDF cosine view votes too, round 31).
   Notes that stay together across views, graph scales and values of k form the themes:
   average-linkage clustering cut at `min_agreement` (two notes linked on average in at least
   that share of partitions). k is the number of resulting clusters of at least
   `min_cluster_size` notes (and `min_cluster_share` of the batch); nothing is fitted to the
   true k of any data set.
4. Notes in smaller groups join the cluster they co-occur with most when that mean agreement
   reaches `min_agreement`; otherwise they go to muu (NOISE).
5. The clusters read by the lemmas their notes share (word_links.py): a cluster of two
   word-disjoint parts is split (`split_word_disjoint`), a note sharing no lemma of its
   cluster's own moves to a cluster it shares one with (`relink_notes`).
6. A second read (second_read.py, `second_read`): a note whose mean agreement with the rest
   of its cluster is under `min_agreement` goes to the cluster of nearest lemma TF-IDF
   centroid (the words the notes share, as NMF reads them); k does not change.
7. A merge of side groups (side_groups.py, `side_group_merge`, off): a small cluster joins
   the cluster of nearest lemma TF-IDF centroid when a scale-free test says it belongs.

Deterministic (fixed seeds, stable sorts) and fast: a clinic's leftovers (tens of notes) take
well under a second. Batches larger than `sample_size` are clustered on a seeded sample and
the remaining notes join the nearest cluster centroid of their note vectors.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from muistiinpanot.themes.kmeans import kmeans, kmeans_seeds, plus_plus_draws
from muistiinpanot.themes.linkage import average_linkage_labels
from muistiinpanot.themes.second_read import read_again
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.side_groups import merge_side_groups
from muistiinpanot.themes.spectral import (
    IntArray,
    base_partitions,
    co_association,
    knn_graph,
    spectral_embedding,
)
from muistiinpanot.themes.word_links import relink_notes, split_word_disjoint
from muistiinpanot.vectorize import (
    FloatArray,
    VectorCache,
    alignment_similarity,
    double_centre,
    normalize_rows,
    sif_weights,
    tfidf_matrix,
)

logger = logging.getLogger(__name__)

#: kmeans and its helpers live in kmeans.py, the consensus's partitions and co-association in
#: spectral.py; imported here for this module's callers.
__all__ = [
    "NOISE",
    "agreement_clusters",
    "base_partitions",
    "cluster_notes",
    "co_association",
    "consensus_clusters",
    "kmeans",
    "kmeans_seeds",
    "knn_graph",
    "note_similarities",
    "plus_plus_draws",
    "spectral_embedding",
]
#: Cluster label of notes that fit no emergent theme.
NOISE = -1


def cluster_notes(
    vectors: FloatArray,
    docs: Sequence[Sequence[str]],
    texts: Sequence[str],
    settings: ThemeSettings,
    word_vectors: VectorCache | None = None,
) -> IntArray:
    """Cluster label per row (0 = largest cluster, NOISE = muu) for notes with unit
    `vectors` (rows), content lemmas `docs` and normalised `texts` (unused since the views
    are word-level; kept for callers); `word_vectors` (the lemmas' floret vectors) give the
    word-alignment views. Rows must come sorted by note id so
    that the result does not depend on input order."""
    n = vectors.shape[0]
    labels = np.full(n, NOISE, dtype=np.int64)
    usable = [int(i) for i in np.flatnonzero(np.linalg.norm(vectors, axis=1) > 0)]
    if len(usable) < max(4, 2 * settings.min_cluster_size):
        return labels
    # many small k-means and SVDs: threads cost more than they bring (and the machine is shared)
    with threadpool_limits(limits=1):
        sample = np.arange(len(usable))
        if len(usable) > settings.sample_size:
            rng = np.random.default_rng(settings.random_state)
            sample = np.sort(rng.choice(len(usable), settings.sample_size, replace=False))
        rows = [usable[i] for i in sample]
        similarities = note_similarities(
            vectors[rows], [docs[i] for i in rows], settings, word_vectors
        )
        agreement = co_association(similarities, settings)
        found = word_links(
            [docs[i] for i in rows], agreement_clusters(agreement, settings), agreement, settings
        )
        if len(usable) > settings.sample_size:
            found = _extend(vectors[usable], sample, found)
    labels[usable] = found
    logger.info("emergent: %d notes, %d clusters", len(usable), int(labels.max()) + 1)
    return _renumber(labels)


def note_similarities(
    vectors: FloatArray,
    docs: Sequence[Sequence[str]],
    settings: ThemeSettings,
    word_vectors: VectorCache | None,
) -> list[FloatArray]:
    """The note-by-note similarity of each view that votes in the consensus (see the module
    docstring): word alignment at each of `align_weight_powers`, double-centred (a view of
    weight 0 in `align_view_weights` is not clustered, so not computed: zeros), then, with
    `lexical_view_weight` above 0, the double-centred cosine of the lemma TF-IDF rows; the
    cosines of the unit rows `vectors` when there are no word vectors."""
    if word_vectors is None:
        return [vectors @ vectors.T]
    weights = sif_weights(docs)
    view_weights = settings.align_view_weights
    if len(view_weights) != len(settings.align_weight_powers):  # ablations: every view
        view_weights = (1.0,) * len(settings.align_weight_powers)
    n = len(docs)
    views = [
        double_centre(alignment_similarity(docs, word_vectors, weights, weight_power=power))
        if weight > 0
        else np.zeros((n, n))
        for power, weight in zip(settings.align_weight_powers, view_weights, strict=True)
    ]
    if settings.lexical_view_weight > 0:
        rows = tfidf_matrix(docs)[0]
        views.append(double_centre((rows @ rows.T).toarray()))
    return views


def word_links(
    docs: Sequence[Sequence[str]], labels: IntArray, agreement: FloatArray, settings: ThemeSettings
) -> IntArray:
    """The consensus's `labels` read by the lemmas their notes share (word_links.py):
    word-disjoint parts split (`split_word_disjoint`), then notes that share no own lemma
    with their cluster moved to one they share one with (`relink_notes`), then the notes
    placed with low agreement read again in lemma TF-IDF (`second_read`, second_read.py)."""
    if settings.split_word_disjoint:
        labels = split_word_disjoint(docs, labels, agreement, settings.min_cluster_size)
    if settings.relink_notes:
        labels = relink_notes(docs, labels, agreement)
    if settings.second_read:
        labels = read_again(docs, labels, agreement, settings.min_agreement)
    if settings.side_group_merge != "off":
        labels = merge_side_groups(
            docs,
            labels,
            settings.side_group_merge,
            settings.random_state,
            null_draws=settings.side_group_null_draws,
            null_quantile=settings.side_group_null_quantile,
        )
    return labels


def consensus_clusters(similarities: Sequence[FloatArray], settings: ThemeSettings) -> IntArray:
    """Cluster label per row (NOISE for notes that agree with no cluster), from one
    note-by-note similarity matrix per view."""
    return agreement_clusters(co_association(similarities, settings), settings)


def agreement_clusters(
    agreement: FloatArray, settings: ThemeSettings, cut: float | None = None
) -> IntArray:
    """Cluster label per row of the co-association `agreement`: average linkage cut where
    notes agree in `cut` (default `min_agreement`) of the partitions, small groups joining
    the cluster they agree with in `min_agreement` of them, else NOISE
    (`cut` for trying other cuts)."""
    n = agreement.shape[0]
    level = settings.min_agreement if cut is None else cut
    groups = average_linkage_labels(1.0 - agreement, 1.0 - level)
    min_size = max(settings.min_cluster_size, math.ceil(settings.min_cluster_share * n))
    sizes = np.bincount(groups)
    big = [int(g) for g in np.flatnonzero(sizes >= min_size)]
    labels = np.full(n, NOISE, dtype=np.int64)
    for group in big:
        labels[groups == group] = group
    if not big:
        return labels
    for row in np.flatnonzero(labels == NOISE):
        means = [float(agreement[row, groups == group].mean()) for group in big]
        best = int(np.argmax(means))
        if means[best] >= settings.min_agreement:
            labels[row] = big[best]
    return labels


def _extend(view: FloatArray, sample: IntArray, found: IntArray) -> IntArray:
    """Labels for all rows of `view`: the sample's own, the others' nearest centroid."""
    labels = np.full(view.shape[0], NOISE, dtype=np.int64)
    labels[sample] = found
    clusters = sorted(set(found.tolist()) - {NOISE})
    if not clusters:
        return labels
    centroids = normalize_rows(np.array([view[sample[found == c]].mean(axis=0) for c in clusters]))
    rest = np.setdiff1d(np.arange(view.shape[0]), sample)
    labels[rest] = np.asarray(clusters)[np.argmax(view[rest] @ centroids.T, axis=1)]
    return labels


def _renumber(labels: IntArray) -> IntArray:
    """0 for the largest cluster, then by size; ties by first row (rows sorted by id)."""
    clusters = [c for c in np.unique(labels) if c != NOISE]
    order = sorted(clusters, key=lambda c: (-int((labels == c).sum()), int(np.argmax(labels == c))))
    result = np.full_like(labels, NOISE)
    for new, old in enumerate(order):
        result[labels == old] = new
    return result
