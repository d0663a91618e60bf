"""A bullet's heading names what its sentences say (summarize/headingwords.py, labels round
24, review 43 #5): a label part the bullet does not say gives way to a keyword of the theme
it does say, or is dropped, and the opening paragraph and the title name the theme by that
heading. Notes of our own (a sports hall's changing rooms), real Voikko and spaCy."""

from __future__ import annotations

from collections.abc import Sequence

from themed_clinic import summarize_groups

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import BlogPost, Clinic, Theme
from muistiinpanot.summarize.headingwords import heading_words_unsaid

_HALL = Clinic(id="k", title="Urheiluhallin arki")
#: Six notes on cold showers in the changing rooms; none speaks of keys.
_ROOMS = [
    "pukuhuoneen suihkuista tulee vain kylmää vettä",
    "suihkut ovat kylmiä iltaisin pukuhuoneessa",
    "pukuhuoneen suihkujen lämpötila pitäisi korjata",
    "lasten pukuhuoneessa suihkut eivät toimi ollenkaan",
    "suihkuvesi on kylmää ja pukuhuone on likainen",
    "pukuhuoneiden suihkut pitäisi huoltaa",
]
_BOOKING = [
    "salivuorojen varaaminen netissä on hankalaa",
    "salivuoroja ei saa varattua puhelimella",
    "salivuorojen varauskalenteri on sekava",
]


def _post(
    analyzer: LemmaAnalyzer, groups: Sequence[tuple[Theme, Sequence[str]]]
) -> tuple[BlogPost, dict[str, object]]:
    return summarize_groups(_HALL, groups, analyzer)


def test_a_second_label_part_the_bullet_does_not_say_is_dropped(
    analyzer: LemmaAnalyzer,
) -> None:
    """The heading, the opening and the title name no keys over a bullet on showers; a
    label whose words the bullet says stays as it is."""
    rooms = Theme(
        "uusi-1", "Pukuhuoneet ja avaimet", "emergent", keywords=("pukuhuone", "suihku", "avain")
    )
    booking = Theme("uusi-2", "Salivuorot", "emergent", keywords=("salivuoro", "varaaminen"))
    post, trace = _post(analyzer, [(rooms, _ROOMS), (booking, _BOOKING)])
    headings = {bullet.theme: bullet.heading for bullet in post.bullets if bullet.heading}
    assert headings == {"uusi-1": "Pukuhuoneet", "uusi-2": "Salivuorot"}
    for bullet in post.bullets:
        if bullet.heading:
            assert heading_words_unsaid(bullet.heading, bullet.text, analyzer.voikko) == []
    text = " ".join([post.title, *post.paragraphs])
    assert "avaim" not in text.lower()
    assert "”Pukuhuoneet”" in post.paragraphs[0]
    traced = [b for b in trace["bullets"] if b["theme"] == "uusi-1"]  # type: ignore[attr-defined]
    assert traced[0]["label"] == "Pukuhuoneet ja avaimet"


def test_a_second_part_is_no_heading_alone(analyzer: LemmaAnalyzer) -> None:
    """The first head passed the label's rules alone; a second may not have (too common to
    name a theme alone), so a label left with its second part alone stays as it is."""
    rooms = Theme("uusi-1", "Avaimet ja pukuhuoneet", "emergent", keywords=("pukuhuone", "avain"))
    post, _ = _post(analyzer, [(rooms, _ROOMS)])
    assert {b.heading for b in post.bullets if b.heading} == {"Avaimet ja pukuhuoneet"}
