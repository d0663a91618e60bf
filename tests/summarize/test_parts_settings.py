"""A verbless note's parts are read again alone (segments.verbless_parts) with the run's own
piece settings, only `fragment_parts` off: before style178 the re-read took the defaults for
`state_nouns`, `appended_cuts`, both joins and `rules_in_force`, so a run's
pipelines/clinic.toml values for them never reached a note's parts. Real spaCy and Voikko; the
re-read is seen through the module's own recursive call."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import muistiinpanot.summarize.notepieces as notepieces
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.notepieces import Cleared
from muistiinpanot.summarize.piece_settings import DEFAULT_PIECES, PieceSettings

#: Two verbless parts after a comma, no concern said whole: read again part by part.
_NOTE = "selkeät pelisäännöt, yhteinen kalenteri kaikille"

#: Every setting the re-read used to reset, each the other way from its default.
_RUN = dataclasses.replace(
    DEFAULT_PIECES,
    state_nouns=not DEFAULT_PIECES.state_nouns,
    appended_cuts=not DEFAULT_PIECES.appended_cuts,
    spliced_negations=not DEFAULT_PIECES.spliced_negations,
    spliced_clauses=not DEFAULT_PIECES.spliced_clauses,
    rules_in_force=not DEFAULT_PIECES.rules_in_force,
)


@pytest.mark.parametrize("run", [DEFAULT_PIECES, _RUN], ids=["defaults", "all-flipped"])
def test_parse_pieces_reads_parts_with_the_runs_settings(
    analyzer: LemmaAnalyzer, monkeypatch: pytest.MonkeyPatch, run: PieceSettings
) -> None:
    original = notepieces.parse_pieces
    calls: list[tuple[PieceSettings, tuple[str, ...]]] = []

    def seen(cleared: Any, an: Any, settings: PieceSettings = DEFAULT_PIECES, *rest: Any) -> Any:
        calls.extend([(settings, c.sentences) for c in cleared])
        return original(cleared, an, settings, *rest)

    monkeypatch.setattr(notepieces, "parse_pieces", seen)
    note = Note("n1", "c", "g", _NOTE, SourceRef("f.txt", 1))
    notepieces.parse_pieces([Cleared(note, (_NOTE,))], analyzer, run)
    again = [settings for settings, sentences in calls if len(sentences) > 1]
    assert again, "the note's parts were not read again"
    assert again == [dataclasses.replace(run, fragment_parts=False)]
