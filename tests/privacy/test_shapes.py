"""Fixed-shape personal data written loosely (identity codes with spaces, e-mail addresses with
the "at" between hyphens, flats after a house number, @-mentions) and the look-alikes of each
(office mailboxes, mentions of everyone, things and firms named after people). Sentences of
our own, not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import is_valid_hetu


@pytest.mark.parametrize(
    "code", ["131052 - 308T", "131052 -308T", "131052 308T", "13 10 52-308T", "131052-308 T"]
)
def test_is_valid_hetu_reads_spaced_codes(code: str) -> None:
    assert is_valid_hetu(code)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("henkilötunnus 131052 - 308T lomakkeeseen", "131052 - 308T"),
        ("kirjoita osoitteeseen veera.koski -at- posti.fi", "veera.koski -at- posti.fi"),
        ("veera_at_posti.fi vastaa", "veera_at_posti.fi"),
        ("oskari.rinne *at* kunta *dot* fi", "oskari.rinne *at* kunta *dot* fi"),
        ("vuokralainen Myllytie 12 porras B asunto 14 muuttaa", "Myllytie 12 porras B asunto 14"),
        ("Koulukatu 8 rappu A as. 3 on tyhjä", "Koulukatu 8 rappu A as. 3"),
        ("@oskari.rinne laita kalvot jakoon", "@oskari.rinne"),
        ("kiitos @veerakoski", "@veerakoski"),
        ("kettu@gmail.com ilmoittautui", "kettu@gmail.com"),
        ("Liisa-täti lupasi hoitaa tilaukset", "Liisa-täti"),  # a name with a kin word
        ("Pekka-sedän mielestä malli toimii", "Pekka-sedän"),
        # a two-letter word and a number before an IBAN ("ja 20…": no country code)
        ("ja 2025 FI21 1234 5600 0007 85", "FI21 1234 5600 0007 85"),
        ("laskut on 2024 maksettu FI2112345600000785 kautta", "FI2112345600000785"),
    ],
)
def test_find_personal_data_reads_loose_shapes(
    analyzer: LemmaAnalyzer, text: str, piece: str
) -> None:
    assert found(analyzer, text) == [piece]


@pytest.mark.parametrize(
    "text",
    [
        "palautteet@kunta.fi kerää kaikki kommentit",  # an office's mailbox of ordinary words
        "ilmoittautumiset-syksy@kunta.fi ei vastaa",
        "@kaikki muistakaa palaute",  # everyone, not a person
        "kysymykset @tiimi kanavalle",
        "talo 3 ja kerros 2 remontissa",  # no street: no address
        "Wilma-viestit ja Teams-kokoukset vievät aikaa",  # things named with a name
        "Ernst & Young teki arvioinnin",  # a firm
    ],
)
def test_find_personal_data_keeps_shape_lookalikes(analyzer: LemmaAnalyzer, text: str) -> None:
    assert found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("lisätiedot 050 987 6543 (Sade)", ["050 987 6543", "Sade"]),  # whose number it is
        ("lisätiedot 050 987 6543 (Vaihde)", ["050 987 6543"]),  # an office's
        ("lisätiedot 050 987 6543 (Rehtori)", ["050 987 6543"]),  # a person noun
        ("lisätiedot 050 987 6543 (Kuopio)", ["050 987 6543"]),  # a place
    ],
)
def test_find_personal_data_reads_a_contacts_owner(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert found(analyzer, text) == pieces


def test_a_phone_owner_is_looked_for_within_the_owner_window(analyzer: LemmaAnalyzer) -> None:
    # [privacy] owner_window: the characters before a phone number its owner's name may stand
    from muistiinpanot.privacy import PrivacySettings, configure_privacy

    # "satu" is also a common noun: only the owner rule reads it as a name (texts differ
    # in their number: the detector keeps what it found in a text)
    assert "satu" in found(analyzer, "kysy lisää satu, puh. 050 123 4567")
    configure_privacy(analyzer, PrivacySettings(owner_window=8))
    try:
        assert "satu" not in found(analyzer, "kysy lisää satu, puh. 050 123 4568")
    finally:
        configure_privacy(analyzer, PrivacySettings())


def test_an_office_line_is_read_within_the_owner_window(analyzer: LemmaAnalyzer) -> None:
    # the same window reaches an office line's owner and name (phones.py): the number is a
    # switchboard's when "Terveysaseman vaihde" is within it, a phone when it is not
    from muistiinpanot.privacy import PrivacySettings, configure_privacy

    assert found(analyzer, "Terveysaseman vaihde 09 123 4561") == []
    configure_privacy(analyzer, PrivacySettings(owner_window=8))
    try:
        assert found(analyzer, "Terveysaseman vaihde 09 123 4562") == ["09 123 4562"]
    finally:
        configure_privacy(analyzer, PrivacySettings())
