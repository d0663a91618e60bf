"""Coordinated subjects opening a clause (privacy/subjects.py), with the real spaCy NER and
Voikko: surnames that are also places or common nouns are names together before a verb
people do or "olla" with a person noun; towns and products are not."""

from __future__ import annotations

import pytest
from kinds_cases import found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Lampi ja Salmi on molemmat kokeneita kalastajia", ["Lampi", "Salmi"]),
        ("Kuusela ja Haukipuro hoitaa kuljetukset", ["Kuusela", "Haukipuro"]),
    ],
)
def test_coordinated_subjects_are_names(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert found(analyzer, text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Kinnula ja Nivala hoitaa kuljetukset yhdessä",
        "Nokia ja Orimattila tekee yhteistyötä",
        "Siri ja Cortana ymmärtää puhetta huonosti",
        "Oulu ja Kemi järjestää messut",
        "Hämeenlinnan ja Forssan välillä kulkee bussi",
    ],
)
def test_coordinated_towns_and_products_are_kept(analyzer: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], analyzer)[0] == []
