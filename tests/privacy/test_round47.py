"""Round 47 (mend58): a home address whose street name has no street suffix ("Kotikallio 2 D
8", blind round 28). A capitalised word with a house number is an address right before a
postcode and a town, or after a word such as "asuu" or "osoite" with a staircase letter and a
flat number; a number alone, a year or a count stays. The real spaCy and Voikko for the
detector, the patterns alone too (no models); sentences of our own beside the round's one."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

from muistiinpanot.privacy.patterns import find_pattern_spans

test_an_address_without_a_street_suffix_is_found = finds(
    [
        # blind round 28
        ("Äiti asuu Kotikallio 2 D 8, 15140 Lahti ja odottaa siirtoa", "Kotikallio 2 D 8"),
        # fresh
        ("Isä asuu nykyään Pihlajisto 4 B 12 yksin", "Pihlajisto 4 B 12"),
        ("Hänen osoitteensa on Etelä-Kallio 12 as 3.", "Etelä-Kallio 12 as 3"),
        ("Mummo asuu Kuusela 3 b 14 Oulussa", "Kuusela 3 b 14"),
        ("Postit menevät Kivikko 7, 00940 Helsinki", "Kivikko 7, 00940 Helsinki"),
        ("Uusi osoite: Peltola 21 C 5, 90500 Oulu", "Peltola 21 C 5, 90500 Oulu"),
    ]
)

test_a_capitalised_word_and_a_number_that_is_no_address_stays = leaves(
    [
        ("Vuonna 2024, 00100 Helsinki sai uuden kirjaston", "Vuonna 2024"),
        ("Ryhmä 3 A 5 kokoontui salissa", "Ryhmä 3 A 5"),
        ("Luokka 5 A kävi museossa", "Luokka 5 A"),
        ("Asukasilta pidettiin Sali 2 tiloissa", "Sali 2"),
        ("Hämeenkadulla 5 kauppaa on kiinni", "Hämeenkadulla 5"),
    ]
)


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_pattern_spans(text) if s.kind == "osoite"]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Äiti asuu Kotikallio 2 D 8, 15140 Lahti ja odottaa", "Kotikallio 2 D 8, 15140 Lahti"),
        ("Äiti asuu Kotikallio 2 D 8 ja odottaa", "Kotikallio 2 D 8"),
        ("Osoite on Etelä-Kallio 12 as 3.", "Etelä-Kallio 12 as 3"),
        ("Lähetä Pihlajisto 4, 00750 Helsinki", "Pihlajisto 4, 00750 Helsinki"),
        ("Peltola 21 C 5 90500 Oulu", "Peltola 21 C 5 90500 Oulu"),
    ],
)
def test_the_patterns_mark_the_whole_address(text: str, piece: str) -> None:
    assert piece in _pieces(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("vuonna 2024, 00100 Helsinki", ["00100 Helsinki"]),
        ("Vuonna 2024, 00100 Helsinki", ["00100 Helsinki"]),  # a year is no house number
        ("Hämeenkadulla 5 kauppaa", []),
        ("Äiti asuu Kotikallio 2 ja odottaa", []),  # no stair, no flat, no postcode
        ("Ryhmä 3 A 5 kokoontui", []),  # no word of a home before it
        ("Tiimi 5 kokoontuu", []),
    ],
)
def test_the_patterns_leave_a_look_alike_as_today(text: str, kept: list[str]) -> None:
    assert _pieces(text) == kept
