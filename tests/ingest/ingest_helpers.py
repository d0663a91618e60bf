"""Helpers for reader tests: read one file as `run` would (no language model needed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import docx
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from muistiinpanot.ingest.discover import read_file
from muistiinpanot.ingest.rawnote import FileRead
from muistiinpanot.ingest.settings import IngestSettings

EXPORTS = Path(__file__).parents[1] / "fixtures" / "ingest" / "exports"


def read_one(path: Path, settings: IngestSettings | None = None) -> FileRead:
    """Read `path` with its reader, its name as the relative path."""
    return read_file(path, path.name, settings or IngestSettings())


def docx_table(path: Path, rows: Sequence[Sequence[str]], before: Sequence[str] = ()) -> Path:
    """A Word document with the paragraphs `before` and then one table of `rows`."""
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            table.cell(row_index, column).text = text
    document.save(str(path))
    return path


def ods_sheet(
    path: Path, rows: Sequence[Sequence[str]], repeated: Mapping[int, int] | None = None
) -> Path:
    """An .ods file of one sheet; `repeated` maps a row's index to its repeat count."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Taulukko1")
    for index, cells in enumerate(rows):
        repeat = (repeated or {}).get(index, 1)
        row = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
        for text in cells:
            cell = TableCell()
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path
