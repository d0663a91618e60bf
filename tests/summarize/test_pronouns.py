""" "ne" of people written as "he" (summarize/pronouns.py), on sentences of our own, with the
real spaCy model and Voikko."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.pronouns import personal_pronouns


def _rewritten(sentence: str, analyzer: LemmaAnalyzer) -> str:
    tokens = personal_pronouns(analyzer.parse([sentence])[0], analyzer.voikko)
    return "".join(t.text + (" " if t.space else "") for t in tokens).strip()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an agent noun (a verb's "-ja" derivation) names people
        ("Työntekijät sanovat, että ne eivät ehdi.", "Työntekijät sanovat, että he eivät ehdi."),
        # the genitive: "heidän" and the noun's possessive suffix
        (
            "Hoitajat kertovat, että niiden vuorot vaihtuvat usein.",
            "Hoitajat kertovat, että heidän vuoronsa vaihtuvat usein.",
        ),
        # a nominative in "-us" takes the suffix on its genitive's stem
        (
            "Vuokralaiset pelkäävät, että niiden sopimus puretaan.",
            "Vuokralaiset pelkäävät, että heidän sopimuksensa puretaan.",
        ),
        # a "-lainen" noun names people; the partitive
        (
            "Kyläläiset ovat huolissaan, koska niitä ei kuunnella.",
            "Kyläläiset ovat huolissaan, koska heitä ei kuunnella.",
        ),
    ],
)
def test_personal_pronouns_for_people(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tilat ovat kaukana ja ne pitää varata ajoissa.",  # things
        "Raportit valmistuvat, kun ne tarkistetaan.",  # things
        # a plural adjective standing for a noun may name things as well as people
        "Vanhat poistetaan, kun ne hajoavat.",
        "Sähköiset ovat parempia, koska ne säästävät aikaa.",
    ],
)
def test_personal_pronouns_leave_things(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence
