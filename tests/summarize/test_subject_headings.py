"""A heading that only names the clinic's subject gives way (summarize/subjectheading.py,
review 87): in a clinic titled on a sports hall's changing rooms and asked about them, a
label "Urheiluhalli" over a bullet on showers is published as the bullet's key word, a label
"Urheiluhalli ja salivuorot" as its other part; a clinic whose title's opening noun the
question does not repeat names no subject. Notes of our own, real Voikko and spaCy."""

from __future__ import annotations

import dataclasses

from themed_clinic import POST_SETTINGS, summarize_groups

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Clinic, Theme
from muistiinpanot.summarize.subjectheading import subject_bases

_HALL = Clinic(
    id="k",
    title="Verkkoklinikka: Urheiluhallin vuorot ja pukuhuoneet",
    topic="Miten urheiluhallin vuorot ja pukuhuoneet saadaan toimimaan?",
)
#: Shipped off (docs/how-it-works.md, mend186): measured on.
_ON = dataclasses.replace(POST_SETTINGS, subject_headings=True)
_SHOWERS = [
    "urheiluhallin suihkuista tulee vain kylmää vettä",
    "hallin suihkut ovat kylmiä iltaisin",
    "suihkujen lämpötila pitäisi korjata",
    "lasten puolella suihkut eivät toimi ollenkaan",
]
_BOOKING = [
    "salivuorojen varaaminen netissä on hankalaa",
    "salivuoroja ei saa varattua puhelimella",
    "salivuorojen varauskalenteri on sekava",
]


def test_the_subject_is_the_titles_opening_noun_the_question_repeats(
    analyzer: LemmaAnalyzer,
) -> None:
    voikko = analyzer.voikko
    assert "urheiluhalli" in subject_bases(_HALL.title, _HALL.topic, voikko)
    assert "halli" in subject_bases(_HALL.title, _HALL.topic, voikko)  # its compound head
    assert "vuoro" not in subject_bases(_HALL.title, _HALL.topic, voikko)
    other = subject_bases("Koulujen uimaopetus", "Miten uimaopetus järjestetään?", voikko)
    assert other == frozenset()


def test_a_subject_heading_gives_way(analyzer: LemmaAnalyzer) -> None:
    showers = Theme("uusi-1", "Urheiluhalli", "emergent", keywords=("urheiluhalli", "suihku"))
    booking = Theme(
        "uusi-2", "Urheiluhalli ja salivuorot", "emergent", keywords=("salivuoro", "varaaminen")
    )
    groups = [(showers, _SHOWERS), (booking, _BOOKING)]
    post, _ = summarize_groups(_HALL, groups, analyzer, _ON)
    headings = {bullet.theme: bullet.heading for bullet in post.bullets if bullet.heading}
    assert headings == {"uusi-1": "Suihku", "uusi-2": "Salivuorot"}


def test_subject_headings_is_a_setting(analyzer: LemmaAnalyzer) -> None:
    showers = Theme("uusi-1", "Urheiluhalli", "emergent", keywords=("urheiluhalli", "suihku"))
    off = dataclasses.replace(POST_SETTINGS, subject_headings=False)
    post, _ = summarize_groups(_HALL, [(showers, _SHOWERS)], analyzer, off)
    assert {b.heading for b in post.bullets if b.heading} == {"Urheiluhalli"}
