"""The "on" that closes an indirect question is its copula, not a clause of its own
(summarize/questionolla.py), on sentences of our own with the real spaCy parser and Voikko:
the parse hangs the final "on" of "Ei ole tietoa montako asiakasta jonossa oikeasti on." on
the root as an unjoined coordinated clause, and the post cut it ("… montako asiakasta
jonossa.")."""

from __future__ import annotations

import pytest
from spelled_pieces import spelled_pieces

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.questionolla import question_copulas


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    (tokens,) = analyzer.parse([sentence])
    return spelled_pieces(analyzer, question_copulas(tokens), max_predicates=2).clause.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Ei ole tietoa paljonko rahaa hankkeessa vielä on.",
        "Ei ole tietoa montako hakemusta pinossa oikeasti on.",
        "Ei ole tietoa paljonko velkaa kunnalla oikeasti on.",
        # `parataxis`, an adverbial on the "on"
        "Ei ole tietoa montako potilasta jonossa tällä hetkellä on.",
    ],
)
def test_the_question_keeps_its_on(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _clause(analyzer, sentence).replace(",", "") == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the question has a finite verb of its own: the stray "on" is no copula (review 32)
        "Emme tiedä mitä asiakkaat ajattelevat palvelusta on.",
        # no question word before the loose "on"
        "Ei ole tilaa jonossa nyt oikeasti on.",
        "Asiakkaita ei ole jonossa nyt oikeasti on.",
        "Ei ole rahaa kerhossa nyt oikeasti on.",
    ],
)
def test_other_sentences_stay(analyzer: LemmaAnalyzer, sentence: str) -> None:
    """Each sentence has a loose "on" the rule looks at, kept by one of its conditions (the
    comment above it): without that condition the tree changes."""
    (tokens,) = analyzer.parse([sentence])
    assert [(t.dep, t.head) for t in question_copulas(tokens)] == [(t.dep, t.head) for t in tokens]


def test_the_question_with_its_own_verb_keeps_its_clause(analyzer: LemmaAnalyzer) -> None:
    assert _clause(analyzer, "Emme tiedä mitä asiakkaat ajattelevat palvelusta on.") == (
        "Emme tiedä, mitä asiakkaat ajattelevat palvelusta."
    )
