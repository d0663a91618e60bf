"""Review 16 findings 9, 10, 12 (docs/privacy.md, "Round 17"): a group of people or a house
acting as its people is no given name nothing lists ("Kuoro lupasi esiintyä"); a street's
house number in the genitive before a plural or a building's noun, or in the illative, is an
address ("Pajatien 14:n talon edessä", "Koivukujan 5:een muutti"); serving in a role reads
the role in the verb's own clause ("Pakkanen oli kova, kuljettajana oli Pekka"). The real
spaCy NER and Voikko; sentences of our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    "text",
    [
        "Kuoro lupasi esiintyä",
        "Talli lupasi tarjota ratsastusta",
        "Kuoro kertoi, että konsertti siirtyy",
        "Talli kertoi uusista hevosista",
        "Lahko lupasi rukoilla sateen puolesta",
        "Suku lupasi kokoontua kesällä",
        "Kahvila lupasi tarjota kahvit",
        "Tila lupasi myydä perunat",
    ],
)
def test_a_group_or_a_house_acting_is_no_name_in_notes(analyzer: LemmaAnalyzer, text: str) -> None:
    # notes only: the publisher blanks such a capitalised noun cautiously (grounding.unfitting)
    assert found(analyzer, text, False) == []


test_a_person_or_an_address_of_review_16_is_found = finds(
    [
        # a given name that is also a word still does what a person does or serves in a role
        ("Runo lupasi tuoda kahvit kuorolle", "Runo"),
        ("Tuike on ollut omaishoitajana", "Tuike"),
        ("Usva toimii kerhon vetäjänä", "Usva"),
        ("Abdirahman Warsame toimii tulkkina", "Abdirahman Warsame"),
        # a street's house number in the genitive before a plural or a building's noun
        ("Pajatien 14:n talon edessä oli auto", "Pajatien 14:n"),
        ("Koivukujan 5:n asukkaiden kokous oli eilen", "Koivukujan 5:n"),
        ("Hämeenkadun 12:n rapun edessä odotti taksi", "Hämeenkadun 12:n"),
        ("Rantatien 7:n porraskäytävän valot sammuivat", "Rantatien 7:n"),
        ("Lehtokujan 4:n autotallin ovi jäi auki", "Lehtokujan 4:n"),
        ("Kirkkotien 11:n asukkaiden mielestä piha on liian pimeä", "Kirkkotien 11:n"),
        # ... or in the illative
        ("Koivukujan 5:een muutti uusi perhe", "Koivukujan 5:een"),
        ("Kuusitien 8:aan tuli uusi asukas", "Kuusitien 8:aan"),
        ("Myllytien 22:een tuli uusi aita", "Myllytien 22:een"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a count's noun agrees with its inflected number, in the singular
        "Kauppakadun 3:n liikkeen kyltit uusittiin",
        "Koulukadun 2:n kaupan kassat uusittiin",
        "Kauppakadun 3:een liikkeeseen tuli uusi kyltti",
        # a role after a comma is the next clause's, not the weather's
        "Pakkanen oli kova, kuljettajana oli Liikennelaitos",
    ],
)
def test_a_look_alike_of_review_16_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


@MODES
def test_a_role_in_the_next_clause_marks_its_own_subject(
    analyzer: LemmaAnalyzer, cautious: bool
) -> None:
    assert found(analyzer, "Pakkanen oli kova, kuljettajana oli Pekka", cautious) == ["Pekka"]
