"""The themes a clinic's post gives a slot (summarize_clinic's first step, split out of
post.py): each theme's members that may be said (eligible.py), the themes ranked and cut to
the post's slots with the next ones in reserve (choose.py), none when the clinic has too few
kept notes, and the trace of why each theme got a slot or not."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from muistiinpanot.records import Clinic, Note, Theme, ThemeResult
from muistiinpanot.summarize.choose import rank_themes, split_slots
from muistiinpanot.summarize.eligible import eligible_members, theme_members
from muistiinpanot.summarize.postparts import published
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.reasons import theme_reason
from muistiinpanot.summarize.settings import SummarySettings


class ThemeSlots(NamedTuple):
    """`members`: the note ids of each theme that may be said; `assigned`: all its note ids;
    `ranked`: the themes in rank order; `theme_trace`: per theme why it got a slot or not;
    `chosen`: the themes given a slot; `reserve`: those next in line for a freed slot."""

    members: defaultdict[str, list[str]]
    assigned: dict[str, tuple[str, ...]]
    ranked: list[Theme]
    theme_trace: dict[str, dict[str, object]]
    chosen: list[Theme]
    reserve: list[Theme]


def theme_slots(
    clinic: Clinic,
    kept: Sequence[Note],
    by_id: Mapping[str, Note],
    theme_result: ThemeResult,
    analyzer: SummaryAnalyzer,
    settings: SummarySettings,
) -> ThemeSlots:
    """The slots of `clinic`'s post among `theme_result`'s themes (`kept`: the kept notes,
    sorted by id; `by_id`: the same by id)."""
    listed = theme_members(theme_result.assignments, by_id)
    assigned = {theme_id: tuple(ids) for theme_id, ids in listed.items()}
    # a note on a seeded theme's boundary stays in it, but says nothing under its heading
    members = defaultdict(
        list,
        eligible_members(
            listed,
            {a.note_id: a.score for a in theme_result.assignments},
            {theme.id for theme in theme_result.themes if theme.kind == "seeded"},
            settings.note_score_drop,
            settings.min_theme_size,
        ),
    )
    # ties in size go to the theme whose notes that may be said more groups wrote, then to
    # the one of more such notes, not to a kind (review 52 #3)
    writers = {
        theme_id: (len({by_id[note_id].group for note_id in ids}), len(ids))
        for theme_id, ids in members.items()
    }
    ranked, theme_trace = rank_themes(
        theme_result.themes, len(kept), analyzer, settings, published(clinic), writers
    )
    chosen, reserve = split_slots(ranked, theme_trace, settings, writers)
    if len(kept) < settings.min_kept_notes:
        for theme in chosen:
            theme_trace[theme.id].update(theme_reason("too few notes in the clinic"))
        chosen, reserve = [], []
    reserve = reserve if settings.free_slots else []
    return ThemeSlots(members, assigned, ranked, theme_trace, chosen, reserve)
