"""Lemmatized notes of one group file, with the real model: the one builder of the tests that
read notes as the pipeline hands them on (tests/privacy and tests/app; importable from any
test folder, as tests/ holds the root conftest.py)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef


def lemmatized_notes(analyzer: LemmaAnalyzer, texts: Sequence[str]) -> list[Note]:
    """`texts` as the lemmatized notes of one group file of clinic "k", one per line."""
    notes = [
        Note(
            id=f"k/ryhma1.txt:{line}",
            clinic="k",
            group="ryhma1",
            text=text,
            source=SourceRef("ryhma1.txt", line=line),
            clean_text=text,
        )
        for line, text in enumerate(texts, 1)
    ]
    return lemmatize_notes(notes, analyzer)
