"""Round 24 (summary26): a word with the question clitic -ko/-kö opens an indirect question
whatever its word class, so mid-sentence it takes a comma, as the finite verb with the clitic
did before ("ei katso, syökö isä ne"): "montako", "kauanko", "kumpiko", "bussillako" (real
Voikko; fresh sentences, none of a dev clinic's notes)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.textcommas import add_clause_commas


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pronoun, a numeral, an adverb or a noun with the clitic after a noun or a verb
        (
            "Asukkailla ei ole tietoa kauanko remontti kestää.",
            "Asukkailla ei ole tietoa, kauanko remontti kestää.",
        ),
        (
            "Kukaan ei osannut sanoa montako paikkaa kerhoon mahtuu.",
            "Kukaan ei osannut sanoa, montako paikkaa kerhoon mahtuu.",
        ),
        (
            "Päätöksessä ei lue paljonko omavastuu on.",
            "Päätöksessä ei lue, paljonko omavastuu on.",
        ),
        (
            "Vanhemmat kysyivät bussillako lapset pääsevät kerhoon.",
            "Vanhemmat kysyivät, bussillako lapset pääsevät kerhoon.",
        ),
        ("Epäselvää on kumpiko yksikkö maksaa.", "Epäselvää on, kumpiko yksikkö maksaa."),
        # ... but not "joko" (also the conjunction of "joko … tai"), a direct question after a
        # fronted adverbial, the clause's first word, or a comma already there
        (
            "Kerhoon voi tulla joko bussilla tai taksilla.",
            "Kerhoon voi tulla joko bussilla tai taksilla.",
        ),
        ("Kerhossa montako paikkaa on?", "Kerhossa montako paikkaa on?"),
        ("Montako paikkaa kerhossa on?", "Montako paikkaa kerhossa on?"),
        (
            "Kukaan ei tiedä, kauanko jono on.",
            "Kukaan ei tiedä, kauanko jono on.",
        ),
        # the finite verb with the clitic as before
        ("Kukaan ei tarkista onko ovi lukossa.", "Kukaan ei tarkista, onko ovi lukossa."),
    ],
)
def test_a_question_clitic_opens_an_indirect_question(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert add_clause_commas(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # review 30, finding 2: a direct question typed without "?" after a fronted adverbial
        # takes no comma; only a finite verb before the word in its clause makes it indirect
        "Ensi vuonna montako paikkaa tarvitaan.",
        "Syksyllä paljonko kerho maksaa.",
        "Tällä hetkellä kauanko jonotus kestää.",
        "Iltaisin kirjastossako nuoret ovat.",
        "Kerhossa onko tilaa.",
        # fresh ones; a conjunction starts the clause, the verb before it is another clause's
        "Keväällä kenelläkö vuoro on.",
        "Huomenna pitääkö kokous pitää.",
        "Kerhoon pitäisi saada lisää paikkoja ja ensi vuonna montako paikkaa kerhoon tarvitaan.",
    ],
)
def test_no_comma_in_a_direct_question_without_a_question_mark(
    analyzer: LemmaAnalyzer, sentence: str
) -> None:
    assert add_clause_commas(sentence, analyzer.voikko) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # review 30, finding 3: a name Voikko splits as a shorter name and -ko is a name
        "Suunnitelman esitteli Tuomasko eilen.",
        "Kerhoa vetää Janko.",
        "Kokouksen avasi Aleko ja puheenjohtajana toimi Tomko.",
    ],
)
def test_a_name_ending_in_ko_is_no_question_word(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert add_clause_commas(sentence, analyzer.voikko) == sentence
