"""Fast mode's context rules, per-form cache and name endings (real Voikko, no tagger)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.lemmatize.unknown import strip_name_ending


def _lemmas(analyzer: LemmaAnalyzer, sentence: str) -> list[str]:
    return [t.lemma for t in analyzer.analyze_pretokenized([sentence.split(" ")])[0]]


@pytest.mark.parametrize(
    ("sentence", "index", "lemma"),
    [
        ("Tämä on esimerkiksi hyvä .", 2, "esimerkiksi"),  # lexicalised adverb keeps its form
        ("Lopulta kaikki onnistui .", 0, "lopulta"),
        ("Asian osalta tilanne on hyvä .", 1, "osa"),  # after a genitive: the noun
        ("Työ on tehty .", 2, "tehdä"),  # participle after olla: the verb
    ],
)
def test_fast_context_rules(fast_analyzer: LemmaAnalyzer, sentence: str, index: int, lemma: str):
    assert _lemmas(fast_analyzer, sentence)[index] == lemma


def test_fast_rules_can_be_switched_off(fast_analyzer: LemmaAnalyzer):
    rules = fast_analyzer.fast.rules
    try:
        fast_analyzer.fast.rules = frozenset()
        assert _lemmas(fast_analyzer, "Tämä on esimerkiksi hyvä .")[2] == "esimerkki"
    finally:
        fast_analyzer.fast.rules = rules


def test_fast_cache_returns_same_token_for_repeated_form(fast_analyzer: LemmaAnalyzer):
    first, second = fast_analyzer.analyze_pretokenized([["Talo", "ja", "talo", "ja", "talo"]])[0][
        2::2
    ]
    assert first is second


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Arduinolla", "Arduino"),
        ("Kalymnoksen", "Kalymnos"),
        ("Canonissa", "Canon"),
        ("Gordon", "Gordon"),  # a bare -n is never taken for a genitive
        ("Oslo", "Oslo"),
    ],
)
def test_strip_name_ending(name: str, stem: str):
    assert strip_name_ending(name) == stem


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("yhteistyo", "yhteistyö"),  # umlaut lost
        ("organisatiot", "organisaatio"),  # letter not doubled
        ("tyontekijä", "työntekijä"),
        ("sotekeskuksessa", "sotekeskus"),  # unknown first part, known last word
    ],
)
def test_fast_unknown_words_without_voikko_suggestions(
    fast_analyzer: LemmaAnalyzer, word: str, lemma: str
):
    fast_analyzer.voikko.clear()
    fast_analyzer.lemmatizer.clear()
    fast_analyzer.fast.clear()
    assert _lemmas(fast_analyzer, f"Mun mielestä {word} on tärkeää")[2] == lemma
    assert fast_analyzer.voikko._suggest == {}  # ~2 ms a word: accurate mode only
