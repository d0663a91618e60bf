"""The theme ids an analyst's corrections rows name that this run's numbering may have changed
(review 47): an archive theme `arkisto-N` a refit renumbered or gave up (`archive --fit
archive`, themes/fitted.py), and an emergent `uusi-N` this run does not have. Run before the
rows are checked and applied (themes/correction_rows.check_theme_ids, corrections.py):

- `arkisto-N`, under a fitted model: one of the model's themes is known (the clinic may hold
  no note of it); one a refit moved (`ArchiveThemes.moved`: most of its notes are in one
  refitted theme) follows its theme, and the run warns so that the file can be updated; one
  this archive used once (below the model's next number) but a refit split or dropped is not
  applied, and the run warns; any other number was never an id of the archive: a typo,
  which check_theme_ids stops on as it stops on any id that names no theme, unless a row
  of the file labels it (`id,arkisto-99,Oma nimi`): then its note rows are not applied and
  the run warns, as for a stale `uusi-N` below (mend100: the label made a local theme of
  that id, which no archive theme is). While the model
  is being fitted (the archive's analysis of the clinics) every `arkisto-N` passes: the
  clinic's own work checks it against the model. In a run with no fitted model (a plain
  `run`) a row naming an `arkisto-N` this run has no theme of is not applied, and the run
  warns (review 48 #1): the archive applies the same file, so it is no typo to stop on.
- `uusi-N`: a note row naming an emergent id this run does not have, that no row of the file
  labels or anchors (a theme row with members), is not applied, and the run warns. It is
  no typo to stop on: `uusi-N` numbers are the run's, and a file made for a run of other
  input (notes added, clusters numbered anew) names numbers this run lacks, as a theme row
  without members does (listed, not applied); made a theme, it would be published as
  "uusi-37".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from muistiinpanot.records import Correction
from muistiinpanot.themes.correction_rows import EMERGENT
from muistiinpanot.themes.fitted import PREFIX

FITTED = re.compile(rf"^{re.escape(PREFIX)}(\d+)$")


@dataclass(frozen=True, slots=True)
class FittedIds:
    """The archive's fitted model as corrections rows may name it: `ids` its themes, `moved`
    the ids a refit gave up → where their notes went, `following` its next number (every
    `arkisto-N` below it was an id of this archive); `pending`: the model is being fitted."""

    ids: frozenset[str] = frozenset()
    moved: Mapping[str, str] = field(default_factory=dict)
    following: int = 1
    pending: bool = False


@dataclass(frozen=True, slots=True)
class RoutedRows:
    """The rows to apply; `moved` ids followed ('arkisto-3 → arkisto-7'), `gone` rows not
    applied ('rivi 4 / row 4: arkisto-3'), `stale` note rows naming an `uusi-N` this run
    does not have ('rivi 2 / row 2: uusi-37'), `unfitted` rows naming an `arkisto-N` in a
    run with no fitted model ('rivi 3 / row 3: arkisto-4'), `unused` note rows naming an
    `arkisto-N` the archive never used that a row of the file labels."""

    rows: tuple[Correction, ...]
    moved: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    stale: tuple[str, ...] = ()
    unfitted: tuple[str, ...] = ()
    unused: tuple[str, ...] = ()


def route_rows(
    rows: Sequence[Correction], theme_ids: Collection[str], fitted: FittedIds | None = None
) -> RoutedRows:
    """`rows` with renumbered `arkisto-N` ids followed and the rows naming an id that is
    gone left out (see the module docstring); `theme_ids` this run's themes."""
    named = {row.theme for row in rows if row.label or (row.is_theme_row and row.members)}
    labelled = {row.theme for row in rows if row.label}
    kept: list[Correction] = []
    moved: dict[str, None] = {}
    gone: list[str] = []
    stale: list[str] = []
    unfitted: list[str] = []
    unused: list[str] = []
    for row in rows:
        where = f"rivi {row.row} / row {row.row}: {row.theme}" if row.row else row.theme
        number = FITTED.match(row.theme)
        if number and fitted is None and row.theme not in theme_ids:
            unfitted.append(where)
            continue
        if number and fitted is not None and not fitted.pending and row.theme not in fitted.ids:
            if row.theme in fitted.moved:
                moved[f"{row.theme} → {fitted.moved[row.theme]}"] = None
                row = replace(row, theme=fitted.moved[row.theme])
            elif int(number.group(1)) < fitted.following:
                gone.append(where)
                continue
            elif not row.is_theme_row and row.theme in labelled:
                unused.append(where)
                continue
        elif (
            EMERGENT.match(row.theme)
            and not row.is_theme_row
            and row.theme not in theme_ids
            and row.theme not in named
        ):
            stale.append(where)
            continue
        kept.append(row)
    return RoutedRows(
        tuple(kept), tuple(moved), tuple(gone), tuple(stale), tuple(unfitted), tuple(unused)
    )


def pending_ids(rows: Sequence[Correction], fitted: FittedIds | None) -> list[str]:
    """The `arkisto-N` ids of `rows` that pass while the model is being fitted."""
    if fitted is None or not fitted.pending:
        return []
    return sorted({row.theme for row in rows if FITTED.match(row.theme)})
