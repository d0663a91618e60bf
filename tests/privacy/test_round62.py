"""Round 62 (docs/privacy.md, "Round 62"; issue 12, recall): a foreign full name no list holds
(unlisted_pairs.py, read in foreign.py's frames), a word alone in quotes whose "on"/"oli"
names a person noun (quoted_predicates.py) and a full name right before a phone number
(contact_surnames.py).

The first tables (QUOTED_*, LOWER_*, FOREIGN_*, CONTACT_*) were written (2026-12-06) before
any rule of this round and before the dev misses were read, kept apart from what was tuned
on; the comment says what lead a22a8381 did where it missed a person or marked a look-alike.
They cover the brief's four kinds; the rules written after reading the dev misses change
none of them (what is left is a strict xfail). UNLISTED_*, PREDICATE_* and CONTACT_SURNAME_* were
written after the rules' first versions, as probes, and say so."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import finds, found, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: Persons no rule of lead or of this round reaches.
_LEFT = pytest.mark.xfail(strict=True, reason="no rule reads it (docs/privacy.md, Round 62)")
#: A look-alike an older rule marks on lead already.
_OTHER_RULE = pytest.mark.xfail(strict=True, reason="marked on lead a22a8381 by another rule")

QUOTED_PERSONS = [
    ('"Late" toi kahvit aamulla', "Late"),  # tune
    ('kysy "Repeltä" avainta kerhohuoneeseen', "Repeltä"),  # tune
    ('Sovittiin, että "Masa" hoitaa ilmoittautumiset', "Masa"),  # tune
    pytest.param("tilavaraukset kulkee 'Tintsin' kautta", "Tintsin", marks=_LEFT),  # held
    pytest.param('"Jonski" lupasi korjata tulostimen', "Jonski", marks=_LEFT),  # held
    ("soittakaa 'Kikelle', se tietää", "Kikelle"),  # held
]
QUOTED_LOOKALIKES = [
    ('Hankkeen nimi on "Yhdessä eteenpäin"', "Yhdessä"),  # tune
    ('Esite "Koti, Kylä ja Kirjasto" jaettiin kaikille', "Kylä"),  # tune
    ('Sovellus "Kamu" kaatuu usein', "Kamu"),  # tune
    ('Luimme kirjan "Tuntematon sotilas" kerhossa', "Tuntematon"),  # held
    ('"Tuulensuoja" -hanke jatkuu ensi vuonna', "Tuulensuoja"),  # held
    ('Kahvila "Kultainen Kuppi" aukeaa kesäkuussa', "Kultainen"),  # held
]
LOWER_PERSONS = [
    ("hanna koivisto vetää työpajan", "hanna koivisto"),  # tune
    ("soitin eilen pertti nurmelle", "pertti nurmelle"),  # tune
    ("kysykää aino lehtiseltä lisää", "aino lehtiseltä"),  # tune
    ("juha-pekka salmi toi mikrofonit", "juha-pekka salmi"),  # held
    ("sovittiin että riikka mäkelä tekee muistion", "riikka mäkelä"),  # held
    # held; found since round 63 (lower_pairs.py: an allative beside "kutsun", "lähetin")
    ("lähetin kutsun tapani rinteelle", "tapani rinteelle"),
]
LOWER_LOOKALIKES = [
    ("kuusi koivua kaadettiin pihalta", "kuusi koivua"),  # tune
    ("toivo paremmasta huomisesta", "toivo"),  # tune
    ("aamu kahvi oli loppu", "aamu kahvi"),  # tune
    ("lumi sade jatkui koko päivän", "lumi sade"),  # held
    ("ilta päivä venyi pitkäksi", "ilta päivä"),  # held
    ("meri tuuli kovana rannalla", "meri tuuli"),  # held
]
FOREIGN_PERSONS = [  # all found on lead (the gazetteer knows a part of each)
    ("Dmitri Sokolov korjasi tulostimen", "Dmitri Sokolov"),  # tune
    ("Amara Nwosun kanssa sovittiin tulkkauksesta", "Amara Nwosun"),  # tune
    ("Hiroshi Tanakan esitys oli paras", "Hiroshi Tanakan"),  # tune
    ("Bogdan Petrenko toi tuolit saliin", "Bogdan Petrenko"),  # held
    ("Kysy Lucía Fernándezilta aikatauluista", "Lucía Fernándezilta"),  # held
    ("Thandiwe Mokoenalle lähetettiin kutsu", "Thandiwe Mokoenalle"),  # held
]
FOREIGN_LOOKALIKES = [
    ("Microsoft Teams kaatui kesken kokouksen", "Teams"),  # tune
    ("Google Meet toimi paremmin", "Meet"),  # tune
    pytest.param("New York Times kirjoitti aiheesta", "York", marks=_OTHER_RULE),  # tune
    ("Costa Rican malli kiinnosti ryhmää", "Costa Rican"),  # held
    ("Adobe Acrobat ei avannut tiedostoa", "Acrobat"),  # held
    ("Tour de France näkyi telkkarissa", "Tour"),  # held
]
CONTACT_PERSONS = [
    ("lisätietoja: Oskari 044 812 9031", "Oskari"),  # tune
    ("yhteys jaana p. 050 331 2040", "jaana"),  # tune
    ("Ilmoittautumiset Helmi 040 665 7721", "Helmi"),  # tune
    ("Minna, puh. 045 678 1234", "Minna"),  # held
    pytest.param("soita 040 218 5566 / taisto", "taisto", marks=_LEFT),  # held
    ("Kysymykset: Aamu 050 442 1187 tai aamu@kunta.fi", "Aamu"),  # held
]
CONTACT_LOOKALIKES = [
    ("Taksi 0800 123 456", "Taksi"),  # tune
    ("Palveluneuvonta 09 310 12345", "Palveluneuvonta"),  # tune
    ("Kirjaamo p. 029 123 4567", "Kirjaamo"),  # tune
    ("Asiakaspalvelu 010 123 4567 arkisin", "Asiakaspalvelu"),  # held
    ("Vikailmoitukset Elenia 0800 173 311", "Vikailmoitukset"),  # held
    ("Neuvonta puh. 09 816 21 maanantaisin", "maanantaisin"),  # held
]

test_quoted_persons = finds(QUOTED_PERSONS)  # type: ignore[arg-type]
test_quoted_lookalikes = leaves(QUOTED_LOOKALIKES)
test_lower_persons = finds(LOWER_PERSONS)  # type: ignore[arg-type]
test_lower_lookalikes = leaves(LOWER_LOOKALIKES)
test_foreign_persons = finds(FOREIGN_PERSONS)
test_foreign_lookalikes = leaves(FOREIGN_LOOKALIKES)  # type: ignore[arg-type]
test_contact_persons = finds(CONTACT_PERSONS)  # type: ignore[arg-type]
test_contact_lookalikes = leaves(CONTACT_LOOKALIKES)

#: Written after unlisted_pairs.py's first version, before the dev measurement: pairs no
#: list holds as persons (the first four were found on lead by other frames too), and
#: two-word products, firms and places of rare words in a person's frame.
UNLISTED_PERSONS = [
    ("Tenzin Dorjee korjasi pyörän kerhon pihalla", "Tenzin Dorjee"),
    ("Wanjiru Kamaun kanssa sovittiin tulkkauksesta", "Wanjiru Kamaun"),
    ("Aroha Ngata vei lapset uimahalliin", "Aroha Ngata"),
    ("kokouksen avasi Lhakpa Tsering", "Lhakpa Tsering"),
    ("Kasia Nowakowska treenaa bändinsä kanssa", "Kasia Nowakowska"),  # missed on lead
    ("Somchai Boonmee löysi lompakon", "Somchai Boonmee"),  # missed on lead
]
UNLISTED_LOOKALIKES = [
    ("Xiaomi Redmi soitti hälytyksen", "Redmi"),
    ("Phnom Penh jäi ilman sähköä", "Penh"),
    ("Huawei Nova kaatui kesken puhelun", "Nova"),
    ("Wolt Drive toi ruoat", "Drive"),
    ("Qridi Kide toimi hyvin", "Kide"),
    ("Yamaha Aerox kaatui mäessä", "Aerox"),
    ("Suzuki Jimnyn kanssa ajettiin", "Jimnyn"),
    ("Nokia Lumia lakkasi toimimasta", "Lumia"),
]
test_unlisted_persons = finds(UNLISTED_PERSONS)
test_unlisted_lookalikes = leaves(UNLISTED_LOOKALIKES)

#: Written after quoted_predicates.py's first version, before the dev measurement.
PREDICATE_PERSONS = [
    ('"Into" on se poika joka ajoi kelkalla ladun poikki', "Into"),  # heldout43's row
    ('"Pate" on meidän vahtimestari', "Pate"),
    # "vapaaehtoinen" is an adjective to Voikko, and the vectors are not read (module doc)
    pytest.param('"Lahja" oli se vapaaehtoinen, joka opetti', "Lahja", marks=_LEFT),
]
PREDICATE_LOOKALIKES = [
    ('"Lumi" oli vuoden paras elokuva', "Lumi"),
    ('"Into" on kylän lehti ja sen päätoimittaja asuu täällä', "Into"),
    ('"Sade" on romaani, jonka kirjoittaja on kuollut', "Sade"),
    ('"Kamu" on sovellus, jota käyttää moni', "Kamu"),
    ('"Valo" oli kesän paras kappale', "Valo"),
    ('"Koti" on näyttely, jonka kokosi taiteilija', "Koti"),
]
test_predicate_persons = finds(PREDICATE_PERSONS)  # type: ignore[arg-type]
test_predicate_lookalikes = leaves(PREDICATE_LOOKALIKES)


@pytest.mark.usefixtures("settings_of_our_own")
def test_the_settings_turn_the_rules_off(analyzer: LemmaAnalyzer) -> None:
    """With `unlisted_foreign_pairs` and `quoted_predicates` off the two rows are lead's."""
    rows = ["Somchai Boonmee löysi lompakon", '"Taisto" on joukkueen nuorin pelaaja']
    configure_privacy(analyzer, PrivacySettings())
    assert [found(analyzer, row) for row in rows] == [["Somchai Boonmee"], ["Taisto"]]
    off = dataclasses.replace(
        PrivacySettings(), unlisted_foreign_pairs=False, quoted_predicates=False
    )
    configure_privacy(analyzer, off)
    assert [found(analyzer, row) for row in rows] == [[], []]


@pytest.mark.usefixtures("settings_of_our_own")
def test_a_common_word_of_a_european_language_is_no_unlisted_name(
    analyzer: LemmaAnalyzer,
) -> None:
    """The Zipf level is the rule's bound: at 0 every word is common somewhere."""
    row = "Somchai Boonmee löysi lompakon"
    configure_privacy(analyzer, PrivacySettings(unlisted_pair_zipf=0.0))
    assert found(analyzer, row) == []


#: Written after contact_surnames.py's first version, before its dev measurement: a full
#: name right before a number, and the words before a number that are no surname.
CONTACT_SURNAME_PERSONS = [
    ("tarja pelto, 045 331 7720, kysyi katon lumitöiden hintaa", "tarja pelto"),  # dev row
    ("Matti Talo, 040 222 3333", "Matti Talo"),
    ("Lisätietoja Vesa Kivi p. 040 123 4567", "Vesa Kivi"),
]
CONTACT_SURNAME_LOOKALIKES = [
    ("Minna iltaisin 045 678 1234", "iltaisin"),
    ("Päivystys arkisin 09 123 4567", "arkisin"),
    ("Kahvila Helmi 040 123 4567", "Kahvila"),
    ("Anna palautetta 040 123 4567", "palautetta"),
    ("Ravintola Kultainen Kuppi 09 876 5432", "Kuppi"),
    ("Kela Palvelunumero 020 692 207", "Palvelunumero"),
]
test_contact_surname_persons = finds(CONTACT_SURNAME_PERSONS)
test_contact_surname_lookalikes = leaves(CONTACT_SURNAME_LOOKALIKES)


@pytest.mark.usefixtures("settings_of_our_own")
def test_contact_surnames_off_leaves_the_surname(analyzer: LemmaAnalyzer) -> None:
    """With `contact_surnames` off the field after the given name is lead's: left."""
    row = "tarja pelto, 045 331 7720, kysyi katon lumitöiden hintaa"
    configure_privacy(analyzer, PrivacySettings(contact_surnames=False))
    assert "pelto" not in " ".join(found(analyzer, row))
