"""Round 65 (docs/privacy.md, "Round 65"): an identity code or a Finnish IBAN typed with a
wrong check character is still that person's code (`[privacy] mistyped_codes`, patterns.py).
The sentences were written (2026-12-06) from the brief's shapes, none copied from a round; no
threshold was tuned on them (the rule is the code's shape, no list)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from kinds_cases import finds, found, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

MISTYPED = [
    ("hetu 150772-418R jäi tulosteeseen", "150772-418R"),
    ("Henkilötunnus 281105A732L oli liitteessä", "281105A732L"),
    ("lapsen tunnus 010617A0011 näkyi listassa", "010617A0011"),
    ("lomakkeessa luki 290296-1234 syntymäajan paikalla", "290296-1234"),  # 1996 was a leap year
    ("hänen tunnuksensa 311299-999X pitää poistaa", "311299-999X"),
    ("palautukset tilille FI12 3456 7800 0011 22", "FI12 3456 7800 0011 22"),
    ("IBAN FI9912345678901234 löytyy kuitista", "FI9912345678901234"),
    ("tili FI 33 4405 5010 0077 12 on kassan", "FI 33 4405 5010 0077 12"),
    ("maksa osoitteeseen fi07-1111-2222-3333-44 kiitos", "fi07-1111-2222-3333-44"),
]
LOOKALIKES = [
    ("y-tunnus 2345678-9 hakemukseen", "2345678-9"),  # a business ID
    ("asianumero 1234/2025 käsitellään torstaina", "1234/2025"),  # a case number
    ("dnro VN/1234/2026 liitteineen", "VN/1234/2026"),
    ("kokous 12.03.2026 klo 14-16", "12.03.2026"),  # a date and a time
    ("lasku 310224-5678 maksettu", "310224-5678"),  # no 31st of February
    ("koodi 150772G418R ei ole tunnus", "150772G418R"),  # G is no century sign
    ("tuote 150772-418Q varastossa", "150772-418Q"),  # Q is no check character
    ("tarjous 150772-418 ilman tarkistetta", "150772-418"),  # no check character
    ("saksalainen tili DE12 3456 7800 0011 2233 44", "DE12 3456 7800 0011 2233 44"),
    ("ruotsalainen tili SE12 3456 7800 0011 2233 4455", "SE12 3456 7800 0011 2233 4455"),
    ("viite FI12 3456 7800 0011 22 33 on liian pitkä", "FI12 3456 7800 0011 22 33"),
]

test_mistyped_codes_are_personal = finds(MISTYPED)
test_lookalikes_are_left = leaves(LOOKALIKES)


@pytest.fixture()
def checks_only(analyzer: LemmaAnalyzer) -> Iterator[None]:
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), mistyped_codes=False))
    yield
    configure_privacy(analyzer, PrivacySettings())


@pytest.mark.usefixtures("checks_only")
@pytest.mark.parametrize(("text", "piece"), MISTYPED[:2] + MISTYPED[5:7])
def test_off_keeps_only_valid_checks(analyzer: LemmaAnalyzer, text: str, piece: str) -> None:
    assert piece not in found(analyzer, text)


#: Look-alikes of older rounds' tests (privacy_cases.py, test_detect.py, test_structure.py)
#: that held a wrong check to be no code; round 65 reads them as the codes they were typed as.
FORMER_LOOKALIKES = [
    ("henkilötunnus 131052-308U ei ole kelvollinen", "131052-308U"),
    ("tilinumero FI21 1234 5600 0007 86 on väärä", "FI21 1234 5600 0007 86"),
    ("tunnus 280387y123x lomakkeella", "280387y123x"),
    ("tili FI 78 4000 1234 5678 91 on väärä", "FI 78 4000 1234 5678 91"),
]

test_former_lookalikes_are_codes = finds(FORMER_LOOKALIKES)
