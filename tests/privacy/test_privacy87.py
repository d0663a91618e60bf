"""privacy87: the publisher's reading of a word-name (a register name that is also a common
word or a town) doing a person's act, opening its clause or after its verb
(acting_word_names.py). Text to publish only; the notes' detector is not changed. Sentences of
our own, real spaCy and Voikko; each found piece is left with the setting off."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import covered

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy, find_personal_data

PERSONS = [
    ("sovittiin että Kivi hoitaa saunan avaimet", "Kivi"),
    ("Kaarina leipoo pullat joka aamu", "Kaarina"),
    ("juhlan valokuvat otti ilona", "ilona"),
    ("Onni on taitava leipomaan pullia", "Onni"),
    ("into kävi hakemassa tuolit varastosta", "into"),
    ("Lumi oli koko kesän töissä satamassa", "Lumi"),
    ("into lupas maalata aidan huomenna", "into"),
]
LOOKALIKES = [
    "lumi sataa koko päivän",
    "kivi vierii mäkeä alas",
    "Tuuli kantoi lehdet pihalle",  # a word of nature carries leaves: its own act
    "lumi teki tiet liukkaiksi",  # a state brought about
    "Sade soitti peltikattoa koko yön",  # "soittaa" is no verb of these classes
    "Into ajaa meitä eteenpäin",  # done to persons
    "Valo kertoo vuodenajasta.",  # telling no person
    "sade toi helpotusta",  # an abstraction brought
    "sadon vei halla",  # a word of nature after its verb
    "Onni on hyvä asia",  # no skill's infinitive
    "seppä korjasi portin saranat",  # a surname only, in lower case a trade's noun
    "aalto vei rantaan jätetyn pyyhkeen",  # conveying: a wave's own act
    "posti toi paketin perjantaina",
    "kahvilan siivoaa Kivi ja poika oy",  # after the verb, a firm's name
    "Kokkola lupasi korjata koulun katon",  # a town promises as a body does
    "Kivi myy pihalaattoja",  # a business's verb
]


#: Round 61's held-out person, a strict xfail there in both modes (gathering: weather
#: gathers too); the publisher reads it since privacy87, the notes' detector still does not.
GATHERED = ("Taimi kokosi hyllyt varastoon", "Taimi")


@pytest.mark.parametrize(("text", "piece"), PERSONS)
def test_publisher_reads_a_word_name_acting(defaults: LemmaAnalyzer, text: str, piece: str) -> None:
    assert covered(defaults, text, piece, True)


@pytest.mark.parametrize(("text", "piece"), PERSONS)
def test_the_setting_turns_the_reading_off(defaults: LemmaAnalyzer, text: str, piece: str) -> None:
    configure_privacy(
        defaults, dataclasses.replace(PrivacySettings(), publish_acting_word_names=False)
    )
    assert not covered(defaults, text, piece, True)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_publisher_keeps_nature_and_its_own_acts(defaults: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], defaults, cautious=True)[0] == []


def test_the_publisher_reads_round_61s_gatherer(defaults: LemmaAnalyzer) -> None:
    assert covered(defaults, *GATHERED, True)


@pytest.mark.xfail(strict=True, reason='"koota", "laittaa": weather does them too (round 61)')
def test_the_notes_still_miss_round_61s_gatherer(defaults: LemmaAnalyzer) -> None:
    assert covered(defaults, *GATHERED, False)
