"""Review 45's privacy findings (mend91), on sentences of our own with real spaCy and Voikko.

#1: a register given name, capitalised inside its sentence, in the allative after a verb of
calling, messaging or writing (given_words.toml `calling_verbs`) is the person reached
("Soitin Ilolle"), as after a verb of giving; an office, a listed body or a word in lower
case stays ("Soitin Kelalle", "soitin kaupungille")."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Soitin Ilolle, se odotti vastausta kaupungilta", "Ilolle"),
        ("tekstasin Kanervalle eilen illalla", "Kanervalle"),
        ("Meilasin Tuiskulle listan puuttuvista tarvikkeista", "Tuiskulle"),
        ("kirjoitin Lumille pitkän viestin aidasta", "Lumille"),
        ("pitää soittaa vielä Otsolle huomenna", "Otsolle"),
    ],
)
def test_the_one_called_is_a_person(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious=cautious)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Soitin Kelalle, ne odottivat vastausta", "Kelalle"),  # a listed body
        ("soitin kaupungille aidasta", "kaupungille"),  # an office, lower case
        ("kirjoitin ilolle runon", "ilolle"),  # lower case: joy
    ],
)
def test_an_office_or_a_word_called_stays(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, text: str, piece: str
) -> None:
    assert not touched(analyzer, text, piece, cautious=False)
