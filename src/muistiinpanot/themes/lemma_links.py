"""Linking emergent themes of different clinics by their centroids *and* their notes' lemmas
(`link_method = "lemmas"`, the archive's trends; archive28).

Two themes' similarity is the mean of two cosines, each of vectors centred over the archive's
themes (what every theme of one archive shares counts for nothing):

- their centroids' (mean SIF-weighted word vectors of their notes, as `link_across_clinics`);
- their notes' lemmas weighted tf-idf: a lemma's weight in a theme is (1 + ln its count in
  the theme's notes) × ln(notes / notes holding it), notes counted over the archive's linked
  themes, so a lemma every clinic says weighs little and one the two themes share and few
  other notes say weighs much.

Average linkage over every pair of themes of different clinics (no mutual-best-match
candidates: a pair's whole similarity counts) joins themes while the average similarity is
at least the cut; two themes of one clinic are never in one group. The centroids alone put
themes on one kind of subject into large groups (fees, rooms, buses of 29-38 clinics), where
the lemmas tell them apart; the lemmas alone miss what a theme says in other words.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, diags, issparse

from muistiinpanot.themes.linkage import FloatArray, IntArray, _unit_rows, average_linkage_labels


def lemma_vectors(lemmas: Sequence[Sequence[Sequence[str]]]) -> csr_matrix:
    """Unit tf-idf rows (sparse), one per theme, of `lemmas[i]` (theme i's notes, each its
    lemmas): term weight 1 + ln count, idf ln(notes / notes holding the lemma) over all the
    notes."""
    notes = sum(len(theme) for theme in lemmas)
    holding: Counter[str] = Counter(
        word for theme in lemmas for note in theme for word in set(note)
    )
    column = {word: index for index, word in enumerate(sorted(holding))}
    rows: list[int] = []
    columns: list[int] = []
    weights: list[float] = []
    for row, theme in enumerate(lemmas):
        for word, count in Counter(word for note in theme for word in note).items():
            rows.append(row)
            columns.append(column[word])
            weights.append((1.0 + math.log(count)) * math.log(notes / holding[word]))
    matrix = csr_matrix((weights, (rows, columns)), shape=(len(lemmas), len(column)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    unit: csr_matrix = csr_matrix(diags(scale) @ matrix)
    return unit


def centred_cosines(vectors: FloatArray | csr_matrix) -> FloatArray:
    """The cosines of every two rows of `vectors` once their mean row is subtracted, from the
    Gram matrix (a sparse matrix stays sparse: the centred rows would be dense)."""
    product: Any = vectors @ vectors.T
    gram = np.asarray(product.toarray() if issparse(product) else product, dtype=np.float64)
    mean = np.asarray(vectors.mean(axis=0), dtype=np.float64).ravel()
    along = np.asarray(vectors @ mean, dtype=np.float64).ravel()
    centred = gram - along[:, None] - along[None, :] + float(mean @ mean)
    norms = np.sqrt(np.clip(np.diag(centred), 0.0, None))
    outer = np.outer(norms, norms)
    cosines: FloatArray = np.divide(centred, outer, out=np.zeros_like(centred), where=outer > 1e-12)
    return cosines


def theme_similarities(
    centroids: FloatArray, lemmas: Sequence[Sequence[Sequence[str]]]
) -> FloatArray:
    """The mean of the centred centroids' cosine and the centred tf-idf lemma vectors' cosine
    of every two rows."""
    total = centred_cosines(_unit_rows(centroids)) + centred_cosines(lemma_vectors(lemmas))
    similarities: FloatArray = total / 2.0
    return similarities


def link_by_lemmas(
    centroids: FloatArray,
    lemmas: Sequence[Sequence[Sequence[str]]],
    clinics: Sequence[str],
    min_similarity: float,
) -> IntArray:
    """A group label per row (emergent themes; `clinics[i]` row i's clinic, `lemmas[i]` its
    notes' lemmas): average linkage over `theme_similarities`, cut where the average falls
    below `min_similarity`, never two rows of one clinic in a group (module docstring)."""
    n = centroids.shape[0]
    if n < 2:
        return np.zeros(n, dtype=np.int64)
    distance = 1.0 - theme_similarities(centroids, lemmas)
    # a merge that joins two rows of one clinic averages at least within / (n² / 4) = 8 > 2
    within = 2.0 * n * n
    members: Mapping[str, list[int]] = _members(clinics)
    for rows in members.values():
        distance[np.ix_(rows, rows)] = within
    np.fill_diagonal(distance, 0.0)
    return average_linkage_labels(distance, 1.0 - min_similarity)


def _members(clinics: Sequence[str]) -> dict[str, list[int]]:
    members: dict[str, list[int]] = {}
    for row, clinic in enumerate(clinics):
        members.setdefault(clinic, []).append(row)
    return members
