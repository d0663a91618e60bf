"""CSV note files: one note per row, the text column found by its header.

Handles what spreadsheets and boards write: UTF-8 with or without BOM, UTF-16, Windows-1252
(detected), comma, semicolon or tab delimiters, quoted multi-line cells, Padlet exports
(Subject + Body, Section as the group) and Miro sticky-note exports (no header row, one
sticky per row).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.fileio import DecodedText, read_text_file
from muistiinpanot.ingest.columns import map_columns, rows_to_notes, table_format, text_aliases
from muistiinpanot.ingest.rawnote import FileRead, RawNote
from muistiinpanot.ingest.settings import IngestSettings

_DELIMITERS = ",;\t"
#: The delimiter of a one-column file: NUL never occurs in decoded text (fileio refuses it).
_ONE_COLUMN = "\x00"
#: Excel's delimiter hint on the first line ("sep=;"): not a header, and not a note.
_SEP_LINE = re.compile(r"^\s*sep=[,;\t|]\s*$")
#: csv's own cap on one field (128 KiB) would stop a long note with an unhelpful message;
#: the file-size cap bounds memory instead, and max_note_chars judges the note.
csv.field_size_limit(2**31 - 1)


def read_csv_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Read a CSV file. A row is named by the file line where it starts (the header and
    blank lines counted, a quoted multi-line cell spanning its lines), as an editor shows
    it; a row with an empty text is an empty note, not dropped; a blank line is layout."""
    decoded = read_text_file(
        path, max_bytes=settings.max_file_bytes, encodings=settings.legacy_encodings
    )
    return read_table_text(decoded, path, rel, settings, "CSV")


def looks_like_tab_table(text: str) -> bool:
    """Excel's "Unicode text" saved as .txt: tab-separated, the first line a header that
    names a text column (see columns.py)."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return "\t" in first and "text" in map_columns(first.split("\t"))


def read_table_text(
    decoded: DecodedText, path: Path, rel: str, settings: IngestSettings, kind: str
) -> FileRead:
    """The notes of a decoded CSV or TSV text (see read_csv_notes); `kind` names it."""
    text = decoded.text
    if not text.strip():
        raise InputError("csv_no_text", path=path, line=1, aliases=text_aliases())
    delimiter = sniff_delimiter(text)
    rows = (
        _one_column_rows(text, path)
        if delimiter == _ONE_COLUMN
        else list(csv_rows(text, path, delimiter))
    )
    # the header is the first non-blank row (an export may begin with a blank line) that is
    # not Excel's "sep=;" line
    non_blank = [i for i, (_, row) in enumerate(rows) if any(c.strip() for c in row)][:2]
    if non_blank and _SEP_LINE.match(delimiter.join(rows[non_blank[0]][1])):
        sep = non_blank.pop(0)
        rows[sep] = (rows[sep][0], [])  # layout; its line still counts
    first = non_blank[0] if non_blank else 0
    header_row, header = rows[first] if rows else (1, [])
    if _is_headerless_list(header, [row for _, row in rows]):
        notes = [
            RawNote(text=row[0].strip(), rel=rel, row=number, ordinal=ordinal)
            for ordinal, (number, row) in enumerate(
                ((n, r) for n, r in rows if any(c.strip() for c in r)), 1
            )
        ]
        if len(notes) > settings.max_table_rows:
            over = notes[settings.max_table_rows].row
            raise InputError("too_many_rows", path=path, row=over, limit=settings.max_table_rows)
        return FileRead(tuple(notes), "Miro CSV (ei otsikkoriviä / no header)", decoded.encoding)
    notes, warnings = rows_to_notes(
        header, rows[first + 1 :], path=path, rel=rel, settings=settings, header_row=header_row
    )
    return FileRead(tuple(notes), table_format(header, kind), decoded.encoding, tuple(warnings))


def csv_rows(text: str, path: Path, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, cells) for every row of a CSV text, a blank line as [];
    the header, blank lines and the lines of quoted multi-line cells are counted, so the
    number is the line an editor shows. A malformed row stops with InputError naming the
    line where it starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as err:
        where = {"line": 1} if start == 1 else {"row": start}
        detail = str(err).replace(f"'{_ONE_COLUMN}'", "end of line")  # never show the NUL
        raise InputError("csv_bad", path=path, detail=detail, **where) from None


def _one_column_rows(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """The rows of a one-column file: as CSV when its quotes are CSV's (a quoted multi-line
    note), else line by line, so that a note which merely begins with a quotation
    ('"Lainaus" sanoi hän') is text, not a malformed CSV cell. A quote left open (an odd
    number of quote marks) stays an error naming the line where it opens."""
    try:
        return list(csv_rows(text, path, _ONE_COLUMN))
    except InputError:
        if text.count('"') % 2:
            raise
        lines = text.removesuffix("\n").split("\n")
        return [(n, [line.rstrip("\r")] if line.strip() else []) for n, line in enumerate(lines, 1)]


def sniff_delimiter(text: str) -> str:
    """The delimiter of the first non-blank line: the commonest of comma, semicolon and tab,
    or the one an Excel `sep=;` line names. A first line with none of them is a one-column
    header, whose rows are read whole (commas inside an unquoted note are text)."""
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    if _SEP_LINE.match(first_line):
        return first_line.strip()[4]
    counts = {delimiter: first_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else _ONE_COLUMN


def _is_headerless_list(header: list[str], rows: list[list[str]]) -> bool:
    """A one-column file whose first cell is a sentence, not a column name: what Miro
    writes when sticky notes are exported to CSV (one sticky per row, no header)."""
    if not header or map_columns(header) or any(len(row) > 1 for row in rows):
        return False
    first = header[0].strip()
    return " " in first or len(first) > 30
