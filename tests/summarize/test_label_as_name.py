"""A theme label the detector reads as a name where the opening quotes it ("Jukka", "Onni ja
ilo") is published nowhere in the post: not as the bullet's heading (where the detector,
reading the label alone, does not flag it), not in the title, not in the opening; its bullet
stays, without a heading, and the opening says "muun muassa", not "Eniten", when that theme
was the largest (review 31 #6). The real spaCy and Voikko on the fixture clinic."""

from __future__ import annotations

import logging

import pytest
from fixture_clinic import FixtureClinic, summarise_renamed

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_published_data
from muistiinpanot.records import BlogPost
from muistiinpanot.report.markdown import render_markdown
from muistiinpanot.summarize.opening import NAMELESS_LABEL


def _largest_headed(post: BlogPost, trace: dict[str, object]) -> str:
    themes = trace["themes"]
    assert isinstance(themes, list)
    headed = [t for t in themes if t["bullet"] and t["label"] == post.bullets[0].heading]
    return str(headed[0]["id"])


@pytest.mark.parametrize("label", ["Jukka", "Hilkka", "Lotta", "Onni ja ilo"])
def test_the_largest_themes_label_read_as_a_name_is_published_nowhere(
    small_clinic: FixtureClinic,
    analyzer: LemmaAnalyzer,
    label: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    post, trace = summarise_renamed(small_clinic, analyzer, {})
    largest = _largest_headed(post, trace)
    assert post.paragraphs and post.paragraphs[0].startswith("Eniten keskustelua")
    # the premise: read alone, as a heading, the detector does not flag the label
    assert not find_published_data([label], analyzer)[0]
    with caplog.at_level(logging.INFO, logger="muistiinpanot.summarize.choose"):
        post, trace = summarise_renamed(small_clinic, analyzer, {largest: label})
    text = render_markdown(post)
    assert label not in text
    assert all(bullet.heading != label for bullet in post.bullets)
    entry = next(t for t in trace["themes"] if t["id"] == largest)  # type: ignore[attr-defined]
    assert entry["bullet"] and entry["label"] == NAMELESS_LABEL  # the bullet stays
    assert entry["label_left_out"]
    # the opening does not call a smaller theme the most discussed
    assert not post.paragraphs or post.paragraphs[0].startswith("Keskustelua herätt")
    assert any(largest in r.getMessage() and label not in r.getMessage() for r in caplog.records)


def test_a_fine_label_keeps_its_heading_and_the_opening(
    small_clinic: FixtureClinic, analyzer: LemmaAnalyzer
) -> None:
    post, trace = summarise_renamed(small_clinic, analyzer, {})
    largest = _largest_headed(post, trace)
    post, trace = summarise_renamed(small_clinic, analyzer, {largest: "Usko ja toivo"})
    assert post.bullets[0].heading == "Usko ja toivo"
    assert post.paragraphs[0].startswith("Eniten keskustelua herättivät teemat ”Usko ja toivo”")
