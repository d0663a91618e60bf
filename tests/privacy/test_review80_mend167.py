"""Review 80 mends (mend167; docs/privacy.md "Review 80 mends (mend167)"): a name's span ends
at the name, the phone number beside it is a number of its own; a club named by a common word
and a given name in the plural ("Pallo-Veikot") is no person. Sentences of our own, real
spaCy NER and Voikko."""

from __future__ import annotations

import pytest
from kinds_cases import found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import redact_text
from muistiinpanot.privacy.spans import PersonalSpan, merge_spans


def test_a_name_overlapping_a_number_ends_at_the_name() -> None:
    text = "lisätietoja antaa Riikka 050 312 7788"
    name = PersonalSpan(text.index("Riikka"), text.index("050") + 3, "nimi")  # NER's reach
    phone = PersonalSpan(text.index("050"), len(text), "puhelin")
    assert [(text[s.start : s.end], s.kind) for s in merge_spans(text, [name, phone])] == [
        ("Riikka", "nimi"),
        ("050 312 7788", "puhelin"),
    ]


def test_a_name_inside_an_email_address_is_left_to_the_address() -> None:
    text = "meili riikka.aalto@kunta.fi"
    address = PersonalSpan(text.index("riikka"), len(text), "sähköposti")
    name = PersonalSpan(text.index("riikka"), text.index("@"), "nimi")
    assert merge_spans(text, [name, address]) == [address]


def test_names_beside_names_still_merge() -> None:
    text = "Sari Virtanen 040 111 2233"
    spans = [PersonalSpan(0, 4, "nimi"), PersonalSpan(5, 13, "nimi")]
    phone = PersonalSpan(14, len(text), "puhelin")
    assert merge_spans(text, [*spans, phone]) == [PersonalSpan(0, 13, "nimi"), phone]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("lisätietoja antaa Riikka 050 312 7788", "lisätietoja antaa [nimi] [puhelin]"),
        ("Kirsi 0401234567 hoitaa ilmoittautumiset", "[nimi] [puhelin] hoitaa ilmoittautumiset"),
    ],
)
def test_redacting_keeps_the_number_a_number(
    analyzer: LemmaAnalyzer, text: str, redacted: str
) -> None:
    assert redact_text(text, analyzer) == redacted


@pytest.mark.parametrize("cautious", [False, True])
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sari (Pallo-Veikot) kertoi että kentät on huonossa kunnossa", ["Sari"]),
        ("Kuoro-Ainot esiintyy joulukonsertissa", []),
        ("Hiihto-Veikkojen valmentaja kysyi vuoroja", []),
        # a family in the plural is still persons, and so is a person's double given name
        ("Virtaset muutti pois kylästä", ["Virtaset"]),
        ("Kisa-Veikko Laine kertoi että kentät on huonossa kunnossa", ["Kisa-Veikko Laine"]),
    ],
)
def test_a_given_name_in_the_plural_after_a_common_word_is_a_club(
    analyzer: LemmaAnalyzer, text: str, names: list[str], cautious: bool
) -> None:
    assert found(analyzer, text, cautious=cautious) == names
