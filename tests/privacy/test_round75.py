"""Round 75 (docs/privacy.md, "Round 75"; issue 12, recall): a name as the one given, asked,
lent, promised, told, sent or thanked to (the allative) or from (the ablative), and a
lower-case name after "kiitos"/"kiitti" at a clause's end.

FRESH_* were written (2026-12-07) before any code of the round changed, with names and verbs
not seen in the dev rows' sentences of the kind; they are not tuned on. The cases the lead
reads wrongly are strict xfails, committed first; the round's code turns them to plain tests.
On lead 99783210: persons 10 of 15 found, look-alikes 13 of 13 left. After the round
(`handed_names`, `thanked_lower_names` on): persons 15 of 15, look-alikes 13 of 13.
"""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, covered, finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

FRESH_PERSONS = [
    # the allative of a verb of giving, promising, telling, lending or sending
    ("Kaislalle luvattiin uusi työhuone syksyksi", "Kaislalle"),
    ("Lupasin Tuiskulle kyydin asemalle", "Tuiskulle"),
    ("Taimelle ilmoitettiin päätöksestä puhelimitse", "Taimelle"),
    ("Rauhalle pitää lähettää allekirjoitettu sopimus", "Rauhalle"),
    ("Tarjosin Ruusulle apua lomakkeen kanssa", "Ruusulle"),
    ("Kerroin Onnille uutisesta heti aamulla", "Onnille"),
    ("Lainasimme Sointulle retkituolit", "Sointulle"),
    # the ablative of a verb of lending, buying, getting or asking
    ("Lainasimme Usvalta peräkärryn muuttoa varten", "Usvalta"),
    ("Sadulta saatiin lupa käyttää kuvia", "Sadulta"),
    ("Ostimme Lahjalta vanhan pöydän", "Lahjalta"),
    ("Pihlalta lainattiin kamera juhliin", "Pihlalta"),
    ("Pyysin Kaislalta neuvoa hakemukseen", "Kaislalta"),
    # thanked: "kiitos" with an allative, or a lower-case name at a clause's end
    ("Kiitos Sointulle kahvituksesta", "Sointulle"),
    ("hyvä palaveri, kiitos tuija", "tuija"),
    ("saatiin valmista, kiitti satu", "satu"),
]
FRESH_LOOKALIKES = [
    # a place, a body, a shop or a thing in the same frames
    ("Lupasimme Seinäjoelle vastauksen ensi viikolla", "Seinäjoelle"),
    ("Ilmoitimme Kelalle osoitteen muutoksesta", "Kelalle"),
    ("Kukille annettiin lannoitetta keväällä", "Kukille"),
    ("Satamalta saatiin lupa laiturin käyttöön", "Satamalta"),
    ("Ostimme Prismalta kahvit ja pullat", "Prismalta"),
    ("Marjoille luvataan hyvää satovuotta", "Marjoille"),
    ("Usvalta ei nähnyt tietä ollenkaan", "Usvalta"),
    ("Pyysimme Oululta lausunnon kaavasta", "Oululta"),
    ("Lainasimme kirjastolta kaksi kameraa", "kirjastolta"),
    ("Ilmoitus lähetettiin Verohallinnolle eilen", "Verohallinnolle"),
    # lower-case words after "kiitos"/"kiitti", no one's name
    ("hyvä kokous, kiitos kaikille", "kaikille"),
    ("kiitos paljon, kiitti kaunis", "kaunis"),
    ("kiitos ja anteeksi", "anteeksi"),
]

#: Probes written after the rule's first version (not blind, not tuned on): the precision
#: risks of the kind.
PROBE_PERSONS = [
    ("Vuokralle annettiin: Tuiskulta vuokrattiin kanootti", "Tuiskulta"),
    ("Tuulille on luvattu uusi kitara", "Tuulille"),
]
PROBE_LOOKALIKES = [
    pytest.param(
        "Taimille luvattiin lisää valoa",
        "Taimille",
        marks=pytest.mark.xfail(
            strict=True,
            reason="seedlings' plural: Voikko reads Taimille as Taimi's singular too, as Tuulille",
        ),
    ),
    ("Illalle luvattiin sadetta", "Illalle"),  # a time
    ("Lainasimme Oululta kaksi telttaa", "Oululta"),  # a town
    ("Kukille ostettiin ruukut", "Kukille"),
]

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
test_probe_persons = finds(PROBE_PERSONS)
test_probe_lookalikes = leaves(PROBE_LOOKALIKES)


@MODES
@pytest.mark.usefixtures("settings_of_our_own")
def test_settings_off_give_lead_reading(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`handed_names` and `thanked_lower_names` off: the one handed to or from and the
    lower-case name thanked are missed again, as on lead; on (the default) they are found."""
    cases = [
        ("Kaislalle luvattiin uusi työhuone syksyksi", "Kaislalle"),
        ("Lainasimme Usvalta peräkärryn muuttoa varten", "Usvalta"),
        ("saatiin valmista, kiitti satu", "satu"),
    ]
    assert all(covered(analyzer, text, piece, cautious) for text, piece in cases)
    off = dataclasses.replace(PrivacySettings(), handed_names=False, thanked_lower_names=False)
    configure_privacy(analyzer, off)
    assert not any(covered(analyzer, text, piece, cautious) for text, piece in cases)
