"""Helpers for the themes tests: notes from hand-written texts, lemmatized for real."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]


@pytest.fixture(scope="session")
def make_notes(analyzer: LemmaAnalyzer) -> MakeNotes:
    def make(pairs: Sequence[tuple[str, str]]) -> list[Note]:
        notes = [
            Note(note_id, "testi", "ryhma1", text, SourceRef("ryhma1.txt", line=n), clean_text=text)
            for n, (note_id, text) in enumerate(pairs, start=1)
        ]
        return lemmatize_notes(notes, analyzer)

    return make


@pytest.fixture(scope="session")
def emergent_pairs(themes_fixtures: Path) -> list[tuple[str, str]]:
    with (themes_fixtures / "emergent.csv").open(encoding="utf-8") as handle:
        return [(row["id"], row["text"]) for row in csv.DictReader(handle)]
