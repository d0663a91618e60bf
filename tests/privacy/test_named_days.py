"""A whole private name before a day's noun is the person's own day, never a flag day's
name (docs/privacy.md, "Round 18" tidied): "päivä" in any case, or as an open compound's
head after a hyphen. A day the almanac gives a well-known person (lexicon `eponym_days`)
stays the day's name. Sentences of our own; the real spaCy NER and Voikko, both modes."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Tiina Koskisen päivänä kahvilassa oli jonoa", "Tiina Koskisen"),
        ("Ville Ahosen päivä alkoi palaverilla", "Ville Ahosen"),
        ("Juhlimme Outi Rannan päivää eilen", "Outi Rannan"),
        ("Marko Salminen -päivänä jaettiin kunniakirjat", "Marko Salminen"),
        ("Heidi Nurmi -päivä pidetään kerhossa", "Heidi Nurmi"),
    ],
)
def test_a_whole_private_names_day_keeps_the_name(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious)


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
