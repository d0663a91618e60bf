"""Plain text (.txt) and Markdown (.md) note files: one note per line or bullet.

Lines are split at LF only (CRLF and CR were made LF when the file was decoded): form feeds,
NEL and Unicode line or paragraph separators stay inside a note, where normalize turns them
into spaces, so line numbers stay those of the file.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from muistiinpanot.fileio import read_text_file
from muistiinpanot.ingest.chat import looks_like_chat, read_chat_text
from muistiinpanot.ingest.columns import check_key, fields_note, map_columns, row_fields
from muistiinpanot.ingest.rawnote import FileRead, RawNote, group_of_heading
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.ingest.tables import looks_like_tab_table, read_table_text

logger = logging.getLogger(__name__)

#: A bullet mark at the start of a line: -, *, +, •, –, numbered "1." / "1)", checkbox "[ ]".
BULLET = re.compile(r"^\s*(?:[-*+•‣◦–—]|\d{1,3}[.)])(?:\s+|$)(?:\[[ xX]\]\s*)?")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
#: A pipe table's row ("| Ryhmä | Idea |") and the rule under its header ("|---|:--:|").
_MD_TABLE_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s{0,3}\|(?:\s*:?-+:?\s*\|)+\s*$")
_MD_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def strip_bullet(line: str) -> tuple[str, bool]:
    """The line without its bullet mark, and whether it had one."""
    match = BULLET.match(line)
    if match:
        return line[match.end() :].strip(), True
    return line.strip(), False


def read_text_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """One note per non-blank line; a line that is only a bullet mark is an empty note.
    Blank lines separate notes and are not notes themselves. A saved meeting chat (most
    lines start with a time and a speaker) is read as a chat (ingest/chat.py), and a
    tab-separated table whose header names a text column (Excel's "Unicode text") as a
    table (ingest/tables.py)."""
    decoded = read_text_file(
        path, max_bytes=settings.max_file_bytes, encodings=settings.legacy_encodings
    )
    if looks_like_chat(decoded.text):
        return read_chat_text(rel, decoded.text, decoded.encoding)
    if looks_like_tab_table(decoded.text):  # Excel's "Unicode text": a table, not lines
        return read_table_text(decoded, path, rel, settings, "TSV (.txt)")
    notes: list[RawNote] = []
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        text, _ = strip_bullet(line)
        notes.append(RawNote(text=text, rel=rel, line=number))
    return FileRead(tuple(notes), "teksti / text", decoded.encoding)


def read_markdown_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Notes of a Markdown page: every bullet or paragraph line is a note. A heading is not
    a note: it names the group of the notes under it (until the next heading). Rules and
    fenced code markers are structure. An indented line without a bullet that follows a
    note continues it; an indented bullet is its own note whose parent is the bullet above
    it with less indentation. A pipe table whose header names a text column is read as a
    table (one note per row, columns as in a CSV); the rule under a header is layout."""
    decoded = read_text_file(
        path, max_bytes=settings.max_file_bytes, encodings=settings.legacy_encodings
    )
    notes: list[RawNote] = []
    group: str | None = None
    bullets: list[tuple[int, int]] = []  # (indent, line) of the open bullets, outermost first
    lines = decoded.text.split("\n")
    table: dict[str, int] | None = None  # columns of the pipe table read as a table
    keys: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not _MD_TABLE_ROW.match(line):
            table = None
        elif _MD_TABLE_RULE.match(line):
            continue  # the rule under a table's header row
        elif number < len(lines) and _MD_TABLE_RULE.match(lines[number]):
            columns = map_columns(_table_cells(line))  # a header row: layout when it names
            table = columns if "text" in columns else None  # a text column (columns.py)
            if table is not None:
                continue
        elif table is not None:
            cells = _table_cells(line)
            if any(cells):
                fields = row_fields(table, cells)
                check_key(fields.key, keys, path=path, line=number)
                notes.append(fields_note(fields, rel, group=group, line=number))
            continue
        if not line.strip() or _MD_RULE.match(line) or _MD_FENCE.match(line):
            continue
        if _MD_HEADING.match(line):
            group = group_of_heading(line.strip().strip("#").strip()) or group
            bullets = []
            continue
        text, had_bullet = strip_bullet(line)
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        previous = notes[-1] if notes else None
        if (
            not had_bullet
            and indent > 0
            and previous is not None
            and (previous.end_line or previous.line) == number - 1
        ):
            notes[-1] = RawNote(
                text=f"{previous.text} {text}".strip(),
                rel=rel,
                line=previous.line,
                end_line=number,
                group=previous.group,
                parent_line=previous.parent_line,
            )
            continue
        parent: int | None = None
        if had_bullet:
            while bullets and bullets[-1][0] >= indent:
                bullets.pop()
            parent = bullets[-1][1] if bullets else None
            bullets.append((indent, number))
        else:
            bullets = []
        notes.append(RawNote(text=text, rel=rel, line=number, group=group, parent_line=parent))
    if group is not None:
        logger.info("%s: Markdown headings used as group names", rel)
    return FileRead(tuple(notes), "Markdown", decoded.encoding)


def _table_cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    return [cell.strip().replace("\\|", "|") for cell in _MD_CELL_SPLIT.split(inner)]
