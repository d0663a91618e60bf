"""Review 83 mends (mend173; docs/privacy.md "Review 83 mends (mend173)"): in the detector's
mode a double surname whose parts Voikko reads as common nouns joins the given name right
before it, as in the publisher's; a number glued to a code in capitals is that code, no
phone. Sentences of our own, real spaCy NER and Voikko."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import redact_text
from muistiinpanot.privacy.name_halves import whole_foreign_names
from muistiinpanot.privacy.spans import PersonalSpan


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Eino Ala-Haapa lupasi auttaa", "[nimi] lupasi auttaa"),
        ("Sanna Ala-Haapa kertoi asiasta", "[nimi] kertoi asiasta"),
        # a club's name after the surname stays as written
        ("Eino Ala-Haapa Sulka-Veikoista lupasi tulla", "[nimi] Sulka-Veikoista lupasi tulla"),
        # a name already of two words leaves a body's compound as written
        ("Aarne Koskinen Kela-Hankkeesta kertoi", "[nimi] Kela-Hankkeesta kertoi"),
    ],
)
def test_a_double_surname_of_common_words_joins_the_given_name(
    analyzer: LemmaAnalyzer, text: str, redacted: str
) -> None:
    assert redact_text(text, analyzer) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "varaus tehtiin tilaan C0509876 ensi viikoksi",
        "tilausnumero KLM0457654321 hukkui",
    ],
)
def test_a_number_glued_to_a_code_in_capitals_is_no_phone(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    assert redact_text(text, analyzer) == text


def test_a_number_glued_to_a_surname_stays_a_phone(analyzer: LemmaAnalyzer) -> None:
    text = "soittakaa Tuomas Lehto045 678 1234 illalla"
    assert redact_text(text, analyzer) == "soittakaa [nimi][puhelin] illalla"


@pytest.mark.parametrize(
    ("text", "name_end", "joined"),
    [
        ("Eino Ala-Haapa tuli", 4, "Eino Ala-Haapa"),
        # a club's name, a body's compound and a compound after a two-word name stay out
        ("Eino Sulka-Veikoista tuli", 4, "Eino"),
        ("Eino Kela-Hankkeesta tuli", 4, "Eino"),
        ("Eino Koskinen Kela-Hankkeesta tuli", 13, "Eino Koskinen"),
        ("Eino Koskinen Ala-Haapa tuli", 13, "Eino Koskinen"),
    ],
)
def test_a_given_name_reaches_over_a_double_surname_only(
    analyzer: LemmaAnalyzer, text: str, name_end: int, joined: str
) -> None:
    spans = whole_foreign_names(text, [PersonalSpan(0, name_end, "nimi")], analyzer.voikko)
    assert [text[s.start : s.end] for s in spans] == [joined]
