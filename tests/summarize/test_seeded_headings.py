"""A seeded theme's heading names what its bullets say (summary35, issue 12: 200 of 247 seeded
headings on the dev posts had a word their bullets do not say). Of a seeded label of two
parts ("X ja Y"), the part the bullets say is the heading when they say only that one; both
parts are the network's own names for a theme, so either may stand alone (an emergent
label's second part may not: test_heading_words). A label the bullets say all of, or none
of, stays. Notes written for this test before the change was measured (a housing company's
renovation), real Voikko and spaCy."""

from __future__ import annotations

from collections.abc import Sequence

from themed_clinic import POST_SETTINGS, summarize_groups

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import BlogPost, Clinic, Theme
from muistiinpanot.summarize import SummarySettings
from muistiinpanot.summarize.headingwords import heading_words_unsaid

_CLINIC = Clinic(id="t", title="Taloyhtiön putkiremontti")
#: Notes on sharing information about the renovation; none speaks of openness.
_SHARING = [
    "tiedon jakaminen asukkaille on hidasta ja sattumanvaraista",
    "urakoitsijat eivät jaa tietoa aikataulusta isännöitsijälle",
    "tiedon jakaminen pitäisi hoitaa yhdellä sähköpostilistalla",
    "asukkaat eivät saa tietoa siitä, milloin vesi katkaistaan",
]
#: Notes on silos between the parties; none speaks of organisational boundaries.
_SILOS = [
    "hallitus, isännöitsijä ja urakoitsija toimivat kukin omassa siilossaan",
    "siilot estävät yhteisen aikataulun tekemisen",
    "jokainen siilo katsoo vain omaa budjettiaan",
]
#: Notes on the renovation's cost that say neither part of their label.
_COSTS = [
    "remontin hinta nousi puolella arviosta",
    "lainaosuus on eläkeläisille liian suuri",
    "vastikkeen korotus tuli yllätyksenä monelle",
]


def _post(
    analyzer: LemmaAnalyzer,
    groups: Sequence[tuple[Theme, Sequence[str]]],
    settings: SummarySettings | None = None,
) -> BlogPost:
    return summarize_groups(_CLINIC, groups, analyzer, settings or POST_SETTINGS)[0]


_OPENNESS = Theme("avoimuus", "Avoimuus ja tiedon jakaminen", "seeded")
_SILO_THEME = Theme("siilot", "Siilot ja organisaatiorajat", "seeded")


def test_seeded_heading_is_the_part_its_bullets_say(analyzer: LemmaAnalyzer) -> None:
    """A second part said alone heads the bullet ("Tiedon jakaminen"), and so does a first
    ("Siilot"); the opening paragraph names the themes so."""
    post = _post(analyzer, [(_OPENNESS, _SHARING), (_SILO_THEME, _SILOS)])
    headings = {bullet.theme: bullet.heading for bullet in post.bullets if bullet.heading}
    assert headings == {"avoimuus": "Tiedon jakaminen", "siilot": "Siilot"}
    for bullet in post.bullets:
        if bullet.heading:
            assert heading_words_unsaid(bullet.heading, bullet.text, analyzer.voikko) == []
    assert "organisaatioraj" not in " ".join([post.title, *post.paragraphs]).lower()


def test_seeded_label_said_by_none_of_its_parts_stays(analyzer: LemmaAnalyzer) -> None:
    """A bullet that says neither part keeps the theme's label: no part would name it."""
    post = _post(analyzer, [(_OPENNESS, _COSTS)])
    assert {b.heading for b in post.bullets if b.heading} == {"Avoimuus ja tiedon jakaminen"}


def test_seeded_part_headings_off_keeps_the_label(analyzer: LemmaAnalyzer) -> None:
    """`[summary] seeded_part_headings = false` publishes the seeded labels as they are."""
    settings = SummarySettings(
        min_kept_notes=1, merge_second_bullet=False, seeded_part_headings=False
    )
    post = _post(analyzer, [(_OPENNESS, _SHARING)], settings)
    assert {b.heading for b in post.bullets if b.heading} == {"Avoimuus ja tiedon jakaminen"}
