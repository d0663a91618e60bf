"""Round 22's kinds (docs/privacy.md, "Round 22: recall kinds of round 16"): a register
given name that is also a word as the subject of "olla" with "the only one" or a role, of a
negated verb of a person's managing or daring, or as the allative of a verb of giving,
telling or sending; a nickname in quotes before a person's verb; a name in capitals after a
role or before an initial; a full name of another language in a person's role in the
essive. Each kind beside its counter-cases; the real spaCy NER and Voikko, both modes;
sentences of our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_given_name_that_is_a_word_in_round_22s_frames = finds(
    [
        # the subject of "olla" with "the only one" and a person's relative clause, or a role
        ("Usva oli ainoa joka jaksoi jäädä siivoamaan", "Usva"),
        ("Into on meidän yhteyshenkilö kaupungin suuntaan", "Into"),
        ("Valo on kerhon uusi puheenjohtaja", "Valo"),
        # of a negated verb of a person's getting somewhere, managing or daring
        ("Usva ei päässyt eilen talkoisiin", "Usva"),
        ("Armas ei jaksanut jäädä loppuun", "Armas"),
        ("Into ei uskaltanut kysyä mitään", "Into"),
        ("Into ei jaksanut kantaa laatikoita", "Into"),  # carrying with an object: a task
        # the allative of a verb of giving, telling or sending, before or after it
        ("Kaislalle annettiin vastuu kahvista", "Kaislalle"),
        ("annoin avaimet Urholle eilen", "Urholle"),
        ("Armaalle pitää kertoa uudesta ajasta", "Armaalle"),
        ("laitoin Usvalle viestiä illalla", "Usvalle"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # "the only one" of a thing, a noun that is no role, a cause
        "Usko oli ainoa mikä auttoi",
        "Usko oli ainoa asia joka auttoi",
        "Into on meidän vahvuus",
        "Usko on tärkein tekijä tässä",
        # a negated verb of what an abstraction or a force does, a force's passage
        "Valo ei riitä lukemiseen",
        "Usko ei riitä tähän",
        "Into ei riittänyt pitkälle",
        "Valo ei päässyt ikkunasta sisään",
        "Tuuli ei päässyt läpi",
        # giving weight, time or room; an allative with no verb
        "Valolle annettiin liikaa painoa",
        "Lumelle annettiin aikaa sulaa",
        "Tuulelle altis ranta",
        "Valolle herkkä kasvi",
        # a chance given; lasting with no object; a role ranked in a saying (review 19, 6)
        "Rauhalle pitää antaa mahdollisuus",
        "Toivolle pitää antaa mahdollisuus",
        "Valolle annettiin tilaisuus loistaa",
        "Into ei jaksanut kantaa iltaan asti",
        "Usko ei jaksanut kantaa pitkälle",
        "Onni on paras opettaja",
        "Usko on pahin vihollinen",
    ],
)
def test_the_word_in_those_frames_as_a_word_stays(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_quoted_nickname_a_name_in_capitals_a_name_in_a_role = finds(
    [
        # a nickname in quotes before a verb only people do
        ('"Pate" vastaa kahvinkeitosta', "Pate"),
        ('"Pate" lupasi tuoda grillin', "Pate"),
        # in capitals: a given name only the gazetteer knows as one, a given name that is a
        # word after a role and before a surname, a given name before an initial
        ("KOKOUKSEEN TULI MYÖS KAIJA", "KAIJA"),
        ("VASTUUHENKILÖ HELMI KORPIMAA", "HELMI KORPIMAA"),
        ("OHJAAJA ARMAS LUMIAHO", "ARMAS LUMIAHO"),
        ("YHTEYSHENKILÖ: MATTI K.", "MATTI K"),
        # a full name of another language in a person's role in the essive
        ("tulkkina toimi Somchai Rattanakul koko illan", "Somchai Rattanakul"),
        ("tulkkina oli Oksana Hrytsenko koko päivän", "Oksana Hrytsenko"),
        ("avustajana Thabo Nkosana tänäänkin", "Thabo Nkosana"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a term in quotes with a verb of meaning or of meeting expectations
        '"Laatu" vastaa odotuksia hyvin',
        '"Usko" on tärkein sana',
        # acronyms and words in capitals
        "TAVOITTEET: KPI JA HR-MITTARIT",
        "ANNA PALAUTE OPETTAJALLE",
        "SULO TALO REMONTISSA",
        # a tool or a role of no person in the essive
        "tulkkina toimi Google Translate kokouksessa",
        "apuna toimi Power Automate",
        "alustana toimi Microsoft Teams",
    ],
)
def test_a_quoted_term_capitals_and_tools_stay(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
