"""Where round 17's look-alikes end (docs/privacy.md, "Round 17", review 16): a kind of
animal counts as a compound's last part, not as the last letters of a title ("koulu+
kuraattori" ends in "ori"); a compound of an animal word that names a person leaves the
name a person's ("joulupukki"); a family's estate in a case other than the nominative is
its home, and the surname stays a person's; a body's short name in the genitive before a
given name is a surname in the spoken order ("Kelan Jussi"); privacy's bodies are its own
list, not the summary's; a label is looked for in a bounded window. The real spaCy NER and
Voikko, both modes; sentences of our own."""

from __future__ import annotations

import time

import pytest
from kinds_cases import MODES, covered, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.identifiers import identifier_number
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes

test_a_person_past_a_look_alikes_bounds_is_found = finds(
    [
        # a title that only ends in the letters of an animal word ("ori", "pukki")
        ("Koulukuraattori nimeltä Heikki soitti", "Heikki"),
        ("Opintokoordinaattori nimeltä Heikki lupasi selvittää", "Heikki"),
        ("Koulukuraattorin nimi on Sanna", "Sanna"),
        ("Projektikoordinaattori nimeltään Anneli aloitti maanantaina", "Anneli"),
        # a compound of an animal word that names a person
        ("Joulupukki nimeltä Pekka jakoi lahjat", "Pekka"),
        ("Syntipukki nimeltä Kalle sai syyt niskaansa", "Kalle"),
        # a family's estate in another case than the nominative: its people, its home
        ("Mäkisen kartanon isäntä sairastui", "Mäkisen"),
        ("Virtasen kartanossa asuu vanha pariskunta", "Virtasen"),
        ("Lehtosen kartanolla vietettiin häitä", "Lehtosen"),
        ("Korhosen kartanon emäntä leipoi pullaa", "Korhosen"),
        # a body's short name in the genitive before a given name: the spoken order
        ("Kelan Jussi lupasi tulla", "Kelan Jussi"),
        ("Kelan Timo soitti eilen", "Kelan Timo"),
        ("Kelan Anneli vastasi kyselyyn", "Kelan Anneli"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a kind of animal as a compound's last part, or alone
        "Vuohipukki nimeltä Ukko puski aitaa",
        "Ori nimeltä Tähti juoksi ravit",
        "Lemmikkikanin nimi on Nappi",
        # an estate in the nominative: the place
        "Laaksosen kartano avautuu yleisölle kesällä",
        # a body's short name before no given name
        "Kelan Helsingin toimisto on kiinni",
        # labels with a gap word of lookalikes.toml
        "laitteen tuotekoodi numero: 050 765 4321 09",
        "kissan siru nro. 050 765 4321 77",
    ],
)
def test_a_look_alike_within_its_bounds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


def test_privacy_keeps_its_own_list_of_bodies() -> None:
    # the summary's spell-checker keep list (tidy.toml) holds words that are no body:
    # adding one there must not unmark a person's word here
    bodies = load_lookalikes().body_names
    assert {"kela", "thl", "zoom"} <= bodies
    assert not {"pilotti", "design", "palaveri", "workshop"} & bodies


@MODES
def test_a_word_only_the_summary_keeps_is_no_body(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    # "design" is in tidy.toml's keep list, no body nor product: where a person stands it
    # is read as any capitalised word is
    assert covered(analyzer, "Design lupasi tuoda kahvit", "Design", cautious)


def test_an_identifier_label_is_looked_for_in_a_window() -> None:
    # many numbers before a phone: the label check reads a bounded window, not the text
    text = "1 " * 20_000 + "x soita 050 765 4321"
    began = time.process_time()
    assert not identifier_number(text, text.index("050"), None)
    assert time.process_time() - began < 1.0
    # a label farther back than the window does not make the number a thing's
    far = "sarjanumero " + "12 " * 30 + "050 765 4321"
    assert identifier_number(far, far.index("050"), None, window=200)
    assert not identifier_number(far, far.index("050"), None, window=60)
