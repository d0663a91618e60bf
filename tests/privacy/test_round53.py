"""Round 53: a register given name that is also a word, as the subject of going to, visiting
or staying away from a gathering people attend, or of fetching a person (attending.py;
docs/privacy.md, "Round 53"; issue 12, recall). The fresh sentences below were written
(2026-12-06) before the rule was run: persons, each a register word in one of the frames,
and look-alikes, the same words as weather, light or feelings beside the same gatherings
and verbs. Before the rule, lead 9d35743, 7 of the 20 persons were found (by other frames;
kept below, they are the frames' persons too) and none of the look-alikes. Then the three
dev rows the rule finds, and the dev look-alike a coordinated common noun keeps."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, finds, found, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: A person noun in the inessive is not read ("kävi naapurissa" is next door): a known miss.
_INESSIVE = pytest.mark.xfail(strict=True, reason="a person noun in the inessive (round 53)")

FRESH_PERSONS = [
    ("Usva meni kerhoon heti koulun jälkeen", "Usva"),
    ("Sade lähti kokoukseen vähän myöhässä", "Sade"),
    ("Tuuli jäi pois talkoista selkäkivun takia", "Tuuli"),
    ("Onni kävi hammaslääkärillä eilen", "Onni"),
    ("Kielo pääsi vihdoin uimakurssille", "Kielo"),
    ("Aamu osallistui kyläkokoukseen ensimmäistä kertaa", "Aamu"),
    ("Ilta haki pojan kerhosta kuudelta", "Ilta"),
    ("Lumi noutaa lapset päiväkodista tänään", "Lumi"),
    ("Pyry lähti partioretkelle perjantaina", "Pyry"),
    ("Halla meni neuvolaan vauvan kanssa", "Halla"),
    ("Kanerva jäi kotiin kokouksesta, koska bussi ei kulkenut", "Kanerva"),
    ("Aarre tuli treeneihin taas myöhässä", "Aarre"),
    ("Rauha haki mummon asemalta", "Rauha"),
    ("Pilvi ehti palaveriin juuri ajoissa", "Pilvi"),
    ("Voitto meni vastaanotolle aamulla", "Voitto"),
    ("Tuisku kävi kampaajalla ennen juhlia", "Tuisku"),
    ("Usva tuli hakemaan tyttärensä harrastuksesta", "Usva"),
    ("Valo pääsi mukaan kuorotreeneihin", "Valo"),
    pytest.param("Into kävi lääkärissä viime viikolla", "Into", marks=_INESSIVE),
    ("Sade saapui kokoukseen pyörällä", "Sade"),
]
#: Text all in capitals is read as capitalised text (given_words.capitalised_word).
CAPITALS = [("USVA MENI KERHOON", "USVA")]
#: The dev rows the rule finds (heldout25, heldout26, heldout31).
DEV_ROWS = [
    ("Lumi hakee lapsen kerhosta vasta viideltä", "Lumi"),
    ("Ilta tulee hakemaan äitinsä intervallihoidosta", "Ilta"),
    ("Aamu jäi kotiin kurssilta, kun tie oli niin liukas", "Aamu"),
]
FRESH_LOOKALIKES = [
    ("Sade tuli kesken talkoiden", "Sade"),
    ("Lumi tuli taas ennen joulua", "Lumi"),
    ("Valo tuli kokoushuoneeseen ikkunoista", "Valo"),  # a room, no gathering
    ("Into palasi kokoukseen kahvitauon jälkeen", "Into"),  # a feeling returns
    ("Sade keskeytti talkoot puoli tuntia ennen loppua", "Sade"),
    ("Myrsky esti pääsyn kokoukseen", "Myrsky"),
    ("Usva nousi järveltä leirin yllä", "Usva"),
    ("Aamu valkeni ennen kokousta", "Aamu"),
    ("Ilta pimeni jo ennen treenejä", "Ilta"),
    ("Tuuli haki suuntaansa koko päivän", "Tuuli"),  # fetching no person
    ("Sade vei lasten hiekkalinnan", "Sade"),  # a person's genitive, no object
    ("Rauha laskeutui leirille illalla", "Rauha"),
    ("Onni potkaisi, kun kokous päättyi ajoissa", "Onni"),
    ("Into kasvoi kurssin aikana", "Into"),
    ("Halla kävi pelloilla yöllä", "Halla"),
    ("Myrsky kävi rannalla yöllä", "Myrsky"),
    ("Valo jäi päälle kerhohuoneeseen", "Valo"),
    ("Usva jäi leijumaan kokouspaikan ylle", "Usva"),
    ("Tuuli toi kokoukseen raikasta ilmaa avoimesta ikkunasta", "Tuuli"),  # "tuoda": no verb
    ("Lumi jäi maahan koko kurssin ajaksi", "Lumi"),
    ("Valo jäi palamaan kerhoon koko yöksi", "Valo"),  # staying in, not away from
    ("Ilo kävi kokouksessa pintaa syvemmällä", "Ilo"),  # no register name
    ("Into tarttui kurssilla kaikkiin", "Into"),
]
#: Written after the rule, probing it (the first version marked them): rain and snow getting
#: into a gathering's room, an adverb of passage in the clause.
PROBED_LOOKALIKES = [
    ("Sade tuli kerhoon sisään katon läpi", "Sade"),
    ("Lumi tuli treeneihin sisään ovesta", "Lumi"),
]
#: A dev look-alike (heldout16) in the frame: the common noun coordinated with the subject.
DEV_LOOKALIKES = [("Sisko ja veli pääsi samaan kerhoon vaikka eri luokilla", "Sisko")]

test_fresh_persons = finds(FRESH_PERSONS)  # type: ignore[arg-type]
test_dev_rows = finds(DEV_ROWS)
test_capitals = finds(CAPITALS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
test_dev_lookalikes = leaves(DEV_LOOKALIKES)
test_probed_lookalikes = leaves(PROBED_LOOKALIKES)


@pytest.mark.parametrize(
    "text",
    [
        "Usva ja veli menivät kerhoon",  # a common noun coordinated: the subject is one too
        "usva meni kerhoon",  # lower case: given_words.py reads capitalised words only
    ],
)
def test_outside_the_frames(analyzer: LemmaAnalyzer, text: str) -> None:
    assert not found(analyzer, text)


@MODES
def test_setting_off(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`attending_frames = false` leaves the word to the other frames."""
    text = "Usva meni kerhoon heti koulun jälkeen"
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), attending_frames=False))
    try:
        assert "Usva" not in found(analyzer, text, cautious)
    finally:
        configure_privacy(analyzer, PrivacySettings())
    assert "Usva" in found(analyzer, text, cautious)
