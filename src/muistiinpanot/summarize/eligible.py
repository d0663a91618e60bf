"""Which notes of a seeded theme may speak in its bullet: those the themes stage placed in it
about as confidently as it placed the theme's typical note. A note whose assignment score
(ThemeAssignment.score, the blended classifier's) is more than `[summary] note_score_drop`
below the median score of its theme's notes lies on the theme's boundary ("Vegaaniruokavalio
pitäisi hyväksyä …" in innovation leadership, "Soittopyyntöön vastataan vasta viikon
päästä" in openness): it stays in its theme for every table and count, but its sentence is
not printed under that theme's heading. Relative to the theme's own median, so that one
setting serves themes of looser or tighter notes; a theme keeps at least its
`min_theme_size` best-scored notes, so no theme loses its bullet to this rule alone.

Only seeded themes: an emergent theme's score is a note's cosine to its cluster's centroid,
which told the notes of another topic from the theme's own much less well on the dev
clinics (docs/how-it-works.md, "Summary, round 21: off-theme sentences"), and dropping them
cost more of what the post says than it kept out."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from muistiinpanot.records import ThemeAssignment


def theme_members(
    assignments: Sequence[ThemeAssignment], kept: Collection[str]
) -> dict[str, list[str]]:
    """The ids of the `kept` notes by theme, in note id order (the notes the themes stage
    placed in each theme, before eligible_members drops those on a theme's boundary)."""
    members: dict[str, list[str]] = defaultdict(list)
    for assignment in sorted(assignments, key=lambda a: a.note_id):
        if assignment.note_id in kept:
            members[assignment.theme].append(assignment.note_id)
    return members


def eligible_members(
    members: Mapping[str, Sequence[str]],
    scores: Mapping[str, float],
    confident: Collection[str],
    drop: float,
    keep: int,
) -> dict[str, list[str]]:
    """`members` (note ids by theme, in order) where, in each theme of `confident` (the
    seeded ones), the notes whose `scores` (by note id) are more than `drop` below the
    theme's median are left out; such a theme keeps at least its `keep` best-scored notes.
    Unchanged when `drop` is 1 or more (scores lie in [0, 1])."""
    out: dict[str, list[str]] = {}
    for theme, ids in members.items():
        if drop >= 1.0 or theme not in confident or not ids:
            out[theme] = list(ids)
            continue
        median = statistics.median(scores.get(i, 0.0) for i in ids)
        best = set(sorted(ids, key=lambda i: (-scores.get(i, 0.0), i))[:keep])
        out[theme] = [i for i in ids if i in best or scores.get(i, 0.0) >= median - drop]
    return out
