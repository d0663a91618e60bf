"""An analyst's label is published as written (review 70 #3): the headings of the post name
each theme as its bullets say it (headingwords.said_headings: "Henkilöstö ja vakuutus" →
"Henkilöstö"), but a label an analyst gave in corrections.csv (`Theme.edited`) is their
name for the theme, which the heading, the opening and the title keep whole."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from muistiinpanot.records import Bullet, Theme
from muistiinpanot.summarize.headingwords import said_headings
from muistiinpanot.summarize.protocols import Speller


def said_or_written(
    bullets: Sequence[Bullet],
    trace: Sequence[dict[str, object]],
    themes: Sequence[Theme],
    voikko: Speller,
    seeded_parts: bool = True,
) -> tuple[list[Bullet], list[dict[str, object]], list[Theme]]:
    """said_headings of the post's bullets, their traces and bullet themes, but with each
    edited theme's label left as written: such a theme goes through as no emergent or
    seeded theme (said_heading keeps the label of any other kind) and comes back as it was."""
    edited = {theme.id: theme for theme in themes if theme.edited}
    passed = [dataclasses.replace(t, kind="muu") if t.id in edited else t for t in themes]
    new_bullets, new_trace, new_themes = said_headings(bullets, trace, passed, voikko, seeded_parts)
    return new_bullets, new_trace, [edited.get(t.id, t) for t in new_themes]
