"""Chatter: a note that predicates something of a topical thing or of a person's topical act
is no meeting talk, though its predicate holds a meeting word (review 52: "vakuutus on iso
kysymysmerkki", "Aino tästä meidän ryhmästä vetää lukupiiriä siellä"). Real analyzer (spaCy
parser + Voikko); the notes were written for these tests before the rule, apart from the
chatter benchmark's rounds it was measured on."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_status
from muistiinpanot.lemmatize import LemmaAnalyzer

TOPICAL = [
    "vakuutus on iso kysymysmerkki",
    "rahoitus on vielä avoin kysymys",
    "kuljetus on koko hankkeen suurin kysymysmerkki",
    "Aino tästä meidän ryhmästä vetää lukupiiriä siellä",
    "Pekka meidän porukasta vetää kuoroa kirjastolla",
]
MEETING = [
    "tämä on hyvä kysymys",
    "kuka vetää tämän ryhmän",
    "mä vedän tän session",
    "linkki on chatissa",
    "seuraava kysymys on tärkeä",
]


@pytest.mark.parametrize("text", TOPICAL)
def test_a_predicate_about_a_topical_thing_is_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


@pytest.mark.parametrize("text", MEETING)
def test_meeting_talk_stays_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"
