"""A phone number followed by more digits is still found (libphonenumber's matcher alone tries
the whole run of digits and finds it invalid); numbers that are not phones stay."""

from __future__ import annotations

import pytest

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
