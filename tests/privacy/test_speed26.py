"""The exact cuts of speed26: a word's class is kept per Voikko instance and settings object
(classify.classify_word), and the cheap first tests read before the dear ones give what the
full tests give (grounding.unfitting_shape, name_shapes.capitalised_parts, which
unknown_names reads). Words and sentences of our own: they test exactness, nothing is tuned
on them."""

from __future__ import annotations

import dataclasses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import classify, name_shapes
from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.detect import noun_sense
from muistiinpanot.privacy.grounding import unfitting, unfitting_shape
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS

_WORDS = [
    "Jartsa",
    "jartsalta",
    "Pekka",
    "toivo",
    "Usva",
    "Honka",
    "Aino-täti",
    "Brahea-keskus",
    "Ann-Sofie",
    "kunta",
    "Kela",
    "ELY",
    "Mäkinen",
    "Virtaset",
    "Saarelaisille",
    "Zxqwv",
]


def test_kept_classes_are_the_fresh_ones(fast_analyzer: LemmaAnalyzer) -> None:
    """Each setting's own classes, whichever settings asked first, and as a fresh reading
    gives them."""
    voikko = fast_analyzer.voikko
    strict = dataclasses.replace(DEFAULT_SETTINGS, shortest_nickname=12)
    for settings in (DEFAULT_SETTINGS, strict, DEFAULT_SETTINGS, strict):
        for word in _WORDS:
            kept = classify.classify_word(word, voikko, settings)
            assert kept == classify._classify(word, voikko, settings), (word, settings)
    # the settings decide ("Jartsa" is a nickname of four letters, not of twelve): the kept
    # table is the settings object's own
    assert classify.classify_word("Jartsa", voikko) != classify.classify_word(
        "Jartsa", voikko, strict
    )


def test_unfitting_implies_its_shape(fast_analyzer: LemmaAnalyzer) -> None:
    """roles.py reads holds_opinion only for a word of unfitting's shape: no word outside
    the shape is unfitting."""
    voikko, nouns = fast_analyzer.voikko, noun_sense(fast_analyzer)
    words = [*_WORDS, "Kuusi", "Datan", "Kuoron", "Lehto", "Ilo", "ilo", "Al-Obeidi", "Oy"]
    fitting = 0
    for text in words:
        word = Word(0, len(text), text, *classify.classify_word(text, voikko))
        if unfitting(word, voikko, nouns, DEFAULT_SETTINGS.publish_margin):
            fitting += 1
            assert unfitting_shape(word), text
    assert fitting  # some word of the list is unfitting, so the test can fail


def test_capitalised_fast_path() -> None:
    """A word without a hyphen is read as each part of a hyphenated one is."""
    for word in ["Usva", "usva", "USVA", "U", "", "Ääni", "ÄäNi", "Ann-Sofie", "ann-Sofie"]:
        slow = all(p[:1].isupper() and p[1:].islower() for p in word.split("-"))
        assert name_shapes.capitalised_parts(word) == slow, word
