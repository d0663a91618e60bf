"""Word (.docx, python-docx) and OpenDocument text (.odt, odfpy) note files.

Every non-empty paragraph, list item and table cell is a note, numbered in document order
(that number is the note's line); a heading is not a note but names the group of the notes
under it. A table whose first row has a text header (see columns.py) is read as a table:
one note per row, its columns mapped and joined as a CSV's are (a title before the text).
python-docx parses with entity resolution off, odfpy through defusedxml.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.archive import check_archive
from muistiinpanot.ingest.columns import check_key, fields_note, map_columns, row_fields
from muistiinpanot.ingest.rawnote import FileRead, RawNote, group_of_heading
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.ingest.sheets import PARSE_ERRORS, error_detail

logger = logging.getLogger(__name__)

_HEADING_STYLES = ("heading", "otsikko", "title")


class _Collector:
    """Numbers the blocks of a document and turns them into notes."""

    def __init__(self, path: Path, rel: str) -> None:
        self.path = path
        self.rel = rel
        self.keys: set[str] = set()
        self.number = 0
        self.group: str | None = None
        self.notes: list[RawNote] = []

    def heading(self, text: str) -> None:
        self.number += 1
        if text.strip():
            self.group = group_of_heading(text)

    def paragraph(self, text: str) -> None:
        self.number += 1
        if text.strip():
            self.notes.append(
                RawNote(text=text.strip(), rel=self.rel, line=self.number, group=self.group)
            )

    def table(self, rows: list[list[str]]) -> None:
        columns = map_columns(rows[0]) if rows else {}
        if "text" in columns:
            self.number += 1  # the header row
            for row in rows[1:]:
                self.number += 1
                if any(cell.strip() for cell in row):
                    fields = row_fields(columns, row)  # a title column joined as in a CSV
                    check_key(fields.key, self.keys, path=self.path, line=self.number)
                    self.notes.append(
                        fields_note(fields, self.rel, group=self.group, line=self.number)
                    )
            return
        for row in rows:
            for cell in row:
                self.paragraph(cell)


def read_docx_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Read a Word document (.docx)."""
    check_archive(path, "DOCX", settings)
    import docx
    from docx.table import Table

    collector = _Collector(path, rel)
    try:
        document = docx.Document(str(path))
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                collector.table(_docx_rows(block))
            elif _is_heading(block.style.name if block.style is not None else ""):
                collector.heading(block.text)
            else:
                collector.paragraph(block.text)
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="DOCX", detail=error_detail(err)) from None
    return FileRead(tuple(collector.notes), "Word (DOCX)")


def read_odt_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Read an OpenDocument text (.odt)."""
    check_archive(path, "ODT", settings)
    from odf.opendocument import load

    collector = _Collector(path, rel)
    try:
        document = load(str(path))
        _walk_odt(document.text, collector)
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="ODT", detail=error_detail(err)) from None
    return FileRead(tuple(collector.notes), "OpenDocument (ODT)")


def _docx_rows(table: Any) -> list[list[str]]:
    """Cell texts row by row, one per real cell (a merged cell counts once)."""
    from docx.table import _Cell

    return [[_Cell(tc, table).text for tc in row._tr.tc_lst] for row in table.rows]


def _is_heading(style_name: str) -> bool:
    return style_name.casefold().startswith(_HEADING_STYLES)


def _walk_odt(element: Any, collector: _Collector) -> None:
    from odf import teletype

    for child in element.childNodes:
        tag = getattr(child, "qname", (None, None))[1]
        if tag == "h":
            collector.heading(teletype.extractText(child))
        elif tag == "p":
            collector.paragraph(teletype.extractText(child))
        elif tag == "table":
            collector.table(_odt_rows(child))
        elif tag in ("list", "list-item", "section", "list-header"):
            _walk_odt(child, collector)


def _odt_rows(table: Any) -> list[list[str]]:
    from odf import teletype
    from odf.table import TableCell, TableRow
    from odf.text import P

    rows = []
    for row in table.getElementsByType(TableRow):
        cells = [
            "\n".join(teletype.extractText(p) for p in cell.getElementsByType(P))
            for cell in row.getElementsByType(TableCell)
        ]
        rows.append(cells)
    return rows
