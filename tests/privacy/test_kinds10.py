"""Kinds of sentence of round 10 (phone owners, coordinated surnames, coordinated places,
businesses named after a person, a person's role), with the real spaCy NER and Voikko, in
both modes (notes and text to publish). Sentences of our own, not rows of the benchmark
sets."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data

MODES = pytest.mark.parametrize("cautious", [False, True], ids=["notes", "publish"])


def _found(analyzer: LemmaAnalyzer, text: str, cautious: bool) -> list[str]:
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    return [text[s.start : s.end] for s in spans]


def _covered(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool) -> bool:
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    start = text.index(piece)
    return all(
        any(s.start <= k < s.end for s in spans)
        for k in range(start, start + len(piece))
        if text[k].isalnum()
    )


@MODES
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word of a given name's reading right before a phone number is its owner
        ("satu 050 765 1122", "satu"),
        ("Satu p. 044 987 6543 iltaisin", "Satu"),
        ("Vuokko puh: 040 312 9876", "Vuokko"),
        ("Lisätietoja Toivo, tel. 045 220 3344", "Toivo"),
    ],
)
def test_a_given_name_before_a_phone_number_is_its_owner(
    analyzer: LemmaAnalyzer, text: str, name: str, cautious: bool
) -> None:
    assert _covered(analyzer, text, name, cautious)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a thing's name before a phone number: the head noun stands before it
        "kahvila Helmi 040 123 4567",
        "Aukioloajat ma-pe, puh 040 765 4321",
    ],
)
def test_a_thing_before_a_phone_number_is_no_owner(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert not [f for f in _found(analyzer, text, cautious) if not f[:1].isdigit()]
