"""Review 67 on privacy74's genitive rule (mend133; docs/privacy.md, "Round 74"): a given
name's genitive before a group or a view is not a person when the word is read otherwise.

REVIEW_LOOKALIKES are the review's false hits, as clinic c2 wrote them. OWN_* were written
(2026-12-07) before any code of the mend changed and are not tuned on: time and verb readings
before group and view nouns, "pari" as a quantifier, and persons of names that are words.
REVIEW_MISSES are the review's persons before heads no list holds (finding 2): strict xfails."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

REVIEW_LOOKALIKES = [
    ("Aamun ryhmä keskusteli luottamuksesta johdon ja työntekijöiden välillä", "Aamun"),
    ("Illan ryhmä totesi että siilot estävät tiedon kulkua", "Illan"),
    ("Toivon kommentteja avoimesta viestinnästä ensi kerralla", "Toivon"),
    ("Toivon ehdotuksen avoimesta tiedonjaosta etenevän nopeasti", "Toivon"),
    pytest.param(
        "Rauhan ryhmä kokoontui torilla",
        "Rauhan",
        marks=pytest.mark.xfail(
            strict=True,
            reason="privacy first (review 69): Rauha's 2,292 bearers are at or above"
            " given_genitive_common_bearers, so the word's frequency no longer vetoes",
        ),
    ),
    ("Rauhan pari vuotta kestänyt prosessi päättyi ilman tuloksia", "Rauhan"),
]
OWN_LOOKALIKES = [
    ("Illan porukka jäi juttelemaan pidempään", "Illan"),
    ("Aamun tiimi aloitti jo kahdeksalta", "Aamun"),
    ("Päivän ryhmä kokoontui isossa salissa", "Päivän"),
    ("Aamun kommentit kirjattiin muistioon", "Aamun"),
    ("Toivon arviota kustannuksista vielä tällä viikolla", "Toivon"),
    ("Toivon ryhmältä palautetta ennen kesää", "Toivon"),
    ("Illan pari tuntia menivät nopeasti", "Illan"),
    ("Rauhan pari kolme vuotta kesti", "Rauhan"),
]
OWN_PERSONS = [
    ("Tyynen porukka siivosi salin", "Tyynen"),
    ("Vienon tiimi esitteli tulokset", "Vienon"),
    ("Lahjan ryhmä kokoontui kirjastossa", "Lahjan"),
    ("Rauhan näkemys kirjattiin muistioon", "Rauhan"),
    ("Kielon joukkue voitti kaupungin turnauksen", "Kielon"),
    ("Aamun mielipide oli selvä", "Aamun"),
    ("Toivon ryhmä voitti kilpailun", "Toivon"),  # since review 69: 7,467 bearers
]


def _missed(text: str, piece: str, reason: str) -> object:
    return pytest.param(text, piece, marks=pytest.mark.xfail(strict=True, reason=reason))


_HEAD = "a head no list holds, no general derivation taken (review 67, finding 2)"
REVIEW_MISSES = [
    _missed("Ritvan idea oli hyvä", "Ritvan", _HEAD),
    _missed("Kielon palaute oli kriittinen", "Kielon", _HEAD),
    _missed("Hillan vastaus tuli myöhään", "Hillan", _HEAD),
    _missed("Sulon ajatus oli kiinnostava", "Sulon", _HEAD),
    _missed("Kertun luonnos hyväksyttiin", "Kertun", _HEAD),
    _missed("Hillan huomio oli tärkeä", "Hillan", _HEAD),
]

test_review_lookalikes = leaves(REVIEW_LOOKALIKES)
test_own_lookalikes = leaves(OWN_LOOKALIKES)
test_own_persons = finds(OWN_PERSONS)
test_review_misses = finds(REVIEW_MISSES)  # type: ignore[arg-type]
