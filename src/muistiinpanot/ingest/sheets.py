"""Spreadsheets (.xlsx with openpyxl, .ods with odfpy): one note per row of the first sheet
(every sheet with `all_sheets`), the text column found by its header as in a CSV.

The zip is measured before it is parsed (ingest/archive.py); openpyxl parses through
defusedxml and odfpy through defusedxml.sax, so XML entities are never expanded.
"""

from __future__ import annotations

import datetime as dt
import logging
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError
from xml.sax import SAXException

from defusedxml import DefusedXmlException

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.archive import check_archive
from muistiinpanot.ingest.columns import rows_to_notes, table_format
from muistiinpanot.ingest.rawnote import FileRead, RawNote
from muistiinpanot.ingest.settings import IngestSettings

logger = logging.getLogger(__name__)

#: What a corrupt or hostile office file makes the parsers raise (a bug raises anything else).
PARSE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    EOFError,
    OSError,
    ExpatError,
    SAXException,
    DefusedXmlException,
    SyntaxError,  # xml.etree's ParseError
)
#: Empty cells a spreadsheet may repeat at the end of a row (ods writes 16384 of them).
_MAX_COLUMNS = 1_024


def read_xlsx_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Read an Excel workbook (.xlsx) in read-only mode; values, not formulas."""
    check_archive(path, "XLSX", settings)
    from openpyxl import load_workbook  # lazy: `check` and `--help` stay quick

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="XLSX", detail=error_detail(err)) from None
    try:
        sheets = workbook.worksheets if settings.all_sheets else workbook.worksheets[:1]
        tables = [
            (sheet.title, [[_cell(value) for value in row] for row in _rows(sheet)])
            for sheet in sheets
        ]
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="XLSX", detail=error_detail(err)) from None
    finally:
        workbook.close()
    return _tables_to_read(tables, path, rel, settings, "XLSX")


def read_ods_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Read an OpenDocument spreadsheet (.ods)."""
    check_archive(path, "ODS", settings)
    from odf.opendocument import load
    from odf.table import Table

    try:
        document = load(str(path))
        sheets = document.spreadsheet.getElementsByType(Table)
        if not settings.all_sheets:
            sheets = sheets[:1]
        tables = [(str(sheet.getAttribute("name")), _ods_rows(sheet, settings)) for sheet in sheets]
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="ODS", detail=error_detail(err)) from None
    return _tables_to_read(tables, path, rel, settings, "ODS")


def _tables_to_read(
    tables: list[tuple[str, list[list[str]]]],
    path: Path,
    rel: str,
    settings: IngestSettings,
    kind: str,
) -> FileRead:
    notes: list[RawNote] = []
    warnings: list[str] = []
    layout = kind
    for name, rows in tables:
        rows = [row for row in rows if any(cell.strip() for cell in row)] or [[]]
        header, body = rows[0], rows[1:]
        if not header and len(tables) > 1:
            continue  # an empty extra sheet
        sheet_rel = f"{rel}[{name}]" if settings.all_sheets else rel
        group = name if settings.all_sheets else None
        sheet_notes, sheet_warnings = rows_to_notes(
            header, body, path=path, rel=sheet_rel, settings=settings, group=group
        )
        notes.extend(sheet_notes)
        warnings.extend(sheet_warnings)
        layout = table_format(header, kind)
    return FileRead(tuple(notes), layout, warnings=tuple(warnings))


def _rows(sheet: Any) -> Iterator[Sequence[Any]]:
    yield from sheet.iter_rows(values_only=True)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _ods_rows(sheet: Any, settings: IngestSettings) -> list[list[str]]:
    from odf import teletype
    from odf.table import TableCell, TableRow
    from odf.text import P

    rows: list[list[str]] = []
    for row in sheet.getElementsByType(TableRow):
        cells: list[str] = []
        for cell in row.getElementsByType(TableCell):
            text = "\n".join(teletype.extractText(p) for p in cell.getElementsByType(P))
            repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
            cells.extend([text] * min(repeat, _MAX_COLUMNS - len(cells)))
            if len(cells) >= _MAX_COLUMNS:
                break
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            continue  # blank rows, however often repeated, are layout
        repeat = int(row.getAttribute("numberrowsrepeated") or 1)
        for _ in range(min(repeat, settings.max_table_rows + 1 - len(rows))):
            rows.append(cells)
        if len(rows) > settings.max_table_rows:
            break
    return rows


def error_detail(err: BaseException) -> str:
    return " ".join(f"{type(err).__name__}: {err}".split())[:200]
