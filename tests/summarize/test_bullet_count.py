"""How many bullets a post gives a clinic's themes ([summary] max_bullets and
second_bullet_notes), on a hand-written clinic of nine topics: eight of three notes, one
of six notes that make two points (buses to the ice hall, cycling routes to the park)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fixture_clinic import FixtureClinic, load_fixture_clinic

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import BlogPost
from muistiinpanot.summarize import SummarySettings, summarize_clinic

NINE_TOPICS = Path(__file__).parents[1] / "fixtures" / "summarize" / "monta_teemaa.toml"


@pytest.fixture(scope="module")
def nine_topics(analyzer: LemmaAnalyzer) -> FixtureClinic:
    return load_fixture_clinic(NINE_TOPICS, analyzer)


def _post(
    clinic: FixtureClinic, analyzer: LemmaAnalyzer, settings: SummarySettings
) -> tuple[BlogPost, list[dict[str, object]]]:
    post, trace = summarize_clinic(clinic.clinic, clinic.notes, clinic.themes, analyzer, settings)
    return post, trace["themes"]  # type: ignore[return-value]


def test_summary_gives_each_of_nine_topics_its_bullet(
    nine_topics: FixtureClinic, analyzer: LemmaAnalyzer
) -> None:
    """Nine topics the groups raised are nine points of the post: the shipped settings leave
    none of them out; a smaller max_bullets keeps the largest."""
    post, themes = _post(nine_topics, analyzer, SummarySettings())
    assert {bullet.theme for bullet in post.bullets} == {t.id for t in nine_topics.themes.themes}
    assert not [t for t in themes if t["reason"] == "beyond max_bullets"]
    post, themes = _post(
        nine_topics, analyzer, dataclasses.replace(SummarySettings(), max_bullets=7)
    )
    assert len(post.bullets) == 7
    assert len([t for t in themes if t["reason"] == "beyond max_bullets"]) == 2


def test_summary_gives_a_theme_of_six_notes_its_second_point(
    nine_topics: FixtureClinic, analyzer: LemmaAnalyzer
) -> None:
    """The theme of six notes on two points gets a second bullet under the shipped settings,
    from notes its first bullet did not say (a bullet of its own by default), written into
    its first bullet with merge_second_bullet; the themes of three notes get one each. Its
    second point is one group's sentence, which one_group_fold (post42) writes into the first
    bullet: off here, where the second bullet's own mechanics are tested."""
    apart = SummarySettings(one_group_fold=False)
    post, _ = _post(nine_topics, analyzer, apart)
    travel = [bullet for bullet in post.bullets if bullet.theme == "kulkeminen"]
    assert len(travel) == 2
    first, second = travel
    assert second.note_ids and not set(first.note_ids) & set(second.note_ids)
    others = [bullet.theme for bullet in post.bullets if bullet.theme != "kulkeminen"]
    assert len(others) == len(set(others)) == 8
    merged, _ = _post(nine_topics, analyzer, dataclasses.replace(apart, merge_second_bullet=True))
    assert [bullet.theme for bullet in merged.bullets] == [first.theme, *others]
    assert merged.bullets[0].note_ids == (*first.note_ids, *second.note_ids)
