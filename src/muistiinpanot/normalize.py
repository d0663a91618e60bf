"""Normalize stage: NFC, whitespace and invisible characters; marks empty and duplicate notes.

Never drops a note: a note set aside keeps its row with status `empty` or `duplicate`.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from muistiinpanot.records import Note

#: Soft hyphen, zero-width and bidi marks, and control characters other than whitespace
#: (NUL and the like are refused when a file is read; these are what is left).
_INVISIBLE = re.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
)
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "´": "'"})
#: Tokens of the duplicate key: a number with its sign (decimal comma or point), a word, or
#: any other single character.
_KEY_TOKEN = re.compile(r"(?P<number>(?:(?<!\w)[-−–+])?\d+(?:[.,]\d+)*)|[^\W_]+|[^\w\s]")
_SIGNS = str.maketrans({"−": "-", "–": "-", ",": "."})
#: Punctuation that changes meaning and so stays in the key.
_KEPT_PUNCTUATION = frozenset("?%‰")


def normalize_text(text: str) -> str:
    """NFC, typographic quotes to plain, invisible characters removed, whitespace collapsed.
    Idempotent: normalize_text(normalize_text(t)) == normalize_text(t)."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def duplicate_key(text: str) -> str:
    """Two notes are duplicates when they have the same words, numbers and signs, ignoring
    case and punctuation. What can change a note's meaning is kept: the sign of a number
    ("+5 %" is not "-5 %"), decimals, question marks and symbols (%, €, arrows, emoji).
    Negations ("ei", "eikä") are words, so they are kept too."""
    tokens = []
    for match in _KEY_TOKEN.finditer(text.casefold()):
        token = match.group()
        if match.group("number"):
            tokens.append(token.translate(_SIGNS))
        elif not (
            len(token) == 1
            and unicodedata.category(token).startswith("P")
            and token not in _KEPT_PUNCTUATION
        ):
            tokens.append(token)
    return " ".join(tokens)


def _has_content(text: str) -> bool:
    """A note with no letter or digit (only punctuation, symbols or emoji) is empty."""
    return any(char.isalnum() for char in text)


def normalize_notes(notes: Sequence[Note]) -> list[Note]:
    """Return copies with `clean_text` set; empty notes (no letters or digits) and repeats of
    an earlier note of the same clinic (by source order) get their status and reason."""
    order = sorted(range(len(notes)), key=lambda i: _source_order(notes[i]))
    first_by_key: dict[tuple[str, str], str] = {}
    result: list[Note | None] = [None] * len(notes)
    for index in order:
        note = notes[index]
        clean = normalize_text(note.text)
        key = duplicate_key(clean)
        if not _has_content(clean):
            result[index] = dataclasses.replace(note, clean_text=clean, status="empty")
            continue
        original = first_by_key.get((note.clinic, key))
        if original is not None:
            result[index] = dataclasses.replace(
                note, clean_text=clean, status="duplicate", duplicate_of=original
            )
            continue
        first_by_key[(note.clinic, key)] = note.id
        result[index] = dataclasses.replace(note, clean_text=clean, status="kept")
    return [note for note in result if note is not None]


def _source_order(note: Note) -> tuple[str, int, str]:
    position = note.source.line if note.source.line is not None else note.source.row or 0
    return (note.source.path, position, note.id)
