"""Review 81 mends (mend171; docs/privacy.md "Review 81 mends (mend171)"): a phone number typed
right after a name's letters is still a phone number and the name's span ends at its letters;
a club named by a common word and a given name in the plural ("Pallo-Veikkojen") is no person
in any case of the plural: not a phone's owner in brackets, no part of a name's span. Sentences
of our own, real spaCy NER and Voikko."""

from __future__ import annotations

import pytest
from kinds_cases import found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("ilmoittautumiset Outi Lahtinen0407654321", "ilmoittautumiset [nimi][puhelin]"),
        ("kysykää Reijo Kallio050 987 6543 kautta", "kysykää [nimi][puhelin] kautta"),
        ("soittakaa Sannalle045 223 3445 jos ehditte", "soittakaa [nimi][puhelin] jos ehditte"),
        # a landline's area code glued to the name too
        ("vastaava Erkki Salo09 8765 4321", "vastaava [nimi][puhelin]"),
    ],
)
def test_a_number_glued_to_a_name_is_a_phone_number(
    analyzer: LemmaAnalyzer, text: str, redacted: str
) -> None:
    assert redact_text(text, analyzer) == redacted


@pytest.mark.parametrize(
    "text",
    [
        # a product's code and a digit run no Finnish number begins with stay as written
        "tilattiin malli XR2000 kerhoon",
        "huoneessa B205 on uusi näyttö",
    ],
)
def test_a_code_glued_to_letters_is_no_phone(analyzer: LemmaAnalyzer, text: str) -> None:
    assert redact_text(text, analyzer) == text


@pytest.mark.parametrize("cautious", [False, True])
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kisa-Veikkojen Pertti Laaksonen 040 246 8135 lupasi tuoda pallot",
            ["Pertti Laaksonen", "040 246 8135"],
        ),
        ("Pertti Laaksonen 040-2468135 (Hiihto-Veikot)", ["Pertti Laaksonen", "040-2468135"]),
        ("Pertti Laaksonen Hiihto-Veikoista kertoi kentästä", ["Pertti Laaksonen"]),
        # the owner in brackets and a double given name are still persons
        ("Pertti Laaksonen 040-2468135 (Aune)", ["Pertti Laaksonen", "040-2468135", "Aune"]),
    ],
)
def test_a_club_in_the_plural_is_no_part_of_a_name(
    analyzer: LemmaAnalyzer, text: str, names: list[str], cautious: bool
) -> None:
    assert found(analyzer, text, cautious=cautious) == names
