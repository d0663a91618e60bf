"""The records report.html shows: what an analyst's corrections did (`AppliedCorrections`, built
by app/correction_views.py) and one note as the page draws it (`NoteView`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class AppliedCorrections:
    """What an analyst's corrections did to the clinic, as the page tells it: the file's name, the
    ids of the corrected notes, of the notes moved along with them (their cluster followed, or
    pulled by similarity), of those moved by corrections carried from earlier clinics (the
    archive), and how many ids of the file matched no kept note; the ids of the themes the
    analyst labelled (`renamed`; of them `created` the new themes the run did not have, told
    apart: review 53 #3), and of those its theme rows found (a second download writes those rows
    again), and how many theme rows found no theme; the note rows not applied because their
    note's text is gone or on several notes (`lost`, mend70: 'rivi 4 / row 4: f:6 → Lumi',
    listed under the line, as the next download drops them: review 39 #10), and those applied to
    a note edited on its own line (`edited`, listed beside them: review 40 #23); the clinic
    names the file's ids were written under that are not this clinic's (`other_clinics`: a
    renamed folder, review 40 #27, or another clinic's file: `foreign`, none applied, review 41
    #5); the notes the analyst set aside as meeting talk (`set_aside`, review 40 #20: its next
    download sets them aside again) and those brought back from it into a theme (`restored`,
    counted in the page's line as summary.json counts them: review 80 #3); `unsaid` the
    corrected notes the post does not say (summary.json `unsaid_moves`, review 80 #2: told in
    the line and on their theme's card), `unsaid_why` why, by shown id (Finnish, English: the
    summary's `unsaid_reasons`, review 84 #3); `warnings` the run's warnings about the corrections,
    as it prints them (mend100: which rows were not applied, and why)."""

    file: str = ""
    corrected: frozenset[str] = frozenset()
    moved: frozenset[str] = frozenset()
    carried: frozenset[str] = frozenset()
    unknown: int = 0
    renamed: frozenset[str] = frozenset()
    created: frozenset[str] = frozenset()
    theme_rows: frozenset[str] = frozenset()
    unplaced: int = 0
    lost: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    other_clinics: tuple[str, ...] = ()
    foreign: bool = False
    set_aside: frozenset[str] = frozenset()
    restored: frozenset[str] = frozenset()
    unsaid: tuple[str, ...] = ()
    unsaid_why: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def mark(self, note_id: str) -> str:
        """What the corrections did to note `note_id`, as its line on the page says it (the
        first that holds: corrected, set aside, moved along, moved by a carried correction),
        or empty."""
        if note_id in self.corrected:
            return "korjattu"
        if note_id in self.set_aside:
            return "kokouspuhe: korjattu"
        if note_id in self.moved:
            return "siirtyi korjausten mukana"
        if note_id in self.carried:
            return "siirtyi aiemman klinikan korjauksen mukana"
        return ""


@dataclass(frozen=True, slots=True)
class NoteView:
    """One note as the page shows it; `anchor` is its element id (note ids hold '/', ':')."""

    anchor: str
    id: str
    group: str
    text: str
    theme: str
    score: float | None
    lemmas: str
    status: str
    duplicate_of: str
    #: "korjattu", "siirtyi korjausten mukana" ... (AppliedCorrections.mark), or empty
    mark: str = ""
    #: a table note's row as its file shows it (its id numbers the data rows instead)
    row: int | None = None
