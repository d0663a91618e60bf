"""The possessive suffix after "oma" (summarize/possessive.py), on sentences of our own, with
the real spaCy model and Voikko."""

from __future__ import annotations

import pytest
from token_text import token_text

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.possessive import add_possessives


def _rewritten(sentence: str, analyzer: LemmaAnalyzer) -> str:
    return token_text(add_possessives(analyzer.parse([sentence])[0], analyzer.voikko))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an object: the plural nominative takes "-nsa"/"-nsä" by vowel harmony
        ("Perheet tekevät omat päätökset itse.", "Perheet tekevät omat päätöksensä itse."),
        ("Tiimi esitteli omat ideat johtoryhmälle.", "Tiimi esitteli omat ideansa johtoryhmälle."),
        # the partitive lengthens its vowel
        ("Yhdistys puolustaa omaa reviiriä.", "Yhdistys puolustaa omaa reviiriään."),
        # an adverbial in the illative, singular and plural
        (
            "Kirjasto ohjaa asiakkaat omaan järjestelmään.",
            "Kirjasto ohjaa asiakkaat omaan järjestelmäänsä.",
        ),
        ("Hoitajat kirjaavat omiin järjestelmiin.", "Hoitajat kirjaavat omiin järjestelmiinsä."),
        # the subject of the clause an infinitive hangs on
        (
            "Johtaja voi näyttää mallia julkaisemalla omat ajatukset.",
            "Johtaja voi näyttää mallia julkaisemalla omat ajatuksensa.",
        ),
        # review 27 #7: an allative place or thing is no owner; the suffix stays the subject's
        (
            "Asukkaat lähtevät kylille omilla autoilla.",
            "Asukkaat lähtevät kylille omilla autoillaan.",
        ),
        ("Perheet muuttavat maalle omiin taloihin.", "Perheet muuttavat maalle omiin taloihinsa."),
        ("Opettajat vievät retkille omat eväät.", "Opettajat vievät retkille omat eväänsä."),
    ],
)
def test_add_possessives_to_the_subjects_own(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kokeiluille pitäisi varata oma pieni budjetti.",  # no subject: the zero person
        "Kunnan omat tilat ovat täynnä.",  # a possessor of its own
        "Omat rahat eivät riitä.",  # the subject itself
        "Jokainen yksikkö laskee omat jononsa.",  # the suffix is there
        "Me teemme omat laskelmat.",  # the first person's suffix would be another
    ],
)
def test_add_possessives_leaves_other_nouns(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a genitive before "oma" owns the noun, wherever the parse hangs it
        "Rehtori kysyi oppilaiden omia toiveita ja kirjasi ne.",
        "Kunnanjohtaja kuunteli kylien omia ideoita kesällä.",
        # a recipient in the allative may be the owner
        "Johtoryhmä antoi kylätoimikunnalle omaa budjettia kokeiluihin.",
        "Kaupunki antoi nuorille omaa tilaa kokoontua.",
        "Johtaja antoi tiimille omaa budjettia.",
        "Kunta jakoi osallistujille omat kansiot.",
        "Seura antoi Mikalle oman avaimen.",
    ],
)
def test_no_suffix_where_another_may_own_the_noun(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence
