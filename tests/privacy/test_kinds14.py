"""Kinds of sentence of the review of round 13 (docs/privacy.md, "Round 14"): a person
before an open compound whose first part is a place or a body's short name, a surname's
genitive before a capitalised noun that is no trade, a role before a person that ends like
a thing's head, a quoted tool doing a person's verb, a town acting with a particle verb,
and a firm's 010/020/030 number whose digits after the prefix begin with 0. The real spaCy
NER and Voikko, both modes; sentences of our own, not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.name_shapes import quoted

test_a_person_of_the_review_13_kinds_is_found = finds(
    [
        # a place or a body's short name before the hyphen is the compound's first part alone
        ("Paikalla oli Liisa Koskinen Espoo -hankkeesta", "Liisa Koskinen"),
        ("Juha Nieminen Oulu -talosta lupasi selvittää", "Juha Nieminen"),
        ("Mikko Kela -hankkeesta lupasi apua", "Mikko"),
        # a title's words are not walked into a whole name before them
        ("Sari Laaksonen Vanhukset -hankkeen vetäjänä esitteli tulokset", "Sari Laaksonen"),
        # a capitalised noun after a surname's genitive that is no trade: a person's thing
        ("Mäkisen Pyörä katosi pihalta", "Mäkisen"),
        ("Lehtisen Koira haukkui koko yön", "Lehtisen"),
        # a role that ends like a thing's head before a person who acts
        ("Kotikoulu Liisa kertoi kokemuksistaan", "Liisa"),
        ("Sydäntenmurtaja Jussi saapui juhliin", "Jussi"),
        # a firm's own number whose digits after 010/020 begin with 0 is a line, not 0100
        ("Vaihde 010 0123 4567 vastaa", "010 0123 4567"),
        ("Soita numeroon 020 0123 456", "020 0123 456"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a quoted tool the meeting and tidy lexicons list, with a person's verb
        '"Slack" hoitaa ilmoitukset',
        '"Excel" hoitaa laskut',
        # a town with a verb and a particle that a body says too
        "Salo sanoi vastaan valtiolle",
        "Lahti sanoi irti vuokrasopimuksen",
        # guards, kept before too: a town's opinion, a trade after a surname's genitive
        "Kouvola oli toista mieltä kaavasta",
        "Niemisen Siivous hoitaa portaat",
        "Ahosen Kukkakauppa avaa uuden myymälän",
    ],
)
def test_a_look_alike_of_the_review_13_kinds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


def test_a_word_at_the_end_of_the_text_after_one_quote_is_not_quoted() -> None:
    # text[end:end + 1] is "" at the text's end, and "" is in every string
    text = 'Sovittiin näin, kysy "Kake'
    start = text.index("Kake")
    word = Word(start, len(text), "Kake", "unknown", frozenset())
    assert not quoted(text, word)
    assert quoted(text + '"', word)
