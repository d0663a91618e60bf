"""Round 76 (docs/privacy.md, "Round 76"; issue 12, recall): a given name in the partitive as
the one a person's act is done to: congratulated, interviewed, comforted, guided, reassured,
questioned, spoken to or cheered on ("Kaislaa onniteltiin", "Kieloa pitäisi lohduttaa").

FRESH_* were written (2026-12-07) before any code of the round changed, with names and verbs
not seen in the dev rows' sentences of the kind (those rows thank, remind, bully and ask);
they are not tuned on. The cases the lead read wrongly were strict xfails, committed first
(532c977d), per mode (the publisher read some of them). On lead 0f670dd8: persons 2 of 12 found
in the notes mode and 7 of 12 in text to publish, look-alikes 13 of 13 left in both. After
the round (`treated_names` on): persons 11 of 12 in both modes ("Iloa": a strict xfail),
look-alikes 13 of 13 left.
"""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, covered, finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

_ILO = pytest.mark.xfail(
    strict=True,
    reason="Ilo is in the gazetteer's first names but not in the population register's list,"
    " and Voikko reads 'Iloa' only as the noun's partitive",
)

#: (text, piece); on lead 0f670dd8 only "Sadetta" and "Pihlaa" were found in the notes mode,
#: and those two with "Kaislaa", "Hillaa", "Lahjaa", "Kieloa", "Satua" in text to publish.
FRESH_PERSONS = [
    # a passive of a verb whose object is a person
    ("Kaislaa onniteltiin valmistumisesta kakulla ja kukilla", "Kaislaa"),
    ("Hillaa haastateltiin paikallislehteen kerhon syntymäpäivistä", "Hillaa"),
    ("Lahjaa opastettiin uuden kassakoneen käytössä", "Lahjaa"),
    ("Aarretta jututettiin pitkään tauolla", "Aarretta"),
    pytest.param("Iloa kuulusteltiin poliisiasemalla kolme tuntia", "Iloa", marks=_ILO),
    ("Voittoa onniteltiin kisan jälkeen halauksin", "Voittoa"),
    ("Hallaa puhuteltiin rehtorin kansliassa", "Hallaa"),
    ("Sadetta kannustettiin koko matkan maaliin asti", "Sadetta"),
    # a verb of necessity and such a verb's A-infinitive; lower case opening its sentence
    ("Kieloa pitäisi lohduttaa, kun koira kuoli", "Kieloa"),
    ("Satua pitää kannustaa lomakkeen kanssa ensi kerralla", "Satua"),
    ("sointua täytyy rauhoitella ennen esitystä, hän jännittää", "sointua"),
    ("Kokous venyi, ja Pihlaa pitäisi lohduttaa huomenna", "Pihlaa"),
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

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)


@MODES
@pytest.mark.usefixtures("settings_of_our_own")
def test_setting_off_gives_lead_reading(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`treated_names` off: a given name's partitive before a passive or a necessive of a
    person's verb is missed again, as on lead; on (the default) it is found."""
    cases = [
        ("Aarretta jututettiin pitkään tauolla", "Aarretta"),
        ("Hallaa puhuteltiin rehtorin kansliassa", "Hallaa"),
        ("sointua täytyy rauhoitella ennen esitystä, hän jännittää", "sointua"),
    ]
    assert all(covered(analyzer, text, piece, cautious) for text, piece in cases)
    off = dataclasses.replace(PrivacySettings(), treated_names=False)
    configure_privacy(analyzer, off)
    assert not any(covered(analyzer, text, piece, cautious) for text, piece in cases)
