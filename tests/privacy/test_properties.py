"""Invariants of redaction (hypothesis): whatever ordinary words surround them, the personal
items are gone after redact_text, nothing is found in the result, and redacting again changes
nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data, redact_text

ORDINARY = ["tieto", "kulkee", "huonosti", "ja", "luottamus", "puuttuu", "Kunta", "kokeilu",
            "auttaa", "siilot", "KPI:t", "THL:n", "ohje", "2025", "klo", "14.30", "toivo",
            "on", "että", "hyvinvointialue", "Helsingissä", "avoin", "valmistelu", "-", ",",
            "."]  # fmt: skip
PERSONAL = ["Pekka Virtanen", "virtaselta", "LIISA KORHONEN", "kysy onnilta",
            "sari.virtanen@example.fi", "matti [at] kunta.fi", "040 123 4567", "(09) 310 1234",
            "131052-308T", "FI21 1234 5600 0007 85", "Koivukuja 3 A 12"]  # fmt: skip
SECRETS = ["virtanen", "virtase", "liisa", "korhonen", "onnilta", "sari.", "matti", "123 4567",
           "310 1234", "131052", "fi21", "koivukuja"]  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    before=st.lists(st.sampled_from(ORDINARY), max_size=4),
    item=st.sampled_from(PERSONAL),
    after=st.lists(st.sampled_from(ORDINARY), max_size=4),
)
def test_redact_text_removes_the_item_and_is_idempotent(
    analyzer: LemmaAnalyzer, before: list[str], item: str, after: list[str]
) -> None:
    text = " ".join([*before, item, *after])
    redacted = redact_text(text, analyzer)
    assert not any(secret in redacted.casefold() for secret in SECRETS), redacted
    assert find_personal_data([redacted], analyzer)[0] == []
    assert redact_text(redacted, analyzer) == redacted
