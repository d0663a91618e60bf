"""notes.csv and themes.csv: every input note accounted for, one row each. Every cell, whatever
its column (headers too), goes through the one formula guard, report.cells.guard_cell."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from muistiinpanot.records import NOTES_COLUMNS, Note, ThemeResult
from muistiinpanot.report.cells import guard_cell

#: notes.csv columns after the documented ones: where the note came from, what it repeats
#: and the note it hangs under (a nested bullet).
EXTRA_NOTE_COLUMNS = ("source", "duplicate_of", "parent")
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


def render_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text (comma, minimal quoting, "\\n" line ends) with every cell guarded."""
    lines = [_csv_line(header)]
    lines.extend(_csv_line(row) for row in rows)
    return "".join(lines)


def _csv_line(cells: Sequence[object]) -> str:
    # Written with "\r\n" and cut back to "\n": Python 3.11's writer quotes only the line
    # terminator's characters, so with "\n" a lone CR in a note went out unquoted and split
    # the row when read back.
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([guard_cell(cell) for cell in cells])
    return buffer.getvalue()[:-2] + "\n"


def render_notes_csv(notes: Sequence[Note], themes: ThemeResult | None) -> str:
    """One row per note, in source order, kept or set aside with its reason."""
    labels = {theme.id: theme.label for theme in themes.themes} if themes else {}
    assigned = {a.note_id: a for a in themes.assignments} if themes else {}
    rows: list[list[object]] = []
    for note in notes:
        assignment = assigned.get(note.id)
        rows.append(
            [
                note.id,
                note.clinic,
                note.group,
                note.text,
                " ".join(note.lemmas),
                note.status,
                assignment.theme if assignment else "",
                labels.get(assignment.theme, "") if assignment else "",
                f"{assignment.score:.3f}" if assignment else "",
                note.source.locator(),
                note.duplicate_of or "",
                note.parent or "",
            ]
        )
    return render_csv(NOTES_COLUMNS + EXTRA_NOTE_COLUMNS, rows)


def render_themes_csv(themes: ThemeResult) -> str:
    """One row per theme: size, share of kept notes, keywords (comma-separated) and
    representative note ids (semicolon-separated, best first)."""
    rows = [
        [
            theme.id,
            theme.label,
            theme.label_en,
            theme.kind,
            theme.size,
            f"{theme.share:.3f}",
            ", ".join(theme.published_keywords),
            ";".join(theme.representative_ids),
        ]
        for theme in themes.themes
    ]
    return render_csv(THEMES_COLUMNS, rows)
