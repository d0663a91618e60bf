"""A seeded theme is a point of a clinic only when several of its groups make it (post48).

The seeded decision (seeded_choice.py) is made note by note, against priors learnt from
example sets where most notes are on a seeded theme. In a real clinic most notes are on its
own topics, and a seeded theme that one or two groups' notes happen to touch ("painoraja
pitää tarkistaa" read as trust) heads a bullet of notes on another topic. Here, in a batch
of at least `calibrate_min_notes` notes from more groups than `seeded_min_groups`, a seeded
theme whose notes come from fewer than `seeded_min_groups` groups gives them back: they go
to the emergent clustering with the batch's other unclaimed notes, as an emergent theme
needs `min_cluster_size` notes before it is a theme (docs/how-it-works.md, "Seeded
headings fit (post48)"). A batch of as few groups as that (one file, a CSV without a
group column) is left as decided: there a theme cannot show itself in several groups.
Shipped off (`seeded_min_groups = 0`): at 3 it met every part of post48's landing rule but
the read of 30 moved sentences (8 worse). With `seeded_keep_fit` above 0 (post50), a note of
such a theme whose own seeded fit is at least that stays: the group count says the theme is
no point of the clinic, the note's fit that this one note is on it all the same.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from muistiinpanot.records import NO_THEME
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.settings import ThemeSettings

__all__ = ["release_narrow_themes"]


def release_narrow_themes(
    theme_of: list[str],
    score_of: np.ndarray,
    groups: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    settings: ThemeSettings,
) -> list[str]:
    """The ids of the seeded themes released: each note of a seeded theme held by fewer than
    `settings.seeded_min_groups` of `groups` is set to NO_THEME in `theme_of` (in place),
    its score to 1 - its seeded fit, as decide_seeded scores an unclaimed note; a note
    whose fit is at least `settings.seeded_keep_fit` (when above 0) keeps its theme."""
    needed = settings.seeded_min_groups
    if needed <= 0 or len(theme_of) < settings.calibrate_min_notes:
        return []
    if len(set(groups)) <= needed:
        return []
    released: list[str] = []
    for definition in definitions:
        rows = [row for row, theme in enumerate(theme_of) if theme == definition.id]
        if not rows or len({groups[row] for row in rows}) >= needed:
            continue
        keep = settings.seeded_keep_fit
        rows = [row for row in rows if keep <= 0 or score_of[row] < keep]
        if not rows:
            continue
        released.append(definition.id)
        for row in rows:
            theme_of[row] = NO_THEME
            score_of[row] = 1.0 - score_of[row]
    return released
