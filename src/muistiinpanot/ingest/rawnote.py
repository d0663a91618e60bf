"""What a reader returns: note text and where it stood, before ids are given."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a file stem that names a numbered group: one word, a separator or none, and a number
_NUMBERED = re.compile(r"([^\W\d_]+)[\s_-]*(\d+)")
# the nouns that name a workshop group (a closed class), also as a compound's last part
# ("pienryhmä", "työryhmä", "kokoushuone"): Finnish with the ASCII spelling file names give
# them, English words whole. Only a stem or heading of one is named as a group
_GROUP_NOUNS = {"ryhmä": "ryhmä", "ryhma": "ryhmä", "pöytä": "pöytä", "poyta": "pöytä",
                "tiimi": "tiimi", "huone": "huone"}  # fmt: skip
_ENGLISH_GROUP_NOUNS = frozenset({"group", "table", "team", "room"})
# a heading that names a numbered group, and what it may say after it
_NUMBERED_HEADING = re.compile(r"([^\W\d_]+)[\s_-]*(\d+)[\s:.,–-]*(.*)")
# words a heading says of the page itself, not of its group ("Ryhmä 2 muistiinpanot")
_PAGE_WORDS = frozenset(
    {"muistiinpanot", "muistiinpanoja", "muistiinpano", "muistio", "kirjaukset", "notes"}
)


@dataclass(frozen=True, slots=True)
class RawNote:
    """A note as read from a file: `rel` is the file's path relative to the clinic folder;
    `line` (text files) or `row` (tables) locates it as the user sees it: a CSV's row is the
    file line where the row starts (the header and blank lines counted), a sheet's row is
    its row number in the spreadsheet, a JSON note's row the object's number. `ordinal`
    (tables) counts the non-blank data rows from 1 and numbers the note's id, as it always
    has, so gold labels and corrections files keep matching. `key` is an id given in the
    file itself (a table's `id` column); `group`/`clinic` override the defaults;
    `parent_line` is the line of the note this one hangs under (a nested bullet)."""

    text: str
    rel: str
    line: int | None = None
    row: int | None = None
    end_line: int | None = None
    key: str | None = None
    group: str | None = None
    clinic: str | None = None
    parent_line: int | None = None
    ordinal: int | None = None


@dataclass(frozen=True, slots=True)
class FileRead:
    """One file's notes and what `check` reports about it: `format` names the layout
    ("CSV", "Padlet CSV", "Zoom chat" ...), `encoding` the text encoding when the file is
    text, `warnings` anything read with a doubt (Finnish / English texts)."""

    notes: tuple[RawNote, ...]
    format: str
    encoding: str = ""
    warnings: tuple[str, ...] = ()


def group_of_stem(stem: str) -> str:
    """The group a file names by its stem, in the form a heading or a group column gives it:
    a word and a number ("ryhma1", "ryhma_2", "Ryhmä-3") → "Ryhmä 1", the word capitalised
    and spelled with ä/ö where file names leave them out, so a group named by its file reads
    like one named by a heading (review 38 #21: "ryhma1" beside "Ryhmä 2"). Other stems stay
    as they are; note ids are made from the file's path, never from the group."""
    match = _NUMBERED.fullmatch(stem.strip())
    if match is None:
        return stem
    word, number = match.groups()
    word = _spelled(word) or word.casefold()
    return f"{word[:1].upper()}{word[1:]} {int(number)}"


def _spelled(word: str) -> str | None:
    """`word` as a group noun is written, when it is one (module constants): its last part
    spelled with ä/ö ("pienryhma" → "pienryhmä"), the rest as written; None for any other."""
    lower = word.casefold()
    if lower in _ENGLISH_GROUP_NOUNS:
        return lower
    for noun, spelled in _GROUP_NOUNS.items():
        if lower.endswith(noun):
            return lower[: len(lower) - len(noun)] + spelled
    return None


def group_of_heading(heading: str) -> str:
    """The group a heading names: a numbered group alone or with a word for the page
    itself after it ("ryhmä 3", "Ryhmä 2 muistiinpanot") in the form a file stem gives it
    ("Ryhmä 3", "Ryhmä 2": group_of_stem), so the same group is not two in the charts (review
    91 #7), when its word is a group noun (ryhmä, pöytä, tiimi, group, table, team); any
    other heading as it is, spaces collapsed."""
    text = " ".join(heading.split())
    match = _NUMBERED_HEADING.fullmatch(text)
    if match is None:
        return text
    word, number, rest = match.groups()
    if _spelled(word) is None or (rest and rest.casefold() not in _PAGE_WORDS):
        return text  # "ELY 3", "Covid-19", "Q3" name no group (review 92 #4)
    return group_of_stem(f"{word}{number}")
