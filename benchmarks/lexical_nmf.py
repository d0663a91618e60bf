"""Partitions of the notes in their own words: NMF of lemma TF-IDF, one per k (round 13 of
issue 12, benchmarks/emergent_refine.py `nmf-view`; measured, not shipped: docs/how-it-works.md).

The consensus (themes/emergent.py) votes over word-alignment views, where two notes meet
through one near pair of words; topics told apart by which words a note uses (NMF on lemma
TF-IDF given the true k wins some clinics) vote here, as one more view of the
co-association. Written in numpy instead of scikit-learn's NMF: scikit-learn costs a second
of start-up, and its solver a clinic's fits. Multiplicative updates of the Frobenius loss
from an NNDSVDa start (Boutsidis and Gallopoulos 2008; zeros filled with the matrix's mean
so that updates can move them): deterministic, no seed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

from muistiinpanot.vectorize import FloatArray, tfidf_matrix

IntArray = npt.NDArray[np.int64]
_EPSILON = 1e-10
_Svd = tuple[FloatArray, FloatArray, FloatArray]


def nmf(
    matrix: sparse.csr_array, k: int, iterations: int, svd: _Svd | None = None
) -> tuple[FloatArray, FloatArray]:
    """W (rows x k) and H (k x columns), both non-negative, with W @ H near `matrix`;
    `svd` the matrix's thin SVD, when the caller has it already."""
    u, s, vt = np.linalg.svd(matrix.toarray(), full_matrices=False) if svd is None else svd
    k = min(k, len(s))
    w = np.zeros((matrix.shape[0], k))
    h = np.zeros((k, matrix.shape[1]))
    w[:, 0] = np.sqrt(s[0]) * np.abs(u[:, 0])
    h[0] = np.sqrt(s[0]) * np.abs(vt[0])
    for j in range(1, k):
        x, y = u[:, j], vt[j]
        xp, yp, xn, yn = np.maximum(x, 0), np.maximum(y, 0), np.maximum(-x, 0), np.maximum(-y, 0)
        positive = np.linalg.norm(xp) * np.linalg.norm(yp)
        negative = np.linalg.norm(xn) * np.linalg.norm(yn)
        a, b, sigma = (xp, yp, positive) if positive > negative else (xn, yn, negative)
        scale = np.sqrt(s[j] * sigma)
        w[:, j] = scale * a / max(float(np.linalg.norm(a)), _EPSILON)
        h[j] = scale * b / max(float(np.linalg.norm(b)), _EPSILON)
    mean = float(matrix.sum()) / (matrix.shape[0] * matrix.shape[1])
    w[w < _EPSILON] = mean
    h[h < _EPSILON] = mean
    transposed = matrix.T.tocsr()
    for _ in range(iterations):
        h *= np.asarray(transposed @ w).T / np.maximum(w.T @ w @ h, _EPSILON)
        w *= np.asarray(matrix @ h.T) / np.maximum(w @ (h @ h.T), _EPSILON)
    return w, h


def lexical_partitions(
    docs: Sequence[Sequence[str]], k_max: int, iterations: int
) -> list[IntArray]:
    """One partition of `docs` (lemma lists, none empty) per k from 2 to `k_max`: each note
    to its largest NMF component of the lemma TF-IDF matrix (sublinear tf, l2 rows)."""
    matrix = sparse.csr_array(tfidf_matrix(docs)[0])
    svd = np.linalg.svd(matrix.toarray(), full_matrices=False)
    partitions: list[IntArray] = []
    for k in range(2, min(k_max, *matrix.shape) + 1):
        w, _ = nmf(matrix, k, iterations, svd)
        partitions.append(np.argmax(w, axis=1).astype(np.int64))
    return partitions


def lexical_agreement(docs: Sequence[Sequence[str]], k_max: int, iterations: int) -> FloatArray:
    """Share of `lexical_partitions` that put each pair of notes together (1 on the
    diagonal; all zeros when there are fewer than two notes or words)."""
    n = len(docs)
    partitions = lexical_partitions(docs, k_max, iterations)
    together = np.zeros((n, n))
    for labels in partitions:
        together += labels[:, None] == labels[None, :]
    return together / max(len(partitions), 1)
