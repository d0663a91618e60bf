"""Property tests: for every reader, generated notes written in its format are read back
one for one, and reach notes.csv one row each (kept or set aside with a reason)."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from muistiinpanot.ingest import read_input
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.ingest.text import strip_bullet
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.report.tables import render_notes_csv

_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789"
_ALPHABET = _LETTERS + " .,!?%€+-'\"()/;&*"
#: One note: starts with a letter or digit (so it has content and no bullet or heading mark).
_NOTE = st.builds(
    lambda first, rest: (first + rest).strip(),
    st.sampled_from(_LETTERS),
    st.text(alphabet=_ALPHABET, max_size=60),
)
_NOTES = st.lists(_NOTE.filter(lambda note: strip_bullet(note)[0] == note), min_size=1, max_size=12)
_PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _write_txt(path: Path, notes: list[str]) -> None:
    path.write_text("\n\n".join(notes) + "\n", encoding="utf-8")


def _write_md(path: Path, notes: list[str]) -> None:
    lines = ["# Ryhmä"] + [f"{'  ' * (i % 3)}- {note}" for i, note in enumerate(notes)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_csv(path: Path, notes: list[str]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Ryhmä", "Teksti"])
    writer.writerows(["A", note] for note in notes)
    path.write_bytes(buffer.getvalue().encode("cp1252", errors="replace"))


def _write_xlsx(path: Path, notes: list[str]) -> None:
    workbook = Workbook()
    workbook.active.append(["idea", "group"])
    for note in notes:
        workbook.active.append([note, "A"])
    workbook.save(path)


def _write_docx(path: Path, notes: list[str]) -> None:
    document = docx.Document()
    document.add_heading("Ryhmä", level=1)
    for index, note in enumerate(notes):
        document.add_paragraph(note, style="List Bullet" if index % 2 else None)
    document.save(str(path))


def _write_json(path: Path, notes: list[str]) -> None:
    path.write_text(json.dumps([{"text": note} for note in notes]), encoding="utf-8")


def _write_vtt(path: Path, notes: list[str]) -> None:
    cues = [
        f"{i}\n00:00:{i:02d}.000 --> 00:00:{i:02d}.500\n<v Puhuja {i}>{note}</v>\n"
        for i, note in enumerate(notes)
    ]
    path.write_text("WEBVTT\n\n" + "\n".join(cues), encoding="utf-8")


def _write_zoom(path: Path, notes: list[str]) -> None:
    lines = [f"10:{i:02d}:00 From Osallistuja {i} to Everyone:\n\t{n}" for i, n in enumerate(notes)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


WRITERS: dict[str, Callable[[Path, list[str]], None]] = {
    "ryhma.txt": _write_txt,
    "ryhma.md": _write_md,
    "ryhma.csv": _write_csv,
    "ryhma.xlsx": _write_xlsx,
    "ryhma.docx": _write_docx,
    "ryhma.json": _write_json,
    "ryhma.vtt": _write_vtt,
    "chat.txt": _write_zoom,
}


def _round_trip(name: str, notes: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "klinikka"
        folder.mkdir()
        WRITERS[name](folder / name, notes)
        (batch,) = read_input(folder, IngestSettings()).clinics
        expected = notes
        if name == "ryhma.csv":
            expected = [n.encode("cp1252", errors="replace").decode("cp1252") for n in notes]
        assert [note.text for note in batch.notes] == expected
        rows = list(
            csv.DictReader(io.StringIO(render_notes_csv(normalize_notes(batch.notes), None)))
        )
        assert [row["id"] for row in rows] == [note.id for note in batch.notes]
        assert all(row["status"] in ("kept", "duplicate") for row in rows)


@_PROPERTY
@given(notes=_NOTES)
def test_txt_notes_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("ryhma.txt", notes)


@_PROPERTY
@given(notes=_NOTES)
def test_markdown_nested_bullets_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("ryhma.md", notes)


@_PROPERTY
@given(notes=_NOTES)
def test_cp1252_semicolon_csv_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("ryhma.csv", notes)


@_PROPERTY
@given(notes=_NOTES)
def test_xlsx_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("ryhma.xlsx", notes)


@_PROPERTY
@given(notes=_NOTES)
def test_docx_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("ryhma.docx", notes)


@_PROPERTY
@given(notes=_NOTES)
def test_json_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("ryhma.json", notes)


@_PROPERTY
@given(notes=_NOTES)
def test_vtt_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("ryhma.vtt", notes)


@_PROPERTY
@given(notes=_NOTES)
def test_zoom_chat_read_back_one_for_one(notes: list[str]) -> None:
    _round_trip("chat.txt", notes)
