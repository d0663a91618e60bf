"""A new theme named with a near miss of a known name (review 58 #2, mend120).

A corrections row that names a theme by a name no theme has makes a new theme of that name
(correction_rows.resolve_rows), as documented; a mistyped id stops the run with a
did-you-mean (correction_rows.check_theme_ids). A name within a small edit distance of an
existing theme's label or a seeded theme's name ("Luotamus" for "Luottamus") is most likely
a typo, but may be meant: the row is applied as written and the run warns with the
did-you-mean, in the one path of correction warnings (CorrectionOutcome.notices →
summary.json `corrections.warnings`, report.html)."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Sequence

from muistiinpanot.messages import render
from muistiinpanot.records import CHATTER_THEME, Correction
from muistiinpanot.themes.correction_rows import EMERGENT, theme_key


def near_name_warnings(
    rows: Sequence[Correction],
    ids: Collection[str],
    names: Collection[str],
    file: str,
    cutoff: float,
) -> tuple[str, ...]:
    """One warning per row whose theme, written as a name (not an id: `theme_key` changes it),
    names no theme (`ids`: the run's and seeded themes' ids; `names`: their labels and
    seeded names, and their ids: "Siilo" for "siilot") yet is within `cutoff` (difflib's ratio,
    case folded; `[corrections] near_name_cutoff`) of one of `names`."""
    known = {name.casefold(): name for name in names if name}
    warnings: list[str] = []
    for row in rows:
        name = row.theme
        if (
            theme_key(name) == name
            or name.casefold() in known
            or theme_key(name) in ids
            or name.casefold() == CHATTER_THEME
            or EMERGENT.match(name)
        ):
            continue
        near = difflib.get_close_matches(name.casefold(), sorted(known), n=1, cutoff=cutoff)
        if near:
            warnings.append(
                render(
                    "corrections_near_name", file=file, row=row.row, theme=name, near=known[near[0]]
                )
            )
    return tuple(warnings)
