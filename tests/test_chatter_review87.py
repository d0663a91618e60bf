"""Chatter (review 87): a note handing on a named person with their own contact ("Sanna Mäkelä
rehtori, 050 …, kertoo mielellään") and a short assent or move with nothing of the topic
("kuulostaa hyvältä, mennään eteenpäin") are meeting talk; a number or an e-mail told about
as the topic, and an assent or a "let us" that names what it is about, stay topic notes. Real
analyzer (spaCy + Voikko); notes written for these tests, not taken from the dev rounds."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_status, chatter_statuses
from muistiinpanot.chatter import ChatterSettings
from muistiinpanot.lemmatize import LemmaAnalyzer

#: Shipped off (the post's landing rule not met, docs/how-it-works.md, mend186); measured on.
ON = ChatterSettings(named_contacts=True, assents=True)

NAMED_CONTACTS = [
    "Jussi Laine (tekninen palvelu) hoitaa avainasiat, jussi.laine@kunta.fi",
    "Ella Koski, 040 123 4567",
    "Marjut Halme rehtori, 044 765 4321, kertoo mielellään omista kokemuksista",
    "Olli Räsänen (liikuntatoimi) lupas selvittää vuorot, olli.rasanen@esimerkki.fi",
]
TOPIC_NUMBERS = [
    "Matti kertoi että neuvonnan numero 0800 123 456 ei vastaa koskaan",
    "Pekka sanoi että asiakaspalvelu 020 634 1000 on aina ruuhkainen",
    "Aino soitti kelaan 020 692 200 ja jonotti tunnin",
    "Anjan vanha numero 017 266 4310 on yhä listassa",
    "Nuorisotalo Kipinä: info@kipina.fi, avoinna iltaisin",
]
ASSENTS = [
    "kuulostaa hyvältä, jatketaan sitten",
    "sovitaan niin",
    "vaikuttaa järkevältä",
    "joo, mennään eteenpäin",
]
TOPIC_ASSENTS = [
    "idea kuulostaa hyvältä mutta hinta on kova",
    "mennään uimahalliin bussilla",
    "sovitaan vuoroista kunnan kanssa",
    "jatketaan uimakoulua kesällä",
    "näyttää hyvältä paperilla",
]


@pytest.mark.parametrize("text", NAMED_CONTACTS)
def test_a_named_contact_is_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer, ON) == "chatter"


@pytest.mark.parametrize("text", TOPIC_NUMBERS)
def test_a_number_told_about_is_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer, ON) == "kept"


@pytest.mark.parametrize("text", ASSENTS)
def test_an_assent_or_move_is_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer, ON) == "chatter"


@pytest.mark.parametrize("text", TOPIC_ASSENTS)
def test_an_assent_naming_its_topic_is_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer, ON) == "kept"


def test_named_contacts_and_assents_are_settings(analyzer: LemmaAnalyzer) -> None:
    off = ChatterSettings(named_contacts=False, assents=False)
    texts = [NAMED_CONTACTS[0], ASSENTS[1]]
    assert chatter_statuses(texts, analyzer, off) == ["kept", "kept"]
