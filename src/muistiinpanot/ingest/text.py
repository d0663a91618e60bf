"""Plain text (.txt) and Markdown (.md) note files: one note per line or bullet."""

from __future__ import annotations

import re
from pathlib import Path

from muistiinpanot.fileio import read_text
from muistiinpanot.ingest.rawnote import RawNote

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


def read_text_notes(path: Path, rel: str) -> list[RawNote]:
    """One note per non-blank line; a line that is only a bullet mark is an empty note.

    Blank lines separate notes and are not notes themselves.
    """
    notes: list[RawNote] = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        text, _ = strip_bullet(line)
        notes.append(RawNote(text=text, rel=rel, line=number))
    return notes


def read_markdown_notes(path: Path, rel: str) -> list[RawNote]:
    """Notes of a Markdown page: every bullet or paragraph line is a note; headings, rules
    and fenced code markers are structure, not notes. An indented line without a bullet that
    follows a bullet continues that note."""
    notes: list[RawNote] = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip() or _MD_HEADING.match(line) or _MD_RULE.match(line):
            continue
        if _MD_FENCE.match(line):
            continue
        text, had_bullet = strip_bullet(line)
        continues = (
            not had_bullet
            and line[:1] in (" ", "\t")
            and bool(notes)
            and (notes[-1].end_line or notes[-1].line) == number - 1
        )
        if continues:
            previous = notes[-1]
            notes[-1] = RawNote(
                text=f"{previous.text} {text}".strip(),
                rel=rel,
                line=previous.line,
                end_line=number,
            )
            continue
        notes.append(RawNote(text=text, rel=rel, line=number))
    return notes
