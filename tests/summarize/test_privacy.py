"""Personal data detectors and redaction (real spaCy NER and Voikko)."""

from __future__ import annotations

import dataclasses

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize import redact_notes, redact_text
from muistiinpanot.summarize.privacy import find_personal_data, is_valid_hetu


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("131052-308T", True),
        ("010203A308Y", True),
        ("241299-002S", True),
        ("131052-308U", False),  # wrong check character
        ("321052-308T", False),  # no 32nd day
        ("131352-308T", False),  # no 13th month
        ("131052308T", False),  # no century sign
    ],
)
def test_is_valid_hetu_checks_date_and_check_character(code: str, valid: bool) -> None:
    assert is_valid_hetu(code) is valid


@pytest.mark.parametrize(
    ("text", "piece", "kind"),
    [
        ("ota yhteyttä sari.virtanen@example.fi", "sari.virtanen@example.fi", "sähköposti"),
        ("soita 040 123 4567 huomenna", "040 123 4567", "puhelin"),
        ("soita 040-1234567 huomenna", "040-1234567", "puhelin"),
        ("numero +358 40 123 4567 toimii", "+358 40 123 4567", "puhelin"),
        ("vaihde 09 1234 5678", "09 1234 5678", "puhelin"),
        ("asukas 131052-308T soitti", "131052-308T", "henkilötunnus"),
        ("Kysy Pekka Laaksoselta lisää", "Pekka Laaksoselta", "nimi"),
        ("kysy lisää: Sari Virtanen", "Sari Virtanen", "nimi"),
        ("Pekka lupasi selvittää asian", "Pekka", "nimi"),
        ("jos haluu jatkaa keskustelua -Ville", "Ville", "nimi"),
    ],
)
def test_find_personal_data_finds(
    analyzer: LemmaAnalyzer, text: str, piece: str, kind: str
) -> None:
    spans = find_personal_data([text], analyzer)[0]
    assert [(text[s.start : s.end], s.kind) for s in spans] == [(piece, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "tauko klo 14.30",
        "klinikka pidettiin 18.9.2025 ja mukana oli 120 osallistujaa",
        "budjetti 10 000 000 euroa",
        "HYTE-työ ja THL:n ohjeet",
        "Toivo paremmasta yhteistyöstä",  # sentence-initial "Toivo" is also a noun
        "Siilot ja organisaatiorajat",
        "henkilötunnus 131052-308U ei ole kelvollinen",
    ],
)
def test_find_personal_data_ignores(analyzer: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], analyzer)[0] == []


def test_find_personal_data_allows_published_strings(analyzer: LemmaAnalyzer) -> None:
    text = "Lisätietoja antaa Kaisa Mallinen."
    assert find_personal_data([text], analyzer, allowed=["Kaisa Mallinen"])[0] == []


def test_redact_text_uses_placeholders(analyzer: LemmaAnalyzer) -> None:
    text = "Sari Virtanen (sari.virtanen@example.fi, 040 765 4321), hetu 131052-308T"
    assert redact_text(text, analyzer) == "[nimi] ([sähköposti], [puhelin]), hetu [henkilötunnus]"


def test_redact_notes_replaces_text_and_lemmas(analyzer: LemmaAnalyzer) -> None:
    note = Note(
        id="k/a.txt:1",
        clinic="k",
        group="a",
        text="Kysy Pekka Laaksoselta lisää",
        source=SourceRef("a.txt", line=1),
        clean_text="Kysy Pekka Laaksoselta lisää",
        lemmas=("kysyä", "Pekka", "Laaksonen", "lisää"),
        content_lemmas=("kysyä", "Pekka", "Laaksonen"),
    )
    plain = dataclasses.replace(note, id="k/a.txt:2", text="hyvä", clean_text="hyvä")
    redacted, untouched = redact_notes([note, plain], analyzer)
    assert redacted.text == redacted.clean_text == "Kysy [nimi] lisää"
    assert redacted.lemmas == ("kysyä", "lisää")
    assert redacted.content_lemmas == ("kysyä",)
    assert untouched is plain
