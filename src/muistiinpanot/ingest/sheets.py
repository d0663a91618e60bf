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
    """Read an Excel workbook (.xlsx) row by row in read-only mode (values, not formulas):
    a sheet over `max_table_rows` rows stops as soon as the cap is passed, before the rest
    is parsed. Rows are named by the sheet's own row numbers, as Excel shows them."""
    check_archive(path, "XLSX", settings)
    from openpyxl import load_workbook  # lazy: `check` and `--help` stay quick

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="XLSX", detail=error_detail(err)) from None
    try:
        sheets = workbook.worksheets if settings.all_sheets else workbook.worksheets[:1]
        reads = []
        for sheet in sheets:
            sheet.reset_dimensions()  # a writer's stated size may be wrong: read every row
            rows = enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1)
            cells = ((number, [_cell(value) for value in row]) for number, row in rows)
            reads.append(_sheet_notes(sheet.title, cells, path, rel, settings, len(sheets)))
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="XLSX", detail=error_detail(err)) from None
    finally:
        workbook.close()
    return _file_read(reads, "XLSX")


def read_ods_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Read an OpenDocument spreadsheet (.ods); rows named by their number in the sheet."""
    check_archive(path, "ODS", settings)
    from odf.opendocument import load
    from odf.table import Table

    try:
        document = load(str(path))
        sheets = document.spreadsheet.getElementsByType(Table)
        if not settings.all_sheets:
            sheets = sheets[:1]
        reads = [
            _sheet_notes(
                str(sheet.getAttribute("name")), _ods_rows(sheet), path, rel, settings, len(sheets)
            )
            for sheet in sheets
        ]
    except PARSE_ERRORS as err:
        raise InputError("archive_bad", path=path, kind="ODS", detail=error_detail(err)) from None
    return _file_read(reads, "ODS")


#: One sheet's notes, warnings and header (None: an empty extra sheet, not read).
_SheetRead = tuple[list[RawNote], list[str], Sequence[str]] | None


def _sheet_notes(
    name: str,
    rows: Iterator[tuple[int, list[str]]],
    path: Path,
    rel: str,
    settings: IngestSettings,
    sheet_count: int,
) -> _SheetRead:
    """The first non-blank row is the header; the rows after it are read one at a time."""
    header_row, header = next(
        ((number, cells) for number, cells in rows if any(cell.strip() for cell in cells)),
        (1, []),
    )
    if not header and sheet_count > 1:
        return None  # an empty extra sheet
    if settings.all_sheets:  # messages name the sheet as the notes' source does
        path = path.with_name(f"{path.name}[{name}]")
        rel = f"{rel}[{name}]"
    notes, warnings = rows_to_notes(
        header,
        rows,
        path=path,
        rel=rel,
        settings=settings,
        group=name if settings.all_sheets else None,
        header_row=header_row,
        strict_width=False,  # a cell beyond the header is an unnamed column
    )
    return notes, warnings, header


def _file_read(reads: list[_SheetRead], kind: str) -> FileRead:
    notes: list[RawNote] = []
    warnings: list[str] = []
    layout = kind
    for read in reads:
        if read is not None:
            notes.extend(read[0])
            warnings.extend(read[1])
            layout = table_format(read[2], kind)
    return FileRead(tuple(notes), layout, warnings=tuple(warnings))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _ods_rows(sheet: Any) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of a sheet, repeated rows repeated and counted (a blank row,
    however often repeated, only advances the number; the row cap stops a long repeat)."""
    from odf import teletype
    from odf.table import TableCell, TableRow
    from odf.text import P

    number = 0
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
        repeat = int(row.getAttribute("numberrowsrepeated") or 1)
        if not cells:
            number += repeat
            continue
        for _ in range(repeat):
            number += 1
            yield number, cells


def error_detail(err: BaseException) -> str:
    return " ".join(f"{type(err).__name__}: {err}".split())[:200]
