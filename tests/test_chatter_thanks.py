"""Chatter: thanks to someone of the meeting is meeting talk, thanks to a group the clinic's
notes write about is a point of the topic (review 54 #1: "kiitos vapaaehtoisille" in a clinic
on volunteers' snow work). The thanked noun decides: a word of the meeting lexicon (or the
people of the meeting) keeps the note chatter, a noun other notes of the same clinic use as
a content word makes it a point. Real analyzer (spaCy + Voikko); the notes were written for
these tests before the rule, apart from the chatter benchmark's rounds it was measured on."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_statuses
from muistiinpanot.chatter import ChatterSettings
from muistiinpanot.lemmatize import LemmaAnalyzer

#: The other notes of one clinic on volunteer-run hall cleaning: what its topic's actors are.
CLINIC = [
    "talkoolaiset siivoo kylätalon joka kuukausi",
    "talkoolaisille pitää järjestää vakuutus",
    "kyläläiset toivoo että salin vuokra pysyy pienenä",
    "kyläläisten mielestä sali on liian kylmä talvella",
    "siivousvälineet on vanhoja ja rikki",
]


def _statuses(
    texts: list[str], analyzer: LemmaAnalyzer, clinic: list[str] = CLINIC, **settings: bool
) -> list[str]:
    marked = chatter_statuses([*texts, *clinic], analyzer, ChatterSettings(**settings))
    return marked[: len(texts)]


TOPIC_THANKS = [
    "kiitos talkoolaisille",
    "iso kiitos talkoolaisille, kahvit ja pullat",
    "kiitos kyläläisille",
]
MEETING_THANKS = [
    "kiitos kaikille",
    "kiitos fasilitaattorille",
    "kiitos puheenjohtajalle",
    "kiitos kaikille osallistujille",
]


@pytest.mark.parametrize("text", TOPIC_THANKS)
def test_thanks_to_the_topics_actors_is_a_point(text: str, analyzer: LemmaAnalyzer) -> None:
    assert _statuses([text], analyzer) == ["kept"]


@pytest.mark.parametrize("text", MEETING_THANKS)
def test_thanks_to_the_meeting_stays_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert _statuses([text], analyzer) == ["chatter"]


def test_thanks_to_a_group_no_other_note_names_stays_chatter(analyzer: LemmaAnalyzer) -> None:
    # the clinic's notes do not write of a leader: the one thanked leads the meeting
    assert _statuses(["kiitos vetäjälle"], analyzer) == ["chatter"]


def test_the_setting_off_keeps_thanks_as_chatter(analyzer: LemmaAnalyzer) -> None:
    assert _statuses(["kiitos talkoolaisille"], analyzer, thanked_topic=False) == ["chatter"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a meeting word in a relative clause of a topical noun describes the thing
        ("talkoolaisen kortti jossa kuva", "kept"),
        ("lupalomake jossa linkki", "kept"),
        # of a meeting word, it stays the meeting's
        ("mikki jossa kaiku", "chatter"),
    ],
)
def test_a_meeting_word_describing_a_topical_thing_is_bound(
    text: str, status: str, analyzer: LemmaAnalyzer
) -> None:
    assert _statuses([text], analyzer) == [status]


#: A clinic on snow work, whose notes write of snow (review 55 #4; our own notes).
SNOW = [
    "lumi tukkii pyörätiet joka aamu",
    "lunta pitää aurata jo ennen kuutta",
    "lumen kasaaminen risteyksiin peittää näkyvyyden",
    "lumi sulaa keväällä ja tulvii kellareihin",
]


@pytest.mark.parametrize("mode", ["analyzer", "fast_analyzer"])
@pytest.mark.parametrize("text", ["kiitos Lumille", "Kiitokset Lumille!", "iso kiitos Lumille"])
def test_thanks_to_a_person_named_like_a_topic_word_stays_chatter(
    text: str, mode: str, request: pytest.FixtureRequest
) -> None:
    # a capital inside the note: Lumi, a person, not the snow the clinic writes about (the
    # fast analyzer reads "Lumille" as the noun: kept as a point on lead 1e110c6a)
    analyzer = request.getfixturevalue(mode)
    assert _statuses([text], analyzer, SNOW) == ["chatter"]


def test_thanks_to_snow_itself_is_still_a_point(fast_analyzer: LemmaAnalyzer) -> None:
    # the control: the same recipient in lower case is the topic's word
    assert _statuses(["kiitos lumelle"], fast_analyzer, SNOW) == ["kept"]


#: A clinic on village halls whose notes write of facilitation and the village association
#: (review 57 #4; our own notes, written before the change).
HALLS = [
    "kyläyhdistys vuokraa salia myös yksityisille",
    "kyläyhdistyksellä ei ole rahaa remonttiin",
    "kyläyhdistys hoitaa varaukset puhelimella",
    "fasilitointi auttaa kyläkokouksissa",
    "hyvä fasilitointi tuo hiljaisetkin mukaan",
    "fasilitointi pitäisi opettaa vapaaehtoisille",
    "tila on kylmä ja tila on ahdas",
]


@pytest.mark.parametrize(
    "text",
    [
        "kiitos Liisa Niemiselle hyvästä fasilitoinnista",  # the review's
        "kiitos Kivikylän kyläyhdistykselle tilasta",  # the review's
        "iso kiitos Ville Laineelle mukavasta fasilitoinnista",  # ours
        "kiitos Mäkelän kyläyhdistykselle kahvista",  # ours
    ],
)
def test_thanks_to_a_capitalised_recipient_and_what_for_stays_chatter(
    text: str, analyzer: LemmaAnalyzer
) -> None:
    assert _statuses([text], analyzer, HALLS) == ["chatter"]


def test_thanks_to_the_association_itself_is_still_a_point(analyzer: LemmaAnalyzer) -> None:
    # the control: the recipient in lower case, no capital before it
    assert _statuses(["kiitos kyläyhdistykselle"], analyzer, HALLS) == ["kept"]
