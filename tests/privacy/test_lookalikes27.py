"""Round 22b's look-alikes (docs/privacy.md, "Round 22b: look-alikes"): a given name with an
epithet no one bears as a surname (a figure of a story), an institution or an ensemble
named like a person, a vehicle or a toy named after "nimeltä"; each beside its counter-case,
the real spaCy NER and Voikko, both modes, sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from kinds_cases import finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.epithets import epithet_word
from muistiinpanot.privacy.gazetteer import register_surnames

_SURNAMES = Path(__file__).parents[2] / "src/muistiinpanot/privacy/data/sukunimet.csv"


def test_the_register_holds_surnames_that_are_words() -> None:
    surnames = register_surnames()
    assert {"kivi", "valo", "laulaja", "harakka", "virtanen"} <= surnames
    assert "pelottaja" not in surnames


def test_the_surname_file_is_the_registers_head_of_100_bearers_or_more() -> None:
    rows = _SURNAMES.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "Sukunimi;Yhteensä"
    counts = [int(row.split(";")[1]) for row in rows[1:]]
    assert len(counts) == 6709
    assert min(counts) == 100
    assert counts == sorted(counts, reverse=True)
    assert len({row.split(";")[0] for row in rows[1:]}) == len(counts)


@pytest.mark.parametrize(
    ("word", "epithet"),
    [
        ("Pelottaja", True),  # a common noun no one bears as a surname
        ("Taikuri", True),  # a figure of tales
        ("Merirosvo", True),  # a compound ending in one
        ("Pronssi", False),  # a word of matter: no person's noun
        ("Laulaja", False),  # a common noun, but a surname of the register
        ("Harakka", False),
        ("Okonkwo", False),  # unknown to Voikko: a name stays a name
        ("Kivi", False),
        ("pelottaja", False),  # only a capitalised word
    ],
)
def test_an_epithet_is_a_noun_no_one_bears(
    analyzer: LemmaAnalyzer, word: str, epithet: bool
) -> None:
    assert epithet_word(word, analyzer.voikko) is epithet


test_a_look_alike_of_a_name_is_left_alone = leaves(
    [
        # a given name with an epithet: a figure of a story or a show
        ("Pekka Pelottaja on syksyn nukketeatterin ohjelmassa", "Pekka Pelottaja"),
        ("Tiina Taikuri näytetään koulun juhlassa", "Tiina Taikuri"),
        ("Matti Merirosvo kuuluu kerhon lukulistalle", "Matti Merirosvo"),
        ("Risto Räppääjä ja Ronja Ryövärintytär ovat lasten suosikkeja", "Risto Räppääjä"),
        # an institution or an ensemble named like a person
        ("Museo Helmi avataan kesäkuussa", "Helmi"),
        ("Kirjasto Helmi on kiinni maanantaina", "Helmi"),
        ("Galleria Aino esittelee kesällä grafiikkaa", "Aino"),
        ("Orkesteri Aino soittaa lauantaina torilla", "Aino"),
        ("Kuoro Lempi laulaa torilla lauantaina", "Lempi"),
        # a work tells in the present; a body's ongoing care takes the partitive
        ("Romaani Helmi kertoo sodasta", "Helmi"),
        ("Elokuva Aino kertoi sodasta", "Aino"),
        ("Kerho Lempi hoitaa lapsia iltapäivisin", "Lempi"),
        # a vehicle or a toy given a name
        ("skootteri nimeltä Onni on huollossa", "Onni"),
        ("nukke nimeltään Aino istuu hyllyllä", "Aino"),
    ]
)


test_a_person_beside_a_look_alikes_words_is_found = finds(
    [
        # a surname that is a word but that people bear (the register)
        ("Pekka Laulaja oli paikalla kokouksessa", "Pekka Laulaja"),
        ("Heikki Harakka oli mukana kokouksessa", "Heikki Harakka"),
        # a rare surname of matter; a surname Voikko does not know
        ("Sami Pronssi oli mukana kokouksessa", "Sami Pronssi"),
        ("Risto Okonkwo oli mukana kokouksessa", "Risto Okonkwo"),
        # a rare surname that acts as a person does
        ("Pekka Pelottaja lupasi tuoda kahvit", "Pekka Pelottaja"),
        # a rare surname in a person's frame: coordinated with a person, before a person's
        # postposition, asked or told (review 19, finding 3)
        ("Ryhmässä olivat Liisa Tanssija ja Pekka Virtanen", "Liisa Tanssija"),
        ("Pekka Virtanen ja Liisa Tanssija saapuivat aamulla", "Liisa Tanssija"),
        ("Liisa Opettajan mukaan kaikki meni hyvin", "Liisa Opettajan"),
        ("Sovimme asiasta Liisa Tanssijan kanssa", "Liisa Tanssijan"),
        ("Kysyimme asiaa Pekka Kalastajalta", "Pekka Kalastajalta"),
        ("Kerroimme tuloksista Pekka Kalastajalle", "Pekka Kalastajalle"),
        # in capitals the capitals tell nothing: the pair is a person's, and whole
        ("TIINA TAIKURI ESIINTYY", "TIINA TAIKURI"),
        ("PAAVO PELOTTAJA TULEE HUOMENNA", "PAAVO PELOTTAJA"),
        # a person from the institution; a person given a name
        ("Helmi museosta lupasi soittaa", "Helmi"),
        # a person from an institution named after its head: a verb only people do, a verb
        # of saying in the past, an errand with a total object (review 19, finding 2)
        ("Kirjasto Liisa lupasi tuoda kahvit", "Liisa"),
        ("Seura Onni lupasi soittaa huomenna", "Onni"),
        ("Seura Onni hoitaa avaimet", "Onni"),
        ("Kerho Aino ilmoittautui mukaan", "Aino"),
        ("Kirjasto Aino kertoi aukioloajoista", "Aino"),
        ("Kuoro Helmi halusi lisää harjoitusvuoroja", "Helmi"),
        ("Museo Lempi muistutti ilmoittautumisesta", "Lempi"),
        ("Teatteri Satu hoitaa lipunmyynnin", "Satu"),
        ("poika nimeltä Onni on kerhossa", "Onni"),
        ("tyttö nimeltään Aino istuu penkillä", "Aino"),
    ]
)
