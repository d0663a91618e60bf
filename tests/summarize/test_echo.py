"""Points a post has not yet said come first (real spaCy parser and Voikko): in the choice of
the points after a bullet's opening, the lemmas earlier bullets said weigh
`[summary] echo_weight` as much (summarize/bullets.py, summarize/post.py)."""

from __future__ import annotations

import dataclasses

import pytest
from fixture_clinic import group_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, Theme
from muistiinpanot.summarize.bullets import BulletInputs, build_bullet
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.pieces import Voice
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.tidy import tidy_note

#: One theme's notes (invented): a village school's transport, typed as groups type. Two of
#: them say one point (the bus timetable); the others say other points.
NOTES = [
    "koulukyydit on järjestetty huonosti syrjäkylillä",
    "koulubussi lähtee liian aikaisin aamulla",
    "koulubussin aikataulu ei sovi iltapäiväkerhoon",
    "taksikyydin odotus koululla kestää tunnin",
    "pyörätie koululle puuttuu kokonaan",
]


@pytest.fixture(scope="module")
def members(analyzer: LemmaAnalyzer) -> list[Note]:
    return group_notes(analyzer, NOTES)


def _said(
    analyzer: LemmaAnalyzer, members: list[Note], echo: frozenset[str], weight: float
) -> list[str]:
    """The ids of the notes the bullet says, its opening's first."""
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(cleared, analyzer)
    theme = Theme("kyydit", "Koulukyydit", "seeded", size=len(members))
    # the opening and one point: which note the point comes from is the choice
    settings = dataclasses.replace(SummarySettings(), max_sentences=2, echo_weight=weight)
    inputs = BulletInputs(members, pieces, Voice(2), analyzer, settings)
    bullet, _ = build_bullet(theme, members, 0, inputs, echo=echo)
    assert bullet is not None
    return list(bullet.note_ids)


def test_a_point_the_post_said_gives_way_to_one_it_did_not(
    analyzer: LemmaAnalyzer, members: list[Note]
) -> None:
    opening, *points = alone = _said(analyzer, members, frozenset(), 0.0)
    assert points
    # an earlier bullet of the post said the words of the notes after the opening
    echo = frozenset(x.lower() for n in members if n.id in points for x in n.content_lemmas)
    echoed = _said(analyzer, members, echo, 0.0)
    assert echoed[0] == opening  # the opening states the theme's point all the same
    assert set(echoed[1:]) and not set(echoed[1:]) & set(points)  # another point instead
    assert _said(analyzer, members, echo, 1.0) == alone  # 1: each bullet on its own
