"""Note vectors and centrality for choosing the notes a bullet is built from (the selection
itself is the shared maximal marginal relevance, vectorize.mmr)."""

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
