"""Kinds of sentence of round 10 (phone owners, coordinated surnames, coordinated places,
businesses named after a person, a person's role), with the real spaCy NER and Voikko, in
both modes (notes and text to publish). Sentences of our own, not rows of the benchmark
sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_given_name_before_a_phone_number_is_its_owner = finds(
    [
        # a word of a given name's reading right before a phone number is its owner
        ("satu 050 765 1122", "satu"),
        ("Satu p. 044 987 6543 iltaisin", "Satu"),
        ("Vuokko puh: 040 312 9876", "Vuokko"),
        ("Helmi, puh. 040 312 9876", "Helmi"),
        # in the ablative after a noun: who the number is from, not a thing's name
        ("ohjeet Fatimalta, tel. 045 220 3344", "Fatimalta"),
        ("avaimet Satulta, p. 044 987 6543", "Satulta"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a thing's name before a phone number: the head noun stands before it
        "kahvila Helmi 040 123 4567",
        "Aukioloajat ma-pe, puh 040 765 4321",
        "päivisin 040 111 2222, ilta 045 333 4444",
    ],
)
def test_a_thing_before_a_phone_number_is_no_owner(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert not [f for f in found(analyzer, text, cautious) if not f[:1].isdigit()]


test_a_word_coordinated_with_a_surname_is_a_surname = finds(
    [
        # a capitalised place beside a word read only as a surname is a surname too
        ("Räsänen ja Lappi hoitaa tiedotteen", "Lappi"),
        ("Lappi ja Räsänen kokoavat palautteen", "Lappi"),
        # a capitalised -lainen word beside a word read only as a surname is a surname
        ("Ruotsalaisen ja Virtasen laatima muistio jäi kesken", "Ruotsalaisen"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # places coordinated with places, none of them a person's name
        "Ylläs ja Pallas kilpailevat samoista matkailijoista",
        # a lone surname in the genitive before a shop's, a venue's or a workshop's head noun
        "Lindqvistin leipomo toimittaa pullat juhlaan",
        "Heinosen kukkakaupasta saa ruusuja",
        # a garden, a farm or a workshop names a business when it trades
        "Lehtosen puutarha myy taimia keväisin",
        # a firm's name: a name, capitalised words and a company form written together
        "Heinosen Taksi Oy ajaa koululaiset kouluun",
        "Lindqvistin Puutarha Ab toimittaa taimet",
    ],
)
def test_places_and_businesses_named_like_people_are_no_names(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_persons_beside_places_and_businesses_stay_names = finds(
    [
        # a verb people do or a context word keeps coordinated places persons
        ("Levi ja Kemi lupasivat tulla", "Kemi"),
        ("kysy Leviltä ja Kemiltä", "Kemiltä"),
        ("Levin ja Lapin mielestä asia on selvä", "Lapin"),
        # a whole name before a business's head is its owner's; other heads are a person's
        ("Liisa Heinosen leipomo on myynnissä", "Liisa Heinosen"),
        ("Heinosen auto on rikki", "Heinosen"),
        ("Heinosen puutarhassa pidettiin juhlat", "Heinosen"),
        # a company form after a coordinator is another firm's, not the name's
        ("Soitin Hirvoselle ja Kuljetus Oy toi lavat", "Hirvoselle"),
        # a place coordinated with a word that is also a person's name may be a person
        ("Salla ja Kaarina tulevat huomenna", "Salla"),
        ("Vastuu: Salla ja Levi", "Levi"),
        # a lone given name before a shop's head is a person's; a barber is a person
        ("Helmin kahvila avautuu kesäkuussa", "Helmin"),
        ("Liisan kampaamo on kiinni", "Liisan"),
        ("Kävin Mervin kaupassa eilen", "Mervin"),
        ("Ainon parturi sanoi, että aika on varattu", "Ainon"),
    ]
)


test_the_subject_serving_in_a_persons_role_is_a_name = finds(
    [
        # serving in a role: "olla" or "toimia" with a person noun in the essive
        ("Onni toimii kerhon vetäjänä", "Onni"),
        ("Usva on ollut sihteerinä pitkään", "Usva"),
        ("Tarmo on toiminut valmentajana", "Tarmo"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Kylä on toiminut isäntänä kisoille",
        "Kunta on toiminut työnantajana",
        "Onni on ollut hyvä asia",
    ],
)
def test_a_group_or_a_thing_serving_in_a_role_is_no_name(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_the_subject_of_a_phrase_people_do_is_a_name = finds(
    [
        # a verb and its noun that together say what a person does: getting in touch
        ("Satu ottaa yhteyttä kuntaan", "Satu"),
        ("SATU OTTAA YHTEYTTÄ KUNTAAN", "SATU"),
        ("Rauha pitää yhteyttä kyläläisiin", "Rauha"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text", ["Salo ottaa yhteyttä ministeriöön", "Kunta ottaa yhteyttä asukkaisiin"]
)
def test_a_town_or_a_body_getting_in_touch_is_no_name(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
