"""Theme centroids: the unit mean (SIF-weighted floret) vector of each theme's notes, the
point the archive links emergent themes of different clinics by (archive/trends.py)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.records import Note, ThemeResult
from muistiinpanot.themes.protocols import Analyzer
from muistiinpanot.vectorize import FloatArray, VectorCache, embed_docs, normalize_rows, sif_weights


def theme_centroids(
    notes: Sequence[Note], themes: ThemeResult, analyzer: Analyzer
) -> dict[str, FloatArray]:
    """Unit mean vector of each theme's member notes (SIF weights over `notes`), by theme id,
    in theme id order."""
    docs = {n.id: tuple(w.lower() for w in n.content_lemmas) for n in notes}
    members: dict[str, list[tuple[str, ...]]] = {}
    for assignment in themes.assignments:
        members.setdefault(assignment.theme, []).append(docs.get(assignment.note_id, ()))
    cache = VectorCache(analyzer)
    weights = sif_weights(docs.values())
    return {
        theme_id: normalize_rows(
            embed_docs(theme_docs, cache, weights).mean(axis=0, keepdims=True)
        )[0]
        for theme_id, theme_docs in sorted(members.items())
    }
