"""Header rows of tables (.csv, .xlsx, .ods, board exports): which column holds what.

One mapping for every table reader, so a Padlet export, an Excel sheet and a hand-made CSV
accept the same Finnish and English headers. Columns that hold personal data (author, name,
e-mail) are never read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.rawnote import RawNote
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.messages import render

logger = logging.getLogger(__name__)

#: Accepted header names (case-insensitive, surrounding space ignored), best first.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "teksti", "muistiinpano", "muistiinpanot", "note", "notes", "kommentti",
        "comment", "idea", "ajatus", "vastaus", "answer", "content", "sisältö", "body",
        "viesti", "message",
    ),
    "title": ("subject", "title", "otsikko", "aihe"),
    "id": ("id", "tunniste"),
    "group": (
        "group", "ryhmä", "ryhma", "pienryhmä", "section", "osio", "frame", "kehys",
        "team", "tiimi",
    ),
    "clinic": ("clinic", "klinikka"),
}  # fmt: skip
#: Columns known not to be note text (metadata or personal data): no warning about them.
NOT_TEXT_COLUMNS = frozenset(
    (
        "author", "kirjoittaja", "tekijä", "name", "nimi", "email", "sähköposti", "e-mail",
        "created at", "updated at", "created", "updated", "date", "päivämäärä", "aika",
        "time", "timestamp", "attachment", "liite", "url", "link", "linkki", "tags",
        "tunnisteet", "color", "colour", "väri", "likes", "votes", "äänet", "reactions",
        "label", "theme", "teema", "status", "x", "y", "comments",
    )
)  # fmt: skip


def text_aliases() -> str:
    """The accepted text-column headers, for messages and the README."""
    return ", ".join(COLUMN_ALIASES["text"])


def map_columns(header: Sequence[str]) -> dict[str, int]:
    """Column name → index of the first header cell that is one of its aliases (earlier
    aliases win: a `text` column beats a `comment` column)."""
    normalized = [cell.strip().casefold() for cell in header]
    columns: dict[str, int] = {}
    for column, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in normalized:
                columns[column] = normalized.index(alias)
                break
    return columns


def table_format(header: Sequence[str], base: str) -> str:
    """Name the layout for the run log and `check`: Padlet exports have Subject and Body."""
    names = {cell.strip().casefold() for cell in header}
    if {"subject", "body"} <= names:
        return f"Padlet {base}"
    return base


@dataclass(frozen=True, slots=True)
class RowFields:
    """What one table row, JSON object or document table row says of its note: `text`
    with the title joined before it (Padlet's Subject + Body), and the optional `key` (id
    column), `group` and `clinic`; empty strings where a column is missing or blank."""

    text: str
    key: str
    group: str
    clinic: str


def row_fields(columns: Mapping[str, int], row: Sequence[str]) -> RowFields:
    """The note of one row under a header mapped by `map_columns`: the one place where a
    title column is joined to the text, so a CSV, a sheet, a JSON list and a Word table
    with the same columns give the same notes."""
    cell = {name: (row[i].strip() if i < len(row) else "") for name, i in columns.items()}
    return RowFields(
        text=_join_title(cell.get("title", ""), cell.get("text", "")),
        key=cell.get("id", ""),
        group=cell.get("group", ""),
        clinic=cell.get("clinic", ""),
    )


def fields_note(
    fields: RowFields,
    rel: str,
    *,
    group: str | None,
    line: int | None = None,
    row: int | None = None,
    ordinal: int | None = None,
) -> RawNote:
    """The note of one row's fields; `group` is used when the row names none."""
    return RawNote(
        text=fields.text,
        rel=rel,
        line=line,
        row=row,
        ordinal=ordinal,
        key=fields.key or None,
        group=fields.group or group,
        clinic=fields.clinic or None,
    )


def rows_to_notes(
    header: Sequence[str],
    rows: Iterable[tuple[int, Sequence[str]]],
    *,
    path: Path,
    rel: str,
    settings: IngestSettings,
    group: str | None = None,
    header_row: int = 1,
    strict_width: bool = True,
) -> tuple[list[RawNote], list[str]]:
    """Notes of one table, given as (row number as the user sees it, cells) after the
    header row: one note per non-blank row (a blank row is layout). Rows are consumed one
    at a time, so a table over `max_table_rows` rows or with a note over `max_note_chars`
    stops as soon as that row is read. `strict_width` (CSV) refuses a row with more cells
    than the header. Returns the notes and warnings (a second column that looks like text
    and was not read)."""
    columns = map_columns(header)
    if "text" not in columns:
        raise InputError("csv_no_text", path=path, line=header_row, aliases=text_aliases())
    notes: list[RawNote] = []
    seen_keys: set[str] = set()
    ordinal = 0
    samples: dict[int, list[str]] = {}
    used = set(columns.values())
    for row_number, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        ordinal += 1
        if ordinal > settings.max_table_rows:
            raise InputError(
                "too_many_rows", path=path, row=row_number, limit=settings.max_table_rows
            )
        if strict_width and any(cell.strip() for cell in row[len(header) :]):
            raise InputError(
                "csv_bad",
                path=path,
                row=row_number,
                detail=f"{len(row)} saraketta, otsikossa {len(header)} / "
                f"{len(row)} fields, header has {len(header)}",
            )
        fields = row_fields(columns, row)
        check_note_length(fields.text, path=path, row=row_number, settings=settings)
        for index, value in enumerate(row):
            if index not in used and len(samples.setdefault(index, [])) < 50 and value.strip():
                samples[index].append(value.strip())
        check_key(fields.key, seen_keys, path=path, row=row_number)
        notes.append(fields_note(fields, rel, group=group, row=row_number, ordinal=ordinal))
    warnings = []
    for index, values in sorted(samples.items()):
        name = header[index].strip() if index < len(header) else ""
        if name.casefold() not in NOT_TEXT_COLUMNS and _looks_like_text(values):
            warning = render("warn_text_column", used=header[columns["text"]].strip(), other=name)
            logger.warning("%s: %s", rel, warning)
            warnings.append(warning)
    return notes, warnings


def check_key(
    key: str, seen: set[str], *, path: Path, row: int | None = None, line: int | None = None
) -> None:
    """An id given in a file must be unique within it; `seen` collects the file's ids."""
    if not key:
        return
    if key in seen:
        raise InputError("duplicate_id", path=path, row=row, line=line, id=key)
    seen.add(key)


def check_note_length(
    text: str,
    *,
    path: Path,
    settings: IngestSettings,
    row: int | None = None,
    line: int | None = None,
) -> None:
    """A note longer than `max_note_chars` stops the run naming its file and place."""
    if len(text) > settings.max_note_chars:
        raise InputError(
            "note_too_long",
            path=path,
            line=line,
            row=row if line is None else None,
            length=len(text),
            limit=settings.max_note_chars,
        )


def _join_title(title: str, text: str) -> str:
    if not title or title == text:
        return text
    if not text:
        return title
    return f"{title}{'' if title[-1] in '.!?:' else '.'} {text}"


def _looks_like_text(values: list[str]) -> bool:
    """Most cells are words: letters and a space, a dozen characters or more."""
    wordy = [v for v in values if " " in v and len(v) >= 12 and any(c.isalpha() for c in v)]
    return len(wordy) * 2 > len(values) > 0
