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
from muistiinpanot.ingest.rawnote import FileRead, RawNote
from muistiinpanot.ingest.settings import IngestSettings

logger = logging.getLogger(__name__)

#: A bullet mark at the start of a line: -, *, +, •, –, numbered "1." / "1)", checkbox "[ ]".
BULLET = re.compile(r"^\s*(?:[-*+•‣◦–—]|\d{1,3}[.)])(?:\s+|$)(?:\[[ xX]\]\s*)?")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def strip_bullet(line: str) -> tuple[str, bool]:
    """The line without its bullet mark, and whether it had one."""
    match = BULLET.match(line)
    if match:
        return line[match.end() :].strip(), True
    return line.strip(), False


def read_text_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """One note per non-blank line; a line that is only a bullet mark is an empty note.
    Blank lines separate notes and are not notes themselves. A saved meeting chat (most
    lines start with a time and a speaker) is read as a chat (ingest/chat.py)."""
    decoded = read_text_file(
        path, max_bytes=settings.max_file_bytes, encodings=settings.legacy_encodings
    )
    if looks_like_chat(decoded.text):
        return read_chat_text(rel, decoded.text, decoded.encoding)
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
    it with less indentation."""
    decoded = read_text_file(
        path, max_bytes=settings.max_file_bytes, encodings=settings.legacy_encodings
    )
    notes: list[RawNote] = []
    group: str | None = None
    bullets: list[tuple[int, int]] = []  # (indent, line) of the open bullets, outermost first
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip() or _MD_RULE.match(line) or _MD_FENCE.match(line):
            continue
        if _MD_HEADING.match(line):
            group = line.strip().strip("#").strip() or group
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
