"""notes.csv and themes.csv: every input note accounted for, one row each."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from muistiinpanot.records import NOTES_COLUMNS, Note, ThemeResult

#: notes.csv columns after the documented ones: where the note came from and what it repeats.
EXTRA_NOTE_COLUMNS = ("source", "duplicate_of")
THEMES_COLUMNS = (
    "id",
    "label",
    "label_en",
    "kind",
    "size",
    "share",
    "keywords",
    "representative_ids",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Keep a spreadsheet from running note text as a formula (CSV injection): a cell that
    starts with = + - @ gets a leading apostrophe, which Excel and LibreOffice hide."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_notes_csv(notes: Sequence[Note], themes: ThemeResult | None) -> str:
    """One row per note, in source order, kept or set aside with its reason."""
    labels = {theme.id: theme.label for theme in themes.themes} if themes else {}
    assigned = {a.note_id: a for a in themes.assignments} if themes else {}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(NOTES_COLUMNS + EXTRA_NOTE_COLUMNS)
    for note in notes:
        assignment = assigned.get(note.id)
        writer.writerow(
            [
                note.id,
                note.clinic,
                note.group,
                safe_cell(note.text),
                " ".join(note.lemmas),
                note.status,
                assignment.theme if assignment else "",
                labels.get(assignment.theme, "") if assignment else "",
                f"{assignment.score:.3f}" if assignment else "",
                note.source.locator(),
                note.duplicate_of or "",
            ]
        )
    return buffer.getvalue()


def render_themes_csv(themes: ThemeResult) -> str:
    """One row per theme: size, share of kept notes, keywords (comma-separated) and
    representative note ids (semicolon-separated, best first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(THEMES_COLUMNS)
    for theme in themes.themes:
        writer.writerow(
            [
                theme.id,
                theme.label,
                theme.label_en,
                theme.kind,
                theme.size,
                f"{theme.share:.3f}",
                ", ".join(theme.keywords),
                ";".join(theme.representative_ids),
            ]
        )
    return buffer.getvalue()
