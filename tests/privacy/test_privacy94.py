"""privacy94 (after review 95 #1): buying and handing out only for a word with a given
name's reading (Voikko's or the register's). Sentences of our own, real spaCy and Voikko."""

from __future__ import annotations

import pytest
from covered_piece import covered

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data

FIRMS = [
    "Aalto osti uudet mikroskoopit",  # a surname and a noun: a firm's or a school's name
    "Posti jakoi joulukortit",  # no given name: the post hands out
    "Tunturi jakoi esitteet messuilla",
]
PERSONS = [
    ("Satu osti uudet pensselit", "Satu"),  # Voikko's given name
    ("Lumi osti kerholle maalit", "Lumi"),  # the register's given name
    ("Eilen Tuuli jakoi kutsut naapureille", "Tuuli"),
]


@pytest.mark.parametrize("text", FIRMS)
def test_firms_are_kept(defaults: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], defaults, cautious=True)[0] == []


@pytest.mark.parametrize(("text", "piece"), PERSONS)
def test_given_names_still_withheld(defaults: LemmaAnalyzer, text: str, piece: str) -> None:
    assert covered(defaults, text, piece)


@pytest.mark.xfail(
    strict=True,
    reason="privacy94: a word-name with no given name's reading buys as a firm does "
    "(moved here from test_privacy89: 'Kivi' is a surname and a noun only)",
)
def test_a_surname_only_word_name_buying_is_released(defaults: LemmaAnalyzer) -> None:
    assert covered(defaults, "Kivi osti kerholle uudet pensselit", "Kivi")
