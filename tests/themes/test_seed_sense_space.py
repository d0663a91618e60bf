"""A seed word said of a space or a thing is in another sense (mend125, review 62 #3): the
openness of a lobby's glass walls or putting a museum's objects on view is no openness of
information or decisions. What the seed word is said of (its genitive possessor, or the noun
a bare "näkyville" puts on view) decides by the vectors: nearer to things than to matters.
Sentences of our own, written before the code (none of review 62's clinics nor of a dev
round); the real spaCy model, Voikko and the floret vectors."""

from __future__ import annotations

import pytest
from seed_cases import senseless_openness_seeds

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.resources import default_definitions
from muistiinpanot.themes.definitions import load_theme_definitions
from muistiinpanot.themes.seedsense import senseless_seeds
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import VectorCache


@pytest.mark.parametrize(
    ("text", "seeds"),
    [
        ("aulan avoimuus ja valoisuus", {"avoimuus"}),
        ("kahvilan läpinäkyvyys, lasiovet joka puolella", {"läpinäkyvyys"}),
        pytest.param(
            "toimiston avoimuus: ei väliseiniä",
            {"avoimuus"},
            marks=pytest.mark.xfail(
                strict=True,
                reason="the vectors put 'toimisto' (also an organisation) nearer the theme's words",
            ),
        ),
        ("museon esineet näkyville vitriineihin", {"näkyvä"}),
        ("näyttelyn kokoelmat näkyville", {"näkyvä"}),
    ],
)
def test_a_seed_said_of_a_space_or_a_thing(
    analyzer: LemmaAnalyzer, text: str, seeds: set[str]
) -> None:
    assert senseless_openness_seeds(analyzer, text) == seeds


@pytest.mark.parametrize(
    "text",
    [
        "päätösten avoimuus kuntalaisille",
        "budjetin läpinäkyvyys puuttuu",
        "valmistelun avoimuus paranisi",
        "pöytäkirjat näkyville verkkoon",
        "hallituksen avoimuus on heikkoa",
        "kunnan avoimuus on parantunut",
    ],
)
def test_a_seed_said_of_information_or_decisions(analyzer: LemmaAnalyzer, text: str) -> None:
    assert senseless_openness_seeds(analyzer, text) == set()


@pytest.mark.parametrize(
    "text", ["kylän luottamus palveluihin on mennyt", "asukkaiden luottamus kuntaan on heikko"]
)
def test_a_community_s_trust_is_no_thing_s(analyzer: LemmaAnalyzer, text: str) -> None:
    """Written after review 62's clinic showed "kylien luottamus" read as a place's (the
    first version of the rule): a possessor nearer to people than to things keeps the sense."""
    (definition,) = [
        d for d in load_theme_definitions(default_definitions()) if d.id == "luottamus"
    ]
    least = ThemeSettings().seed_head_similarity
    assert senseless_seeds(text, definition, analyzer, VectorCache(analyzer), least) == set()
