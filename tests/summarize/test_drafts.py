"""Every bullet's first text is drafted before the bullets are built and read by the detector
in one pass (NER's batch included); a bullet is then built from its draft, or rewritten
without the note its draft gave away, as it was without drafts. Notes of our own."""

from __future__ import annotations

import dataclasses

import pytest
from fixture_clinic import FixtureClinic, group_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy
from muistiinpanot.records import Note, Theme
from muistiinpanot.report.markdown import render_markdown
from muistiinpanot.summarize import SummarySettings, summarize_clinic
from muistiinpanot.summarize.bullets import BulletInputs, build_bullet, draft_bullet
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.pieces import Voice
from muistiinpanot.summarize.tidy import tidy_note

NOTES = [
    "kirjaston aukioloajat ei riitä työssäkäyville",
    "lähikirjasto on kylän tärkein kohtaamispaikka",
    "kirjastoauto ei enää käy kylillä",
    "kirjastossa pitäis järjestää digiopastusta ikäihmisille",
    "omatoimikirjasto toimii hyvin iltaisin",
]


def test_the_bullets_drafts_go_through_ner_together(
    small_clinic: FixtureClinic, analyzer: LemmaAnalyzer, ner_calls: list[list[str]]
) -> None:
    clinic, notes, themes = small_clinic.clinic, small_clinic.notes, small_clinic.themes
    # the drafts are each theme's first bullet at its place when no theme before it has a
    # second bullet (a second bullet moves the bullets after it, which are then rewritten)
    settings = dataclasses.replace(SummarySettings(), second_bullet_notes=0)
    post, _ = summarize_clinic(clinic, notes, themes, analyzer, settings)
    bullets = [bullet.text for bullet in post.bullets]
    assert len(bullets) >= 2
    assert any(set(bullets) <= set(texts) for texts in ner_calls)
    configure_privacy(analyzer, PrivacySettings())  # read again, one bullet at a time
    assert render_markdown(summarize_clinic(clinic, notes, themes, analyzer, settings)[0]) == (
        render_markdown(post)
    )


@pytest.fixture(scope="module")
def library(analyzer: LemmaAnalyzer) -> tuple[list[Note], dict[str, tuple[object, ...]]]:
    members = group_notes(analyzer, NOTES)
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    return members, parse_pieces(cleared, analyzer)  # type: ignore[return-value]


def test_a_bullet_is_built_from_its_draft_as_without_it(
    analyzer: LemmaAnalyzer, library: tuple[list[Note], dict[str, tuple[object, ...]]]
) -> None:
    members, pieces = library
    theme = Theme("kirjasto", "Kirjastopalvelut", "seeded", size=len(members))
    settings = SummarySettings()
    inputs = BulletInputs(members, pieces, Voice(2), analyzer, settings)  # type: ignore[arg-type]
    draft = draft_bullet(theme, members, 0, inputs)
    assert draft[0]
    assert build_bullet(theme, members, 0, inputs, draft) == build_bullet(theme, members, 0, inputs)


def test_a_draft_the_detector_fires_on_is_rewritten_without_its_note(
    analyzer: LemmaAnalyzer, library: tuple[list[Note], dict[str, tuple[object, ...]]]
) -> None:
    members, pieces = library
    theme = Theme("kirjasto", "Kirjastopalvelut", "seeded", size=len(members))
    inputs = BulletInputs(members, pieces, Voice(2), analyzer, SummarySettings())  # type: ignore[arg-type]
    leaking = "Kysy Pekka Virtaselta aukioloajoista."
    bullet, used = build_bullet(theme, members, 0, inputs, (leaking, [(members[0].id, leaking)]))
    assert bullet is not None and "Pekka" not in bullet.text
    assert members[0].id not in bullet.note_ids and members[0].id not in {i for i, _ in used}
