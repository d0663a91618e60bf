"""Round 74 (docs/privacy.md, "Round 74"; issue 12, recall): the misses of rounds 53-70 by kind.
The kind taken: a register given name that is a word too, in the genitive before a head noun
that tells a reader its owner is a person: the name's own genitive, a form the word does not
take ("Pilvin", "Merin": the words' are "pilven", "meren"), or a given name's genitive before
a group a person leads or belongs to, or before a view or proposal a person states.

FRESH_* were written (2026-12-07) before any code of the round changed, with names and head
nouns not seen in the dev rows' sentences of the kind; they are not tuned on. On lead 4ccfc339:
persons 7 of 13 found (the six others were strict xfails, committed first), look-alikes 13
of 13 left. After the round (`given_genitive_heads` on): persons 13 of 13, look-alikes 13 of
13."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, covered, finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

FRESH_PERSONS = [
    # the name's own genitive (the common word's genitive differs), any head
    ("Pilvin pyörä varastettiin koulun pihalta", "Pilvin"),
    ("Sinin ehdotus hyväksyttiin yksimielisesti", "Sinin"),
    ("Merin joukkue pelasi finaalissa", "Merin"),
    ("Pilvin ja Sinin kuvat voittivat näyttelyn", "Pilvin"),
    ("Pilvin ja Sinin kuvat voittivat näyttelyn", "Sinin"),
    ("Onnin porukka lähti retkelle aamulla", "Onnin"),
    ("Helmin tiimi voitti hackathonin", "Helmin"),
    ("Saden takki jäi naulakkoon", "Saden"),
    ("Säden kengät unohtuivat saliin", "Säden"),
    # a given name's genitive (the word's too) before a group or a stated view
    ("Hillan joukkue voitti turnauksen", "Hillan"),
    ("Kertun porukka hoiti kahvituksen", "Kertun"),
    ("Sulon ehdotus otettiin mukaan suunnitelmaan", "Sulon"),
    ("Rauhan mielipide kirjattiin pöytäkirjaan", "Rauhan"),
]
FRESH_LOOKALIKES = [
    # the word's own genitive or another case, a thing's head
    ("Pilvien varjot liikkuivat pellolla", "Pilvien"),
    ("Meren ranta oli täynnä roskia", "Meren"),
    ("Lumin ja jäin peitetyt tiet olivat liukkaita", "Lumin"),
    ("Päivin töissä, iltaisin kotona", "Päivin"),
    ("Ruskan retki lähtee lauantaina", "Ruskan"),
    ("Rauhan puolue kokoontui torilla", "Rauhan"),
    ("Helmen arvio oli 300 euroa", "Helmen"),
    ("Valon määrä riittää kasveille", "Valon"),
    ("Tuulen suunta kääntyi iltapäivällä", "Tuulen"),
    ("Lahden joukkue voitti ottelun", "Lahden"),
    ("Onnen hetki koitti vasta illalla", "Onnen"),
    ("Usvan keskellä näkyi majakan valo", "Usvan"),
    ("Hillan poiminta alkaa heinäkuussa", "Hillan"),
]

#: Probes written after the rule's second version (not blind, not tuned on): the precision
#: risks of the kind, two known false hits among them.
PROBE_PERSONS = [
    ("Tuulin työpari sairastui", "Tuulin"),
    ("Toivon mielipide on ettei kokousta tarvita", "Toivon"),
]
PROBE_LOOKALIKES = [
    # the word's plural instructive before a participle or another instructive
    ("Pilvin peitetty taivas näkyi ikkunasta", "Pilvin"),
    ("Tuulin ja sadekuuroin kulkenut retki päättyi", "Tuulin"),
    ("Lumin hiihtokoulu aloitti tammikuussa", "Lumin"),
    pytest.param(
        "Onnin pizzeria avattiin torin laitaan",
        "Onnin",
        marks=pytest.mark.xfail(
            strict=True, reason="a shop's head no list holds (business_heads: no pizzeria)"
        ),
    ),
    pytest.param(
        "Rauhan ehdotus hyväksyttiin YK:ssa",
        "Rauhan",
        marks=pytest.mark.xfail(
            strict=True,
            reason="privacy first (review 69): Rauha's 2,292 bearers are at or above"
            " given_genitive_common_bearers, so the word's frequency no longer vetoes",
        ),
    ),
]

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
test_probe_persons = finds(PROBE_PERSONS)
test_probe_lookalikes = leaves(PROBE_LOOKALIKES)


@MODES
@pytest.mark.usefixtures("settings_of_our_own")
def test_setting_off_gives_lead_reading(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`given_genitive_heads` off: the name's own genitive before a noun and a given name's
    genitive before a group or a view are missed again, as on lead; on (the default) they
    are found."""
    cases = [
        ("Pilvin pyörä varastettiin koulun pihalta", "Pilvin"),
        ("Hillan joukkue voitti turnauksen", "Hillan"),
        ("Sulon ehdotus otettiin mukaan suunnitelmaan", "Sulon"),
    ]
    assert all(covered(analyzer, text, piece, cautious) for text, piece in cases)
    off = dataclasses.replace(PrivacySettings(), given_genitive_heads=False)
    configure_privacy(analyzer, off)
    assert not any(covered(analyzer, text, piece, cautious) for text, piece in cases)
