"""Table note files (.csv): one note per row, `text` column required."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.fileio import MAX_TABLE_ROWS, read_text
from muistiinpanot.ingest.rawnote import RawNote

#: Accepted header names (case-insensitive) for each column we read.
COLUMN_ALIASES = {
    "text": ("text", "teksti", "muistiinpano", "note"),
    "id": ("id", "tunniste"),
    "group": ("group", "ryhmä", "ryhma"),
    "clinic": ("clinic", "klinikka"),
}
_DELIMITERS = ",;\t"


def read_csv_notes(path: Path, rel: str) -> list[RawNote]:
    """Read a CSV file (comma, semicolon or tab separated, UTF-8). Rows are numbered from 1
    after the header; a row with an empty text is an empty note, not dropped."""
    text = read_text(path)
    if not text.strip():
        raise InputError("csv_no_text", path=path, line=1)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as err:
        raise InputError("csv_bad", path=path, line=1, detail=str(err)) from None
    columns = _map_columns(header)
    if "text" not in columns:
        raise InputError("csv_no_text", path=path, line=1)
    notes: list[RawNote] = []
    seen_keys: set[str] = set()
    row_number = 0
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue  # a blank line between rows is layout, not a note
            row_number += 1
            if row_number > MAX_TABLE_ROWS:
                raise InputError("too_many_rows", path=path, limit=MAX_TABLE_ROWS)
            if len(row) > len(header):
                raise InputError(
                    "csv_bad",
                    path=path,
                    row=row_number,
                    detail=f"{len(row)} saraketta, otsikossa {len(header)} / "
                    f"{len(row)} fields, header has {len(header)}",
                )
            cell = {
                name: (row[index].strip() if index < len(row) else "")
                for name, index in columns.items()
            }
            key = cell.get("id") or None
            if key is not None:
                if key in seen_keys:
                    raise InputError("duplicate_id", path=path, row=row_number, id=key)
                seen_keys.add(key)
            notes.append(
                RawNote(
                    text=cell["text"],
                    rel=rel,
                    row=row_number,
                    key=key,
                    group=cell.get("group") or None,
                    clinic=cell.get("clinic") or None,
                )
            )
    except csv.Error as err:
        raise InputError("csv_bad", path=path, row=row_number + 1, detail=str(err)) from None
    return notes


def _sniff_delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    counts = {delimiter: first_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _map_columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        normalized = name.strip().lower()
        for column, aliases in COLUMN_ALIASES.items():
            if normalized in aliases and column not in columns:
                columns[column] = index
    return columns
