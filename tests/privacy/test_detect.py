"""The detector on Finnish examples (real spaCy NER and Voikko): each kind of personal data,
names in every casing, and look-alikes that must survive."""

from __future__ import annotations

import pytest
from kinds_cases import found
from privacy_cases import KNOWN_FALSE_HITS, LOOKALIKES, PERSONAL

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data, is_valid_hetu, redact_text


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("131052-308T", True),
        ("010203A308Y", True),
        ("241299-002S", True),
        ("010594Y9021", True),  # 2023 century sign for the 1900s
        ("020502E123T", True),  # 2023 century sign for the 2000s
        ("131052-308U", False),  # wrong check character
        ("321052-308T", False),  # no 32nd day
        ("131352-308T", False),  # no 13th month
        ("131052308T", False),  # no century sign
        ("010594G9021", False),  # not a century sign
    ],
)
def test_is_valid_hetu_checks_date_sign_and_check_character(code: str, valid: bool) -> None:
    assert is_valid_hetu(code) is valid


@pytest.mark.parametrize(("text", "pieces"), PERSONAL, ids=[t for t, _ in PERSONAL])
def test_find_personal_data_finds_every_piece(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert found(analyzer, text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True)) if t in KNOWN_FALSE_HITS else t
        for t in LOOKALIKES
    ],
)
def test_find_personal_data_keeps_lookalikes(analyzer: LemmaAnalyzer, text: str) -> None:
    assert found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tili FI21 1234 5600 0007 85", "tilinumero"),
        ("tili FI2112345600000785", "tilinumero"),
        ("konto SE45 5000 0000 0583 9825 7466", "tilinumero"),
        ("posti: sari.virtanen(at)kunta.fi", "sähköposti"),
        ("posti: sari [at] kunta [piste] fi", "sähköposti"),
        ("soita (09) 310 1234", "puhelin"),
        ("gsm +358401234567", "puhelin"),
        ("asun Koivukuja 3 A 12", "osoite"),
        ("33100 Tampere", "osoite"),
    ],
)
def test_find_personal_data_kinds(analyzer: LemmaAnalyzer, text: str, kind: str) -> None:
    assert [s.kind for s in find_personal_data([text], analyzer)[0]] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "tili FI21 1234",  # too short
        "valtatie 4 ja kantatie 51",  # numbered roads
        "palvelupolku 2.0",
        "kokouksessa at least 5 people",  # an English "at" is not an e-mail
    ],
)
def test_find_personal_data_rejects_invalid_shapes(analyzer: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], analyzer)[0] == []


def test_find_personal_data_allows_published_strings(analyzer: LemmaAnalyzer) -> None:
    text = "Lisätietoja antaa Kaisa Mallinen."
    assert find_personal_data([text], analyzer, allowed=["Kaisa Mallinen"])[0] == []


def test_redact_text_uses_placeholders(analyzer: LemmaAnalyzer) -> None:
    text = (
        "Sari Virtanen (sari.virtanen@example.fi, 040 765 4321), hetu 131052-308T, "
        "tili FI21 1234 5600 0007 85, Koivukuja 3"
    )
    assert redact_text(text, analyzer) == (
        "[nimi] ([sähköposti], [puhelin]), hetu [henkilötunnus], tili [tilinumero], [osoite]"
    )


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("laura.nieminen#kunta.fi (# = @)", ["laura.nieminen#kunta.fi"]),  # a hash for "@"
        ("Kanava #yleinen ja #kehitys.fi ovat käytössä", []),  # hashtags, no address
        ("Strandvägen 12 B 5, 00140 Helsingfors", ["Strandvägen 12 B 5, 00140 Helsingfors"]),
        ("Kirkkoesplanadi 4 A 2, Vaasa", ["Kirkkoesplanadi 4 A 2, Vaasa"]),
    ],
)
def test_find_personal_data_reads_hashed_emails_and_swedish_streets(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert found(analyzer, text) == pieces
