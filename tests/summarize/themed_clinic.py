"""A clinic built from groups of hand-written notes, each group given its theme, and its post:
the one builder of the summary tests that need a post of known themes
(test_seeded_headings.py, test_post_repeats.py, test_heading_words.py,
test_second_bullets.py). Notes normalized and
lemmatized with the real model; each note assigned its group's theme with score 0.9, each
theme sized by its group."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import (
    BlogPost,
    Clinic,
    Note,
    SourceRef,
    Theme,
    ThemeAssignment,
    ThemeResult,
)
from muistiinpanot.summarize import SummarySettings, summarize_clinic

#: The settings the builders' posts are summarized with unless a test gives its own: every
#: theme may have a bullet, and no second bullet is merged into the first.
POST_SETTINGS = SummarySettings(min_kept_notes=1, merge_second_bullet=False)


def themed_notes(
    clinic_id: str,
    groups: Sequence[tuple[Theme, Sequence[str]]],
    analyzer: LemmaAnalyzer,
    *,
    group_count: int = 3,
) -> tuple[list[Note], ThemeResult]:
    """The notes of clinic `clinic_id` that are `groups`' texts in order, note i (from 1) in
    `r.txt` line i, group `ryhma{i % group_count}`, and the themes that hold them."""
    texts = [text for _, group in groups for text in group]
    raw = [
        Note(f"{clinic_id}/r.txt:{i}", clinic_id, f"ryhma{i % group_count}", text,
             SourceRef("r.txt", i))
        for i, text in enumerate(texts, start=1)
    ]  # fmt: skip
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    themes, assignments, position = [], [], 0
    for theme, group in groups:
        themes.append(dataclasses.replace(theme, size=len(group), share=len(group) / len(texts)))
        for _ in group:
            assignments.append(ThemeAssignment(notes[position].id, theme.id, 0.9))
            position += 1
    return notes, ThemeResult(tuple(themes), tuple(assignments))


def summarize_groups(
    clinic: Clinic,
    groups: Sequence[tuple[Theme, Sequence[str]]],
    analyzer: LemmaAnalyzer,
    settings: SummarySettings = POST_SETTINGS,
    *,
    group_count: int = 3,
) -> tuple[BlogPost, dict[str, object]]:
    """The post (and its trace) of `clinic` whose notes are themed_notes of `groups`."""
    notes, result = themed_notes(clinic.id, groups, analyzer, group_count=group_count)
    return summarize_clinic(clinic, notes, result, analyzer, settings)
