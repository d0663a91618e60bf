"""The status chatter.mark_chatter gives notes of one group file, with the real analyzer: the
one reading of the chatter tests (tests/test_chatter*.py)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.chatter import ChatterSettings, mark_chatter
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef


def chatter_statuses(
    texts: Sequence[str], analyzer: LemmaAnalyzer, settings: ChatterSettings | None = None
) -> list[str]:
    """The status of each of `texts`, read as the lemmatized notes of group file "a.txt" of
    clinic "k", one per line, marked together ("chatter" or "kept")."""
    notes = [
        Note(f"k/a.txt:{i}", "k", "a", text, SourceRef("a.txt", line=i), clean_text=text)
        for i, text in enumerate(texts, start=1)
    ]
    return [
        note.status for note in mark_chatter(lemmatize_notes(notes, analyzer), analyzer, settings)
    ]


def chatter_status(
    text: str, analyzer: LemmaAnalyzer, settings: ChatterSettings | None = None
) -> str:
    """The status of `text` as the one note of its group file."""
    return chatter_statuses([text], analyzer, settings)[0]
