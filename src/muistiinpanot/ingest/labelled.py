"""Labelled note files (id,text,label CSVs): the gold sets `evaluate` scores against and the
example notes (models/training/*.csv) the themes stage learns from. Read like every other
CSV: any supported encoding, comma, semicolon or tab, quoted multi-line cells."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.fileio import read_text_file
from muistiinpanot.ingest.tables import csv_rows, sniff_delimiter
from muistiinpanot.records import Note, SourceRef

_GOLD_COLUMNS = ("id", "text", "label")


def read_gold(path: Path) -> tuple[list[Note], dict[str, str], int, list[str]]:
    """Notes (status kept) and gold labels by id from a gold CSV; also the number of rows with
    an empty text (skipped: not scored) and every row's id in file order."""
    notes: list[Note] = []
    labels: dict[str, str] = {}
    skipped = 0
    order: list[str] = []
    for number, row in _rows(path, _GOLD_COLUMNS, "gold_no_column"):
        note_id, label, body = row["id"], row["label"], row["text"]
        if note_id:
            order.append(note_id)
        if not body:
            skipped += 1
            continue
        if not note_id or not label:
            column = "id" if not note_id else "label"
            raise InputError("gold_no_column", path=path, row=number, column=column)
        if note_id in labels:
            raise InputError("duplicate_id", path=path, row=number, id=note_id)
        labels[note_id] = label
        source = SourceRef(path.name, row=number)
        notes.append(Note(note_id, path.stem, "", body, source, clean_text=body))
    return notes, labels, skipped, order


def read_examples(folder: Path) -> list[tuple[str, str]]:
    """(text, label) rows of every CSV in `folder` (sorted by file name), empty texts skipped;
    no rows when the folder is missing or holds no CSV file."""
    return [row for _, rows in read_example_files(folder) for row in rows]


def read_example_files(folder: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(file name without `.csv`, its `read_examples_file` rows) of every CSV in `folder`,
    sorted by file name; none when the folder is missing."""
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    return [(path.stem, read_examples_file(path)) for path in files]


def read_examples_file(path: Path) -> list[tuple[str, str]]:
    """(text, label) rows of one examples CSV; a row without a label is an error."""
    rows: list[tuple[str, str]] = []
    for number, row in _rows(path, ("text", "label"), "gold_no_column", line_error=True):
        if not row["label"]:
            raise InputError("gold_no_column", path=path, row=number, column="label")
        if row["text"]:
            rows.append((row["text"], row["label"]))
    return rows


def _rows(
    path: Path, columns: tuple[str, ...], missing_key: str, *, line_error: bool = False
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line where the row starts, stripped values of `columns`) for every row but blank
    lines; a missing column is an error naming the columns (row 1, or line 1 when
    `line_error`)."""
    text = read_text_file(path).text
    rows = csv_rows(text, path, sniff_delimiter(text))
    _, header = next(rows, (1, []))
    missing = [column for column in columns if column not in header]
    if missing:
        where = {"line": 1} if line_error else {"row": 1}
        column = ", ".join(columns) if line_error else missing[0]
        raise InputError(missing_key, path=path, column=column, **where)
    index = {column: header.index(column) for column in columns}
    for number, row in rows:
        if row:
            yield number, {c: row[i].strip() if i < len(row) else "" for c, i in index.items()}
