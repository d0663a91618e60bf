"""Note ids of an analyst's corrections found in this run by their text's print: a theme
row's members (check_members) and a note row's note (place_note_rows). A theme row's members
are then matched to this run's emergent clusters (correction_matching.py).

A member id is `file:line`, so a line deleted or added above it moves the id onto another
note (review 36, finding 3). The page therefore writes each member as `id#print`, the
print 8 hex digits of its text's sha1 (records.Note.fingerprint), and `check_members`
checks them first: a member whose id still holds its text counts; one whose text is now at
another id (the line moved) counts at that id; one whose text is gone does not count. A
row fewer than half (`member_share`) of whose printed members are found this way is stale:
it renames nothing and the run warns, naming the row. Members without a print (older files, or typed
by hand) count by their id, as before.

A note row (`id,theme`: the analyst moved one note) names its note the same way, `id#print`
(mend70), and `place_note_rows` finds it by the same rule (`find_notes`, one function for
both row kinds): at its id when the id still holds its text, else at the one other id that
holds it; a row whose text is gone, or is on two notes (never a guess), is not applied and
the run warns, naming the file and row. An unprinted note row applies by its id.

A note edited in place (a typo fixed, a word added, its id kept: review 39 #3, mend73) has
a print found nowhere; when its id still holds a text near the printed one and no other note
holds the print, the entry is found at its id (`edited`) and the run says so. "Near" is one
rule on the words: the print carries a 64-bit sketch of the text's words
(records.Note.fingerprint), and two texts are near when the Jaccard overlap of their
sketches is at least `near_words` (CorrectionSettings, 0.6: one word of five changed, or one
added to four, is near; two unrelated notes of eight words overlap about 0.15).

An entry that is a note id of this run whole is that id, unprinted: a table note's id
`file.csv#20261111` ends in 8 hex digits as `id#print` does (review 39 #1, mend73). Only an
entry the run does not know whole has its last `#xxxxxxxx` read as a print.

A printed entry whose clinic part (the id's first part, the clinic folder's name) is not
this run's clinic was written before the folder was renamed (review 40 #27): it is read at
the same file and line of this clinic (`at_home`), so that a note edited in place is found
there as in the original folder; its print still decides. An unprinted entry (an older
page's) is read there too when this clinic has a note at that file and line (mend84: the
printed rows of the same file vouch for the rename, and a file most of whose printed rows
are not found here is another clinic's and applies nowhere, correction_rows.foreign_file);
else it stays unknown, and the run says which clinic it names.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from muistiinpanot.records import Correction
from muistiinpanot.themes.correction_rows import at_home, run_clinic

_PRINT = re.compile(r"[0-9a-f]{8}(?:~[0-9a-f]{16})?")  # records.Note.fingerprint; older: 8


def near(old: str, new: str, share: float) -> bool:
    """Whether two prints (records.Note.fingerprint) are of texts most of whose words are the
    same: the Jaccard overlap of their word sketches is at least `share`
    (CorrectionSettings.near_words). A print without a sketch (older files) is near nothing."""
    old_bits, new_bits = old.partition("~")[2], new.partition("~")[2]
    if not old_bits or not new_bits:
        return False
    a, b = int(old_bits, 16), int(new_bits, 16)
    union = (a | b).bit_count()
    return union > 0 and (a & b).bit_count() >= share * union


def split_member(member: str, known: Collection[str] = ()) -> tuple[str, str]:
    """(note id, text print or '') of a theme row's member or a note row's id (`id#print`
    or `id`). An entry that is one of the `known` note ids whole is an id without a print: a
    table note's id is `file.csv#<id column>`, and an id column of dates ("20261111") ends
    in 8 hex digits too (review 39 #1); only otherwise is a last `#xxxxxxxx` a print."""
    if member in known:
        return member, ""
    note_id, mark, tail = member.rpartition("#")
    return (note_id, tail) if mark and _PRINT.fullmatch(tail) else (member, "")


@dataclass(frozen=True, slots=True)
class Found:
    """Where an `id#print` entry's note is in this run: `note_id` ('' when not found) and
    `how`: at its own id (`same`), at another id (`moved`), at its own id edited in place
    (`edited`: the print is nowhere, and the id holds a text near the printed one), nowhere
    (`gone`), on several notes and so not guessed (`ambiguous`, those ids in `candidates`),
    or taken by its id for want of a print (`unprinted`)."""

    note_id: str
    how: Literal["same", "moved", "edited", "gone", "ambiguous", "unprinted"]
    candidates: tuple[str, ...] = ()


def find_notes(
    entries: Iterable[str], prints: Mapping[str, str], near_words: float = 0.6
) -> dict[str, Found]:
    """Each entry (`id#print` or `id`, a theme row's member or a note row's id) → where its
    note is in this run; `prints` is each kept note's text print (records.Note.fingerprint),
    `near_words` CorrectionSettings.near_words. The one rule for both row kinds: see the
    module docstring."""
    holders: dict[str, list[str]] = {}
    for note_id, value in sorted(prints.items()):
        holders.setdefault(_exact(value), []).append(note_id)
    found: dict[str, Found] = {}
    clinic = run_clinic(prints)
    for entry in entries:
        note_id, value = split_member(entry, prints)
        if at_home(entry, clinic) in prints:  # a table id of dates, written in another folder
            note_id, value = entry, ""
        at = holders.get(_exact(value), [])
        if not value:
            home = at_home(note_id, clinic)
            found[entry] = Found(home if home in prints else note_id, "unprinted")
            continue
        note_id = at_home(note_id, clinic)
        if _exact(prints.get(note_id, "")) == _exact(value):
            found[entry] = Found(note_id, "same")
        elif len(at) == 1:
            found[entry] = Found(at[0], "moved")
        elif at:
            found[entry] = Found("", "ambiguous", tuple(at))
        elif note_id in prints and near(value, prints[note_id], near_words):
            found[entry] = Found(note_id, "edited")
        else:
            found[entry] = Found("", "gone")
    return found


def _exact(value: str) -> str:
    """The print of the text itself (a fingerprint's part before its word sketch)."""
    return value.partition("~")[0]


@dataclass(frozen=True, slots=True)
class PlacedRows:
    """Note rows placed by `place_note_rows`: `rows` (every theme row, and each note row that
    was found, with the id where its note is now and no print), `relocated` ('old → new' ids),
    `lost` and `ambiguous` (rows not applied: 'rivi 4 / row 4: f:6 → Lumi', the latter with
    the ids that hold the text in brackets)."""

    rows: tuple[Correction, ...]
    relocated: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    #: the clinic names printed ids (of note rows and members) were written under that are
    #: not this run's clinic: the folder was renamed, or the file is another clinic's
    other_clinics: tuple[str, ...] = ()


def place_note_rows(
    rows: Sequence[Correction], prints: Mapping[str, str], near_words: float = 0.6
) -> PlacedRows:
    """`rows` with each note row's id checked against its print (`find_notes`); `prints` and
    `near_words` as there. A note row without a print is kept as it is (taken by its id);
    one applied at its id edited in place is listed in `edited` ('rivi 4 / row 4: f:6 →
    Lumi')."""
    entries = (row.note_id for row in rows if not row.is_theme_row)
    found = find_notes(entries, prints, near_words)
    placed: list[Correction] = []
    relocated: list[str] = []
    lost: list[str] = []
    ambiguous: list[str] = []
    edited: list[str] = []
    clinic = run_clinic(prints)
    for row in rows:
        where = found.get(row.note_id)
        if where is None:
            placed.append(row)
            continue
        if where.how == "unprinted":  # by its id, read in this folder if it was renamed
            placed.append(replace(row, note_id=where.note_id))
            continue
        written = split_member(row.note_id, prints)[0]
        # the note, not its file: a line's id (`file:line`) or one this run knows is named
        # without its print; else (`file.csv`, a table row's id cut short) as it was written
        shown = written if written in prints or ":" in written.rpartition("/")[2] else row.note_id
        named = f"rivi {row.row} / row {row.row}: {shown} → {row.theme}"
        if where.how == "gone":
            lost.append(named)
        elif where.how == "ambiguous":
            ambiguous.append(f"{named} ({', '.join(where.candidates)})")
        else:
            if where.how == "edited":
                edited.append(named)
            elif where.note_id != at_home(written, clinic):
                relocated.append(f"{written} → {where.note_id}")
            placed.append(replace(row, note_id=where.note_id))
    every = (e for row in rows for e in (row.members if row.is_theme_row else (row.note_id,)))
    written_ids = (split_member(entry, prints) for entry in every)
    heads = {
        i.partition("/")[0]
        for i, value in written_ids
        if "/" in i and (value or (i not in prints and at_home(i, clinic) in prints))
    }  # printed ids, and unprinted ones read in this folder
    others = tuple(sorted(heads - {clinic})) if clinic else ()
    lists = tuple(relocated), tuple(lost), tuple(ambiguous), tuple(edited)
    return PlacedRows(tuple(placed), *lists, other_clinics=others)


def check_members(
    members_of: Mapping[str, tuple[str, ...]],
    prints: Mapping[str, str],
    share: float = 0.5,
    near_words: float = 0.6,
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """(theme key → the ids of its members in this run, keys of stale rows) for `members_of`
    (theme key → the members its row gave); `prints` is each kept note's text print in this
    run; a row is stale when fewer than `share` of its printed members are found
    (CorrectionSettings.member_share). See the module docstring."""
    checked: dict[str, tuple[str, ...]] = {}
    stale: list[str] = []
    for key, members in members_of.items():
        if not key.startswith("*"):  # a seeded or named theme keeps its id: no matching
            checked[key] = tuple(split_member(member, prints)[0] for member in members)
            continue
        found = list(find_notes(members, prints, near_words).values())
        printed = sum(where.how != "unprinted" for where in found)
        located = sum(where.how in ("same", "moved", "edited") for where in found)
        ids = [where.note_id for where in found if where.note_id]
        if located < share * printed:
            stale.append(key)
        else:
            checked[key] = tuple(dict.fromkeys(ids))
    return checked, tuple(sorted(stale))


def stale_rows(
    keys: Iterable[str], rows: Iterable[Correction], labels: Mapping[str, str]
) -> tuple[str, ...]:
    """'rivi 5 / row 5: uusi-2 (Talvikunnossapito)' for each stale row's key."""
    numbers = {f"*{row.theme}": row.row for row in rows if row.is_theme_row}
    return tuple(
        f"rivi {numbers.get(key, 0)} / row {numbers.get(key, 0)}: {key[1:]}"
        + (f" ({labels[key]})" if labels.get(key) else "")
        for key in keys
    )
