"""CorrectionOutcome: what an analyst's corrections did to one clinic's themes
(themes/corrections.py), as the run warns, summary.json records and report.html tells it.
Its own module so that corrections.py stays one step of work (review 41 #10)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CorrectionOutcome:
    """What the corrections did: `corrected` note ids (analyst's theme kept), `followed` and
    `pulled` ids (moved along), `unknown_ids` (no kept note has the id), `clashes` (one note
    or theme given two different values: 'id: a | b'), `renamed` theme ids → labels (the analyst's
    labels; `created` those of them that name a theme the run did not have: a new theme,
    not a rename, review 53 #3);
    `theme_rows` the ids of the themes that theme rows (no note id) found, `unplaced` the
    theme rows that found no theme ('uusi-3 (Lumivallit)'), `stale` those whose members'
    texts have changed ('rivi 5 / row 5: uusi-2 (Lumi)'), `same_label` labels that two
    themes now share; `relocated` note rows found by their text at another id ('old →
    new'), `lost` and `ambiguous` note rows not applied because their text is gone or on
    several notes ('rivi 4 / row 4: f:6 → Lumi'), `edited` note rows applied at their id
    although its text was edited in place (near the printed one); `file` the corrections
    file's name;
    `carried` the examples carried from earlier clinics that were given, and
    `carried_pulled` the ids of `pulled` that a carried example moved; `other_clinics` the
    clinic names the file's printed ids were written under that are not this clinic's (a
    renamed folder: its rows were read at the same files and lines, review 40 #27; `foreign`:
    most printed rows were not found, so the file is another clinic's and none was applied);
    `set_aside` the kept notes the analyst set aside as meeting talk (status `chatter` from
    now on), `restored` the chatter notes the analyst put in a theme (status `kept`, also in
    `corrected`); `moved_ids` the `arkisto-N` ids a refit renumbered, followed ('arkisto-3
    → arkisto-7'), `gone_ids` the rows naming one a refit split or dropped and `stale_ids`
    the note rows naming an `uusi-N` this run does not have, not applied ('rivi 4 / row 4:
    arkisto-3'; themes/correction_ids.py); `unfitted_ids` the rows naming an `arkisto-N`
    in a run with no fitted model, and `unused_ids` the note rows naming one the archive
    never used that the file labels, not applied; `notices` the warnings of the file's
    reader on its rows (ingest/corrections.py: extra cells, members on a note row, a
    meeting-talk row), first among the warnings; `columns` the file's columns by the names
    its header gives them (ingest/corrections.column_names), for the warnings' advice."""

    corrected: tuple[str, ...] = ()
    followed: tuple[str, ...] = ()
    pulled: tuple[str, ...] = ()
    unknown_ids: tuple[str, ...] = ()
    clashes: tuple[str, ...] = ()
    renamed: Mapping[str, str] = field(default_factory=dict)
    created: tuple[str, ...] = ()
    theme_rows: tuple[str, ...] = ()
    unplaced: tuple[str, ...] = ()
    stale: tuple[str, ...] = ()
    same_label: tuple[str, ...] = ()
    relocated: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    file: str = ""
    carried: int = 0
    carried_pulled: tuple[str, ...] = ()
    other_clinics: tuple[str, ...] = ()
    set_aside: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    foreign: bool = False
    moved_ids: tuple[str, ...] = ()
    gone_ids: tuple[str, ...] = ()
    stale_ids: tuple[str, ...] = ()
    unfitted_ids: tuple[str, ...] = ()
    unused_ids: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    columns: Mapping[str, str] = field(default_factory=dict)
    #: the `restored` notes' rows in the themes stage's note space (report.html's map)
    restored_vectors: tuple[tuple[float, ...], ...] = ()
