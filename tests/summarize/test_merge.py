"""Clauses of different notes that share a predicate, coordinated into one sentence (real
spaCy parser and Voikko)."""

from __future__ import annotations

import functools

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.merge import inside, merge_clauses
from muistiinpanot.summarize.phrases import Frame, Pieces, sentence_pieces
from muistiinpanot.summarize.wordchecks import finite_form


def _merged(analyzer: LemmaAnalyzer, sentences: list[str]) -> list[str]:
    finite = functools.partial(finite_form, analyzer.voikko)
    found = [sentence_pieces(tokens, finite) for tokens in analyzer.parse(sentences)]
    result = merge_clauses(found, _frame, analyzer.voikko)
    return [text or group[0].clause.text for text, group in result]


def _frame(pieces: Pieces) -> Frame | None:
    return pieces.frame


@pytest.mark.parametrize(
    ("sentences", "merged"),
    [
        # one verb, two subjects: coordinated, the verb made plural (Voikko's form)
        (
            ["Keskeneräisen näyttäminen pelottaa virkamiehiä.", "Somekohu pelottaa."],
            ["Keskeneräisen näyttäminen ja somekohu pelottavat virkamiehiä."],
        ),
        (["Tieto ei liiku.", "Osaaminen ei liiku."], ["Tieto ja osaaminen eivät liiku."]),
        # already plural: unchanged
        (
            ["Kuntalaiset eivät luota päättäjiin.", "Järjestöt eivät luota päättäjiin."],
            ["Kuntalaiset ja järjestöt eivät luota päättäjiin."],
        ),
        # a subordinate clause after the verb keeps its comma
        (
            ["Luottamus esihenkilöön ratkaisee, uskaltaako ehdottaa.", "Turvallisuus ratkaisee."],
            ["Luottamus esihenkilöön ja turvallisuus ratkaisevat, uskaltaako ehdottaa."],
        ),
        # a predicate without a subject: what follows it is coordinated
        (
            ["Tarvitaan yhteisiä tiloja.", "Tarvitaan aikaa kehittämiselle."],
            ["Tarvitaan yhteisiä tiloja ja aikaa kehittämiselle."],
        ),
        # different verbs, or different rests after different subjects: apart
        (
            ["Kokeilu alkaa pienestä.", "Kokeilu loppuu rahoitukseen."],
            ["Kokeilu alkaa pienestä.", "Kokeilu loppuu rahoitukseen."],
        ),
        (
            ["Johto tukee kokeiluja.", "Henkilöstö tukee muutosta."],
            ["Johto tukee kokeiluja.", "Henkilöstö tukee muutosta."],
        ),
    ],
)
def test_merge_clauses_that_share_a_predicate(
    analyzer: LemmaAnalyzer, sentences: list[str], merged: list[str]
) -> None:
    assert _merged(analyzer, sentences) == merged


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Matti", "Matti"),  # a given name that is also a word keeps its capital
        ("Teams", "Teams"),  # a word Voikko does not know
        ("Somekohu", "somekohu"),  # an ordinary word does not
        ("EU-rahoitus loppuu", "EU-rahoitus loppuu"),  # an acronym compound
        # a common noun that Voikko also knows as a surname (Asukas) is a common noun here
        ("Asukkaat epäilevät kokeilua", "asukkaat epäilevät kokeilua"),
        ("Virtanen", "Virtanen"),  # a surname only
        ("Espoo", "Espoo"),  # a place
    ],
)
def test_inside_keeps_the_capital_of_names_and_unknown_words(
    analyzer: LemmaAnalyzer, subject: str, expected: str
) -> None:
    assert inside(subject, analyzer.voikko) == expected
