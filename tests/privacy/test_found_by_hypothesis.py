"""Cases hypothesis found in the redaction property test: a phone number followed by more
digits (libphonenumber's matcher alone tries the whole run and finds it invalid), and a
redacted name that made NER read its neighbour as a name."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data, redact_text
from muistiinpanot.privacy.patterns import find_pattern_spans


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("040 123 4567 2025", "040 123 4567"),
        ("(09) 310 1234 2025 mennessä", "(09) 310 1234"),
        ("soita 050 765 4321 14 jälkeen", "050 765 4321"),
    ],
)
def test_phone_followed_by_digits_is_found(text: str, phone: str) -> None:
    found = {text[s.start : s.end] for s in find_pattern_spans(text) if s.kind == "puhelin"}
    assert found == {phone}


@pytest.mark.parametrize(
    "text", ["vuosina 2023-2025 budjetti 3 500 000 euroa", "KPI 12/2024 ja 0,5 %", "klo 14.30"]
)
def test_numbers_that_are_not_phones_stay(text: str) -> None:
    assert [s for s in find_pattern_spans(text) if s.kind == "puhelin"] == []


def test_redaction_is_a_fixed_point_next_to_a_redacted_name(analyzer: LemmaAnalyzer) -> None:
    """A placeholder is no evidence for its neighbour: 'toivo' and 'KPI:t' stay ordinary words
    after a redacted name, and redacting again changes nothing."""
    for text, expected in [
        ("Pekka Virtanen - toivo", "[nimi] - toivo"),
        ("Pekka Virtanen 2025 KPI:t", "[nimi] 2025 KPI:t"),
    ]:
        redacted = redact_text(text, analyzer)
        assert redacted == expected
        assert find_personal_data([redacted], analyzer)[0] == []
        assert redact_text(redacted, analyzer) == redacted
