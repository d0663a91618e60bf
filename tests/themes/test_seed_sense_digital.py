"""A seed word said of a digital thing keeps its sense (mend129, review 63 #6): the openness
of software, code, an interface or data is openness of information and systems, not of a
space. The owner (a seed noun's genitive possessor) must be nearer to general words of things
than to general words of information and software, as it must be than to people's. Sentences
of our own, written before the code (none of review 63's clinics nor of a dev round); the
real spaCy model, Voikko and the floret vectors."""

from __future__ import annotations

import pytest
from seed_cases import senseless_openness_seeds

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    "text",
    [
        "sovellusten avoimuus muille toimijoille",
        "ohjelmakoodin avoimuus on periaate",
        "ohjelmiston avoimuus kiinnostaa kehittäjiä",
        "tietokannan avoimuus helpottaa tutkijoita",
        "algoritmin läpinäkyvyys on tärkeää",
        "datan avoimuus lisääntyy",
        "päätösten näkyvyys verkossa",
        "järjestelmän läpinäkyvyys käyttäjille",
    ],
)
def test_a_seed_said_of_information_or_software(analyzer: LemmaAnalyzer, text: str) -> None:
    assert senseless_openness_seeds(analyzer, text) == set()


@pytest.mark.parametrize(
    ("text", "seeds"),
    [
        ("varaston avoimuus", {"avoimuus"}),
        ("ikkunoiden läpinäkyvyys", {"läpinäkyvyys"}),
        ("hallin avoimuus ja korkeus", {"avoimuus"}),
        ("vitriinin läpinäkyvyys", {"läpinäkyvyys"}),
        ("lasiseinän läpinäkyvyys", {"läpinäkyvyys"}),
    ],
)
def test_a_seed_said_of_a_physical_thing(
    analyzer: LemmaAnalyzer, text: str, seeds: set[str]
) -> None:
    assert senseless_openness_seeds(analyzer, text) == seeds
