"""MMR selection over note vectors (the shared vectorize.mmr, as the summary calls it)."""

from __future__ import annotations

import numpy as np

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.select import centrality, note_vectors
from muistiinpanot.vectorize import mmr


def _note(number: int, text: str, lemmas: tuple[str, ...]) -> Note:
    return Note(
        id=f"k/a.txt:{number}",
        clinic="k",
        group="a",
        text=text,
        source=SourceRef("a.txt", line=number),
        content_lemmas=lemmas,
    )


def test_select_mmr_skips_near_duplicates(analyzer: LemmaAnalyzer) -> None:
    notes = [
        _note(1, "jokainen yksikkö katsoo omaa budjettiaan", ("yksikkö", "katsoa", "budjetti")),
        _note(2, "jokainen yksikkö katsoo omaa budjettia", ("yksikkö", "katsoa", "budjetti")),
        _note(3, "tieto ei kulje yksiköiden välillä", ("tieto", "kulkea", "yksikkö")),
        _note(4, "luottamus syntyy kasvokkain", ("luottamus", "syntyä", "kasvokkain")),
    ]
    vectors = note_vectors(notes, analyzer)
    chosen = mmr(
        vectors, list(centrality(vectors)), 3, relevance_weight=0.7, duplicate_similarity=0.9
    )
    assert len(chosen) == 3
    assert not {0, 1} <= set(chosen)


def test_select_mmr_prefers_relevance_then_diversity() -> None:
    vectors = np.array([[1.0, 0.0], [0.995, 0.0998], [0.0, 1.0]])
    assert mmr(vectors, [0.9, 0.8, 0.5], 2, relevance_weight=0.5, duplicate_similarity=0.9) == [
        0,
        2,
    ]
    assert mmr(vectors, [0.9, 0.8, 0.5], 2, relevance_weight=1.0, duplicate_similarity=1.1) == [
        0,
        1,
    ]


def test_note_vectors_are_unit_rows_or_zero(analyzer: LemmaAnalyzer) -> None:
    notes = [_note(1, "budjetti", ("budjetti",)), _note(2, "!!", ())]
    vectors = note_vectors(notes, analyzer)
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0)
    assert not vectors[1].any()
