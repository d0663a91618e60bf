"""A spoken verb after a negation verb is read as the verb (connegatives.py, lemma28; real
model, Voikko)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.lemmatize.connegatives import read_connegatives
from muistiinpanot.lemmatize.tokens import LemmaToken
from muistiinpanot.lemmatize.voikko import VoikkoCache


def _tokens(*pairs: tuple[str, str]) -> list[LemmaToken]:
    return [LemmaToken(text, lemma, "NOUN", is_punct=not text.isalnum()) for text, lemma in pairs]


def _lemmas(tokens: list[LemmaToken]) -> list[str]:
    [read] = read_connegatives([tokens], VoikkoCache(), 3)
    return [token.lemma for token in read]


def test_a_clipped_stem_after_the_negation_is_its_verb():
    tokens = _tokens(("ei", "ei"), ("tarvi", "tarve"), ("kiivetä", "kiivetä"))
    assert _lemmas(tokens) == ["ei", "tarvita", "kiivetä"]


@pytest.mark.parametrize(
    ("spoken", "wrong", "verb"),
    [("lähe", "lähde", "lähteä"), ("viitti", "voittaa", "viitsiä"), ("haluu", "halu", "haluta")],
)
def test_a_dropped_or_assimilated_letter_put_back(spoken: str, wrong: str, verb: str):
    tokens = _tokens(("en", "ei"), ("mä", "minä"), (spoken, wrong))
    assert _lemmas(tokens)[-1] == verb


def test_not_without_a_negation_nor_past_a_punctuation_mark():
    assert _lemmas(_tokens(("tarvi", "tarve"), ("on", "olla"))) == ["tarve", "olla"]
    assert _lemmas(_tokens(("ei", "ei"), (",", ","), ("tarvi", "tarve")))[-1] == "tarve"


def test_a_filled_slot_is_left_alone():
    # a connegative Voikko knows follows: "vaa" is no verb here
    tokens = _tokens(("ei", "ei"), ("vaa", "vaan"), ("asiat", "asia"), ("ole", "olla"))
    assert _lemmas(tokens)[1] == "vaan"
    # the past's connegative, an active participle, fills it too (emergent_heldout10)
    tokens = _tokens(("ei", "ei"), ("kommentoinut", "kommentoida"), ("mun", "minä"))
    assert _lemmas(tokens)[-1] == "minä"
    # a word the spoken lexicon lists is never re-read
    assert _lemmas(_tokens(("ei", "ei"), ("mun", "minä"), ("tarvi", "tarve"))) == [
        "ei",
        "minä",
        "tarvita",
    ]
    # an unknown word already lemmatized as a verb keeps its verb
    assert _lemmas(_tokens(("ei", "ei"), ("tuu", "tulla")))[-1] == "tulla"
    # a noun Voikko knows stays a noun
    assert _lemmas(_tokens(("ei", "ei"), ("tarvetta", "tarve")))[-1] == "tarve"


def test_in_a_note(analyzer: LemmaAnalyzer, fast_analyzer: LemmaAnalyzer):
    for each in (analyzer, fast_analyzer):
        [tokens] = each.analyze(["lapsen ei tarvi kiivetä puuhun"])
        assert [t.lemma for t in tokens if t.text == "tarvi"] == ["tarvita"]
