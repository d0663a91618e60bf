"""Chatter: a contact line and a farewell (review 75). A note whose main act is giving a
contact (a phone number or an e-mail address with a verb of calling, asking or answering
said to those present or by the named person, or a word for a contact) is meeting talk; so is
a verbless farewell formula (thanks and a wish of a good time, to those present). A note
about a phone service or a helpline, or thanks as a topic, stays a topic note. Real analyzer
(spaCy + Voikko); the notes below were written for these tests before the rule and kept apart
from the dev rounds it was measured on, except REVIEW75 (the review's own rows)."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_status, chatter_statuses
from muistiinpanot.chatter import ChatterSettings
from muistiinpanot.lemmatize import LemmaAnalyzer

CONTACT_LINES = [
    "kysykää lisää Annelta, 044 321 8765",
    "soittakaa mulle 045 678 1122 jos jotain tulee mieleen",
    "yhteyshenkilö Kalle Virtanen, kalle.virtanen@esimerkki.fi",
    "palautteeseen vastaa Marja Lehtinen, marja.lehtinen@kunta.fi",
    "laittakaa sähköpostia tiina.koski@esimerkki.fi jos tulee kysyttävää",
]
TOPIC_CONTACTS = [
    "neuvontapuhelin pitäisi olla auki iltaisin",
    "neuvontanumeroon 0800 123 456 pitäisi pystyä soittamaan myös iltaisin",
    "kelan numeroon 020 634 2000 ei vastaa kukaan",
    "kriisipuhelin 09 2525 0111 on ruuhkainen iltaisin",
    "mä soitin numeroon 0800 98 765 ja jonotin tunnin",
    "yrittäjille pitäis olla yks yhteyshenkilö kaupungilla",
]
FAREWELLS = [
    "kiitos teille ja hyvää viikonloppua",
    "hyvää kesää kaikille, kiitos",
    "kiitos kaikille ja hyvää syksyn jatkoa",
]
TOPIC_THANKS = [
    "kiitos ja palaute pitäisi näkyä",
    "hyvää palvelua viikonloppuisin",
    "hyvää yhteistyötä kuntien kanssa",
    "kiitoskortit kaikille hoitajille jouluna",
]
#: Review 75's rows (rounds 86 and 88, dev data now) and review 73's kind.
REVIEW75 = [
    "kysymyksiin vastaa Tuula Nurmi, puh 050 284 7713",
    "jos kysyttävää kurssista niin soittakaa Pekka Halonen 050 774 2196",
    "kiitos kaikille ja hyvää päivänjatkoa!",
    "soittakaa mulle 050 987 6543 jos tulee kysyttävää",
]


@pytest.mark.parametrize("text", CONTACT_LINES)
def test_a_contact_line_is_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"


@pytest.mark.parametrize("text", TOPIC_CONTACTS)
def test_a_phone_service_as_the_topic_is_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


@pytest.mark.parametrize("text", FAREWELLS)
def test_a_farewell_is_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"


@pytest.mark.parametrize("text", TOPIC_THANKS)
def test_thanks_or_a_good_thing_as_the_topic_is_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


def test_review75_rows_are_chatter(analyzer: LemmaAnalyzer) -> None:
    assert chatter_statuses(REVIEW75, analyzer) == ["chatter"] * len(REVIEW75)


def test_contact_lines_and_farewells_are_settings(analyzer: LemmaAnalyzer) -> None:
    off = ChatterSettings(contact_lines=False, farewells=False)
    texts = [CONTACT_LINES[1], FAREWELLS[0]]  # [0] is chatter by the classifier alone
    assert chatter_statuses(texts, analyzer, off) == ["kept", "kept"]
