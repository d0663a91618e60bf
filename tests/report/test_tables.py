"""notes.csv and themes.csv: one formula guard for every cell, whatever its column."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from muistiinpanot.records import Note, SourceRef, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.report.cells import guard_cell, unguard_cell
from muistiinpanot.report.tables import render_csv, render_notes_csv, render_themes_csv

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    ("value", "guarded"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@a1", "'@a1"),
        ("\tsarkain", "'\tsarkain"),
        ("\rpaluu", "'\rpaluu"),
        ("'lainaus'", "''lainaus'"),
        ("tavallinen = teksti", "tavallinen = teksti"),
        (" =1+1", " =1+1"),
        ("", ""),
        (None, ""),
        (12, "12"),
        (-3, "'-3"),
    ],
)
def test_guard_cell_cases(value: object, guarded: str) -> None:
    assert guard_cell(value) == guarded
    assert unguard_cell(guarded) == ("" if value is None else str(value))


@given(st.text())
def test_guard_cell_is_safe_and_reversible(value: str) -> None:
    guarded = guard_cell(value)
    assert not guarded.startswith(_FORMULA_START)
    assert unguard_cell(guarded) == value


def _hostile_note(value: str, row: int) -> Note:
    return Note(
        id=f"{value}#{row}",
        clinic=value,
        group=value,
        text=value,
        source=SourceRef(path=f"{value}.csv", row=row),
        lemmas=(value, "ja"),
        status="duplicate",
        duplicate_of=value,
    )


@pytest.mark.parametrize("value", ["=1+1", "+1+1", "-1+1", "@a1", "\tx", "\rx"])
def test_render_notes_csv_guards_every_column(value: str) -> None:
    notes = [_hostile_note(value, 1), _hostile_note(value, 2)]
    result = ThemeResult(
        themes=(Theme(id=value, label=value, kind="seeded"),),
        assignments=(ThemeAssignment(note_id=notes[0].id, theme=value, score=0.5),),
    )
    header, *rows = _cells(render_notes_csv(notes, result))
    assert len(rows) == 2
    for row in rows:
        assert len(row) == len(header)
        for name, cell in zip(header, row, strict=True):
            assert not cell.startswith(_FORMULA_START), (name, cell)
    first = dict(zip(header, rows[0], strict=True))
    for column in ("id", "clinic", "group", "text", "lemmas", "theme", "theme_label", "source"):
        assert first[column].startswith("'"), column
        assert unguard_cell(first[column]).startswith(value)
    assert first["duplicate_of"] == "'" + value
    assert first["score"] == "0.500"


@pytest.mark.parametrize("value", ["=cmd|' /C calc'!A0", "+1+1", "-1", "@SUM(A1)", "\t=1"])
def test_render_themes_csv_guards_every_column(value: str) -> None:
    theme = Theme(
        id=value,
        label=value,
        kind="emergent",
        label_en=value,
        size=3,
        share=0.25,
        keywords=(value, "kunta"),
        representative_ids=(value, "b"),
    )
    header, row = _cells(render_themes_csv(ThemeResult(themes=(theme,), assignments=())))
    cells = dict(zip(header, row, strict=True))
    for name in ("id", "label", "label_en", "keywords", "representative_ids"):
        assert cells[name].startswith("'"), name
    assert unguard_cell(cells["representative_ids"]) == f"{value};b"
    assert cells["size"] == "3" and cells["share"] == "0.250"


@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), max_size=5))
def test_render_csv_reads_back_through_unguard(rows: list[list[str]]) -> None:
    header, *read = _cells(render_csv(("a", "b"), rows))
    assert header == ["a", "b"]
    assert [[unguard_cell(cell) for cell in row] for row in read] == rows
