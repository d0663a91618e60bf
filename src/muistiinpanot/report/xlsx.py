"""notes.xlsx: the clinic's notes and themes as an Excel workbook for analysts.

Sheets: "Muistiinpanot" (every note: id, group, text, theme, label, score, status, lemmas,
nosto: the post's bullets built from it, "3. Heading" as report.html numbers them), "Nostot"
(one row per bullet and note it was built from, so a bullet traces to its notes), "Teemat" (one
row per theme), and one sheet per theme with its notes, best fitting first. A theme sheet's
name is its label with Excel's forbidden characters replaced, cut at a word boundary within 31
characters and made unique with a number (report/sheet_names.py).
Without --redact, the workbook opens on a sheet "Lue ensin" saying that it holds the notes
unredacted and is not to be forwarded, and every sheet's printed header says so; the data
sheets keep their header in row 1, for filters and scripts.
Every sheet has its header row frozen, an auto-filter and column widths that fit the content.
Every text cell goes through report.cells.guard_cell (the one formula guard of every CSV and
xlsx output), so a note starting with = + - @ is stored as a string, never as a formula.
The file is byte-identical for the same input (fixed document dates and zip entry times).
"""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from muistiinpanot.records import Bullet, Note, ThemeResult
from muistiinpanot.report.cells import guard_cell, theme_name
from muistiinpanot.report.sheet_names import Speller, analyst_sheet_title, sheet_title

NOTE_COLUMNS = (
    ("id", 34),
    ("group", 14),
    ("text", 70),
    ("theme", 16),
    ("label", 30),
    ("score", 8),
    ("status", 10),
    ("lemmas", 50),
    ("nosto", 30),
)
BULLET_COLUMNS = (
    ("nosto", 6),
    ("heading", 24),
    ("bullet_text", 60),
    ("id", 34),
    ("group", 14),
    ("text", 70),
)
THEME_COLUMNS = (
    ("id", 18),
    ("label", 34),
    ("kind", 10),
    ("size", 7),
    ("share", 7),
    ("keywords", 50),
    ("representative_ids", 60),
)
#: The first sheet of a workbook of unredacted notes, and what it says (as report.html's top)
INTERNAL_SHEET = "Lue ensin"
INTERNAL_NOTICE = (
    "Vain sisäiseen tarkasteluun. Tiedostossa ovat muistiinpanot sellaisinaan, "
    "henkilötietoja poistamatta; älä julkaise tai lähetä sitä eteenpäin (--redact poistaa "
    "tunnistetut henkilötiedot). [For internal review only: this workbook holds the notes "
    "unredacted, personal data included; do not publish or forward it (--redact removes the "
    "personal data it detects).]"
)
INTERNAL_HEADER = (
    "Vain sisäiseen tarkasteluun: henkilötietoja ei poistettu / internal only: unredacted"
)
_FIXED_TIME = datetime.datetime(2000, 1, 1)
_WRAP = Alignment(wrap_text=True, vertical="top")


def render_notes_xlsx(
    notes: Sequence[Note],
    themes: ThemeResult,
    bullets: Sequence[Bullet] = (),
    *,
    internal: bool = False,
    speller: Speller | None = None,
) -> bytes:
    """The workbook as the bytes of an .xlsx file; `bullets` are the post's, their note ids
    as in `notes`. `internal` (the notes are not redacted): the workbook opens on a sheet
    "Lue ensin" saying so, and every sheet's printed header says it too (review 36 #9).
    `speller` (Voikko) reads the genitive a cut sheet name would end on (sheet_names._cut)."""
    by_id = {note.id: note for note in notes}
    used_in: dict[str, list[str]] = {}
    for number, bullet in enumerate(bullets, start=1):
        for note_id in dict.fromkeys(bullet.note_ids):
            used_in.setdefault(note_id, []).append(_bullet_name(number, bullet))
    labels = {theme.id: theme_name(theme) for theme in themes.themes}  # one name everywhere
    assigned = {a.note_id: a for a in themes.assignments}
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Muistiinpanot"
    if internal:
        notice = workbook.create_sheet(INTERNAL_SHEET, 0)
        notice.append([INTERNAL_NOTICE])
        notice["A1"].font = Font(bold=True)
        notice.column_dimensions["A"].width = 120
        notice["A1"].alignment = _WRAP
    rows: list[list[object]] = []
    for note in notes:
        assignment = assigned.get(note.id)
        theme_id = assignment.theme if assignment else ""
        rows.append(
            [
                note.id,
                note.group,
                note.text,
                theme_id,
                labels.get(theme_id, ""),
                assignment.score if assignment else None,
                note.status,
                " ".join(note.lemmas),
                "; ".join(used_in.get(note.id, ())),
            ]
        )
    _fill(sheet, NOTE_COLUMNS, rows)
    _fill(
        workbook.create_sheet("Nostot"),
        BULLET_COLUMNS,
        [
            [
                number,
                bullet.heading,
                bullet.text,
                note_id,
                by_id[note_id].group if note_id in by_id else "",
                by_id[note_id].text if note_id in by_id else "",
            ]
            for number, bullet in enumerate(bullets, start=1)
            for note_id in dict.fromkeys(bullet.note_ids)
        ],
    )
    themes_sheet = workbook.create_sheet("Teemat")
    _fill(
        themes_sheet,
        THEME_COLUMNS,
        [
            [
                t.id,
                theme_name(t),
                t.kind,
                t.size,
                t.share,
                ", ".join(t.published_keywords),
                "; ".join(t.representative_ids),
            ]
            for t in themes.themes
        ],
    )
    used = {"muistiinpanot", "nostot", "teemat", INTERNAL_SHEET.casefold()}
    for theme in themes.themes:
        members = sorted(
            (a for a in themes.assignments if a.theme == theme.id),
            key=lambda a: (-a.score, a.note_id),
        )
        if not members:
            continue
        named = theme_name(theme) or theme.id
        titled = analyst_sheet_title if theme.edited else sheet_title  # review 70 #3
        theme_sheet = workbook.create_sheet(titled(named, used, speller))
        _fill(
            theme_sheet,
            (NOTE_COLUMNS[0], NOTE_COLUMNS[1], NOTE_COLUMNS[2], NOTE_COLUMNS[5], NOTE_COLUMNS[7]),
            [
                [
                    a.note_id,
                    by_id[a.note_id].group,
                    by_id[a.note_id].text,
                    a.score,
                    " ".join(by_id[a.note_id].lemmas),
                ]
                for a in members
                if a.note_id in by_id
            ],
        )
    if internal:
        for each in workbook.worksheets:
            each.oddHeader.center.text = INTERNAL_HEADER
        workbook.active = 0
    return _save(workbook)


def _fill(sheet: Worksheet, columns: Sequence[tuple[str, int]], rows: list[list[object]]) -> None:
    sheet.append([guard_cell(name) for name, _ in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(value) for value in row])
    # `cell.alignment = _WRAP` looks the style up in the workbook's list for every cell; the
    # same index set directly (as that setter does) spares the lookups
    wrap = sheet.parent._alignments.add(_WRAP)
    for index, (name, width) in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = width
        if name in ("text", "lemmas", "keywords", "representative_ids", "bullet_text"):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                if not cell._style:
                    cell._style = StyleArray()
                cell._style.alignmentId = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _cell(value: object) -> object:
    """Numbers stay numbers; everything else is guarded text (stored as a string)."""
    if value is None or isinstance(value, bool):
        return guard_cell(value)
    if isinstance(value, int | float):
        return value
    return guard_cell(value)


def _bullet_name(number: int, bullet: Bullet) -> str:
    """A bullet as the notes sheet names it: its number in the post, and its heading."""
    return f"{number}. {bullet.heading}" if bullet.heading else str(number)


def _save(workbook: Workbook) -> bytes:
    """Save with fixed dates and fixed zip entry times (reproducible), in one pass."""
    workbook.properties.created = _FIXED_TIME
    workbook.properties.modified = _FIXED_TIME
    result = io.BytesIO()
    with _FixedTimeZip(result, "w", zipfile.ZIP_DEFLATED) as archive:
        _MemoryWriter(workbook, archive).save()
    return result.getvalue()


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose every entry is dated 1980-01-01 and deflated, with the attributes of a
    new ZipInfo: as openpyxl's stored zip rewritten entry by entry (the earlier two-pass
    save), without the stored copy written and read back."""

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        fixed = zipfile.ZipInfo(str(name), date_time=(1980, 1, 1, 0, 0, 0))
        fixed.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(fixed, data)  # a str is encoded as UTF-8, as zipfile does


class _MemoryWriter(ExcelWriter):  # type: ignore[misc]
    """openpyxl's ExcelWriter with each sheet's XML written to memory: openpyxl writes it
    to a temporary file, copies the file into the zip and deletes it, a file created, read
    and removed per sheet (about a third of the workbook's time, most of it the file
    system's). The same XML (WorksheetWriter's own), so the same bytes."""

    def write_worksheet(self, ws: Worksheet) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        out = io.BytesIO()
        writer = WorksheetWriter(ws, out)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], out.getvalue())
        self.manifest.append(ws)
