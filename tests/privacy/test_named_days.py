"""A whole private name before a day's noun is the person's own day, never a flag day's
name (docs/privacy.md, "Round 18" tidied): "päivä" in any case, or as an open compound's
head after a hyphen. A day the almanac gives a well-known person (lexicon `eponym_days`)
stays the day's name. Sentences of our own; the real spaCy NER and Voikko, both modes."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_whole_private_names_day_keeps_the_name = finds(
    [
        ("Tiina Koskisen päivänä kahvilassa oli jonoa", "Tiina Koskisen"),
        ("Ville Ahosen päivä alkoi palaverilla", "Ville Ahosen"),
        ("Juhlimme Outi Rannan päivää eilen", "Outi Rannan"),
        ("Marko Salminen -päivänä jaettiin kunniakirjat", "Marko Salminen"),
        ("Heidi Nurmi -päivä pidetään kerhossa", "Heidi Nurmi"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Eino Leinon päivänä luetaan runoja kirjastossa",
        "Jean Sibeliuksen päivänä konsertti alkaa seitsemältä",
        "Miina Sillanpään päivänä liputetaan",
        "Tove Jansson -päivänä pihalla luettiin satuja",
        "J. V. Snellmanin päivänä liputetaan",
        # a saint's day: an adjective and a given name, no given name and surname
        "Pyhän Olavin päivänä kirkossa laulettiin",
    ],
)
def test_a_day_the_almanac_gives_a_well_known_person_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_day_named_with_other_given_names_than_the_almanacs_keeps_the_name = finds(
    [
        # a surname Voikko reads only as a common noun (kivi, mäki) after a given name
        ("Kalle Kiven päivänä luettiin runoja", "Kalle Kiven"),
        ("Timo Kiven päivää juhlittiin pihalla", "Timo Kiven"),
        # a tail of a listed person's given names is no match (Johan Ludvig Runeberg)
        ("Ludvig Runebergin päivänä syötiin torttuja", "Ludvig Runebergin"),
        ("Vilhelm Snellmanin päivänä liputetaan", "Vilhelm Snellmanin"),
        ("Ludvig Runeberg -päivänä leivottiin", "Ludvig Runeberg"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Fredrika Runebergin päivänä kahvilassa myytiin torttuja",
        "Fredrika Runeberg -päivä järjestetään syksyllä",
        "Elias Lönnrotin päivänä kuunneltiin runonlaulua",
        # initials stand for the listed given names (Johan Ludvig Runeberg)
        "J. L. Runebergin päivänä syötiin torttuja",
        "Johan Ludvig Runebergin päivänä leivottiin",
    ],
)
def test_more_days_of_the_almanac_are_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
