"""Full names of other languages (privacy/foreign.py), with the real spaCy NER and Voikko:
two capitalised words no Finnish dictionary reads, in a person's slot, when they look like a
name of another language; products named in English are kept."""

from __future__ import annotations

import pytest
from kinds_cases import found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Sunná Guttorm toivoo tulkkausta", ["Sunná Guttorm"]),
        ("Ándde Somby muistaa vanhat reitit", ["Ándde Somby"]),
        ("Ŋilá Biret lupasi tulkata", ["Ŋilá Biret"]),
    ],
)
def test_foreign_full_names_in_a_persons_slot_are_names(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert found(analyzer, text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Power Automate lähettää muistutukset",
        "Zoom Roomsille lähtee kutsu",
        "Google Drive hoitaa varmuuskopiot",
        "Adobe Acrobatin kanssa oli ongelmia",
    ],
)
def test_products_named_in_english_are_kept(analyzer: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], analyzer)[0] == []
