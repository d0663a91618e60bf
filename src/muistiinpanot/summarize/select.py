"""Choose the notes a bullet is built from: representative of the theme and different from each
other (maximal marginal relevance over note vectors)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from muistiinpanot.records import Note
from muistiinpanot.summarize.protocols import SummaryAnalyzer

FloatArray = npt.NDArray[np.float64]

_WORD = re.compile(r"[^\W\d_]+")


def note_vectors(notes: Sequence[Note], analyzer: SummaryAnalyzer) -> FloatArray:
    """Unit vectors (one row per note): the mean word vector of the note's content lemmas, or of
    its lowercased words when it has none. A note without words gets a zero row.

    The one place that turns notes into vectors for the summary: swap it for the themes stage's
    vectors when those are passed along."""
    rows: list[npt.NDArray[np.float32] | None] = []
    for note in notes:
        words = list(note.content_lemmas) or _WORD.findall((note.clean_text or note.text).lower())
        if not words:
            rows.append(None)
            continue
        rows.append(np.mean([analyzer.word_vector(word) for word in words], axis=0))
    width = next((len(row) for row in rows if row is not None), 1)
    matrix = np.zeros((len(notes), width), dtype=np.float64)
    for index, row in enumerate(rows):
        if row is not None:
            matrix[index] = row
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    result: FloatArray = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return result


def centrality(vectors: FloatArray) -> FloatArray:
    """Cosine of each (unit) row to the mean direction of all rows."""
    if len(vectors) == 0:
        return np.zeros(0)
    centroid = vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid))
    if norm == 0.0:
        return np.zeros(len(vectors))
    return np.asarray(vectors @ (centroid / norm), dtype=np.float64)


def select_mmr(
    vectors: FloatArray,
    relevance: Sequence[float],
    k: int,
    *,
    lambda_: float = 0.7,
    duplicate_similarity: float = 0.9,
) -> list[int]:
    """Indices of up to `k` rows chosen greedily by maximal marginal relevance:
    `lambda_ * relevance - (1 - lambda_) * max cosine to the rows already chosen`. A row at
    least `duplicate_similarity` similar to a chosen row is never chosen. Ties go to the lower
    index, so the result is deterministic."""
    chosen: list[int] = []
    remaining = list(range(len(relevance)))
    similarity = vectors @ vectors.T if len(vectors) else np.zeros((0, 0))
    while remaining and len(chosen) < k:
        best_index = -1
        best_score = -np.inf
        for index in remaining:
            redundancy = max((float(similarity[index, j]) for j in chosen), default=0.0)
            if chosen and redundancy >= duplicate_similarity:
                continue
            score = lambda_ * relevance[index] - (1.0 - lambda_) * redundancy
            if score > best_score + 1e-12:
                best_index, best_score = index, score
        if best_index < 0:
            break
        chosen.append(best_index)
        remaining.remove(best_index)
    return chosen
