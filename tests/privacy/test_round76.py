"""Round 76 (docs/privacy.md, "Round 76"; issue 12, recall): a given name in the partitive as
the one a person's act is done to: congratulated, interviewed, comforted, guided, reassured,
questioned, spoken to or cheered on ("Kaislaa onniteltiin", "Kieloa pitäisi lohduttaa").

FRESH_* were written (2026-12-07) before any code of the round changed, with names and verbs
not seen in the dev rows' sentences of the kind (those rows thank, remind, bully and ask);
they are not tuned on. The cases the lead reads wrongly are strict xfails, committed first,
per mode (the publisher reads some of them already). On lead 0f670dd8: persons 2 of 12 found
in the notes mode and 7 of 12 in text to publish, look-alikes 13 of 13 left in both.
"""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

NOTES = pytest.mark.parametrize("cautious", [False], ids=["notes"])
PUBLISH = pytest.mark.parametrize("cautious", [True], ids=["publish"])

_LEAD = pytest.mark.xfail(strict=True, reason="not read on lead (round 76's kind)")

#: (text, piece, found on lead in the notes mode, found on lead in text to publish)
_PERSONS = [
    # a passive of a verb whose object is a person
    ("Kaislaa onniteltiin valmistumisesta kakulla ja kukilla", "Kaislaa", False, True),
    ("Hillaa haastateltiin paikallislehteen kerhon syntymäpäivistä", "Hillaa", False, True),
    ("Lahjaa opastettiin uuden kassakoneen käytössä", "Lahjaa", False, True),
    ("Aarretta jututettiin pitkään tauolla", "Aarretta", False, False),
    ("Iloa kuulusteltiin poliisiasemalla kolme tuntia", "Iloa", False, False),
    ("Voittoa onniteltiin kisan jälkeen halauksin", "Voittoa", False, False),
    ("Hallaa puhuteltiin rehtorin kansliassa", "Hallaa", False, False),
    ("Sadetta kannustettiin koko matkan maaliin asti", "Sadetta", True, True),
    # a verb of necessity and such a verb's A-infinitive; lower case opening its sentence
    ("Kieloa pitäisi lohduttaa, kun koira kuoli", "Kieloa", False, True),
    ("Satua pitää kannustaa lomakkeen kanssa ensi kerralla", "Satua", False, True),
    ("sointua täytyy rauhoitella ennen esitystä, hän jännittää", "sointua", False, False),
    ("Kokous venyi, ja Pihlaa pitäisi lohduttaa huomenna", "Pihlaa", True, True),
]

FRESH_PERSONS_NOTES = [
    (text, piece) if notes else pytest.param(text, piece, marks=_LEAD)
    for text, piece, notes, _ in _PERSONS
]
FRESH_PERSONS_PUBLISH = [
    (text, piece) if publish else pytest.param(text, piece, marks=_LEAD)
    for text, piece, _, publish in _PERSONS
]
FRESH_LOOKALIKES = [
    # the same words as things, with verbs whose object need not be a person
    ("Hallaa pelättiin koko toukokuun ajan", "Hallaa"),
    ("Iloa jaettiin kaikille osallistujille", "Iloa"),
    ("Sadetta odotettiin jo viikkoja", "Sadetta"),
    ("Satua luettiin lapsille ääneen", "Satua"),
    ("Lahjaa paketoitiin koko ilta", "Lahjaa"),
    ("Voittoa juhlittiin myöhään yöhön", "Voittoa"),
    ("Kaislaa niitettiin rannalta koko päivä", "Kaislaa"),
    ("Hillaa poimittiin suolta kaksi ämpärillistä", "Hillaa"),
    ("Kieloa pitää kastella harvoin", "Kieloa"),
    ("Sointua haettiin pitkään kuoron harjoituksissa", "Sointua"),
    ("Aarretta etsittiin koko kesä saaresta", "Aarretta"),
    ("Rauhaa pitää puolustaa joka päivä", "Rauhaa"),
    # a municipality congratulated
    ("Sallaa onniteltiin 100-vuotispäivänä", "Sallaa"),
]

test_fresh_persons_notes = finds(FRESH_PERSONS_NOTES, NOTES)
test_fresh_persons_publish = finds(FRESH_PERSONS_PUBLISH, PUBLISH)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
