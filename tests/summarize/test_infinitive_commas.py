"""Commas a facilitator took out of round 22's posts, each a class of Finnish comma grammar
(Kielitoimiston ohjepankki), with the real spaCy parser and Voikko: an infinitive that is a
predicate's subject takes no comma ("olisi hyvä tietää, mitä …", the comma before the question
word only), and an adverb of the main verb before a conjunction stays outside the clause
("kertoa suoraan, että …"), while one that forms a conjunction with it goes along ("heti
kun")."""

from __future__ import annotations

import pytest
from spelled_pieces import spelled_pieces

from muistiinpanot.lemmatize import LemmaAnalyzer


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    (tokens,) = analyzer.parse([sentence])
    return spelled_pieces(analyzer, tokens).clause.text


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # an infinitive as the subject of "olla + adjective": no comma before or after it
        (
            "Olisi hyvä tietää kuka asiasta oikeasti päättää.",
            "Olisi hyvä tietää, kuka asiasta oikeasti päättää.",
        ),
        (
            "Olisi kiva tietää mitä hakemukselle tapahtuu.",
            "Olisi kiva tietää, mitä hakemukselle tapahtuu.",
        ),
        (
            "Olisi reilua kertoa mitä muutos maksaa.",
            "Olisi reilua kertoa, mitä muutos maksaa.",
        ),
        (
            "Olisi hyvä kuulla mihin rahat lopulta käytetään.",
            "Olisi hyvä kuulla, mihin rahat lopulta käytetään.",
        ),
        # an adverb of the main verb stays before the comma
        (
            "Asiakkaille pitäisi sanoa suoraan että jono on pitkä.",
            "Asiakkaille pitäisi sanoa suoraan, että jono on pitkä.",
        ),
        (
            "Matkat piti maksaa itse kun kyytiä ei järjestetty.",
            "Matkat piti maksaa itse, kun kyytiä ei järjestetty.",
        ),
        (
            "Apuvälineet haettiin itse kun kuljetusta ei ollut.",
            "Apuvälineet haettiin itse, kun kuljetusta ei ollut.",
        ),
        # ... one that forms a conjunction with it goes along (as before)
        (
            "Hoitaja soitti heti kun tulokset tulivat.",
            "Hoitaja soitti, heti kun tulokset tulivat.",
        ),
        (
            "Asiasta kerrotaan yleensä vasta kun kaikki on valmista.",
            "Asiasta kerrotaan yleensä, vasta kun kaikki on valmista.",
        ),
        # review 27 #4: "samalla kun", "siksi että" are one conjunction each
        (
            "Asiakkaat odottavat jonossa samalla kun henkilökunta hoitaa paperitöitä.",
            "Asiakkaat odottavat jonossa, samalla kun henkilökunta hoitaa paperitöitä.",
        ),
        (
            "Vanhemmat hoitavat kotia samalla kun lapset ovat koulussa.",
            "Vanhemmat hoitavat kotia, samalla kun lapset ovat koulussa.",
        ),
        (
            "Kerho lopetettiin siksi että ohjaajia ei löytynyt.",
            "Kerho lopetettiin, siksi että ohjaajia ei löytynyt.",
        ),
    ],
)
def test_comma_only_where_the_clause_opens(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert _clause(analyzer, sentence) == clause
