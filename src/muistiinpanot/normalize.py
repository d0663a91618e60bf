"""Normalize stage: NFC, whitespace and invisible characters; marks empty and duplicate notes.

Never drops a note: a note set aside keeps its row with status `empty` or `duplicate`.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from muistiinpanot.records import Note

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "´": "'"})
_NOT_WORD = re.compile(r"[\W_]+")


def normalize_text(text: str) -> str:
    """NFC, typographic quotes to plain, invisible characters removed, whitespace collapsed.
    Idempotent: normalize_text(normalize_text(t)) == normalize_text(t)."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def duplicate_key(text: str) -> str:
    """Two notes are duplicates when they have the same words, ignoring case and punctuation."""
    return _NOT_WORD.sub(" ", text.casefold()).strip()


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
        if not key:
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
