"""Kinds of sentence of round 13 (docs/privacy.md, "Round 13": the blind round-11 misses and
false hits, as kinds): a street address with a case ending on its number, service numbers,
works and shows named with a person's name before "-kirja", firms named after a surname with
a capitalised trade noun, vessels and institutions named like people, a verb whose nominal
readings are a place with a possessive suffix, a town that is also a surname saying or
holding an opinion, a body's short name after "eli", a quoted nickname. The real spaCy NER
and Voikko, both modes; sentences of our own, not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_person_of_the_round_11_kinds_is_found = finds(
    [
        # a house number with a case ending after a colon, as a number is inflected
        ("paketti noudetaan Pihlajapolku 8:sta huomenna", "Pihlajapolku 8:sta"),
        ("Asun nykyään Koulukatu 14 B 3:ssa", "Koulukatu 14 B 3:ssa"),
        # an adjective after the hyphen that ties the person to the noun: no work is named
        ("Matti Virtanen -niminen asiakas soitti eilen", "Matti Virtanen"),
        ("Liisa Mäki -vetoinen työryhmä kokoontui", "Liisa Mäki"),
        # a surname's genitive before a word that only ends in an organisation's head's
        # letters ("traktori" is no "tori")
        ("Kysyin Leinosen traktorista", "Leinosen"),
        # a town that is also a surname, NER's person, saying aloud (an opinion is no point since
        # round 14: a town holds one too, "Lahti oli eri mieltä")
        ("Koski sanoi palaverissa, että kaava viivästyy", "Koski"),
        # a full name with letters Finnish does not use, of a verb with a person's role
        ("Máret Sárá toimii ohjaajana", "Máret Sárá"),
        ("Máhtte Bientie on töissä avustajana", "Máhtte Bientie"),
        # a nickname nothing knows, in quotation marks, the subject of a verb people do
        ('"Tepa" hoitaa avaimet ensi viikolla', "Tepa"),
        ('"Jonde" ajaa bussia nykyään', "Jonde"),
    ]
)


test_a_person_beside_the_round_13_rules_stays_found = finds(
    [
        # guards beside the new rules (found before them too)
        ("Tuomon suora numero on 020 745 1234", "020 745 1234"),  # a firm's number, a line
        ("Aino Lehtonen ja Pekka Töpöhäntä -kirja", "Aino Lehtonen"),  # a whole name first
        ("Kävimme Mäkisen Tilalla eilen", "Mäkisen"),  # an inflected head is a place
        ("Virtasen Äiti soitti kouluun", "Virtasen"),  # a noun of kin, capitalised
        ("Opettaja Ilola kertoi uutiset", "Ilola"),  # a title is no thing's head
        ("isäntä Aura kertoi asiasta", "Aura"),  # a place's name with no possessive suffix
        ("Kaarina sanoi että pitää odottaa", "Kaarina"),
    ]
)


test_an_address_with_a_case_ending_on_the_number_is_covered = finds(
    [
        ("kyyti lähtee Pajupolku 12:sta aamulla", "Pajupolku 12:sta"),
        ("vie lomakkeet Rantatie 4 A 2:een", "Rantatie 4 A 2:een"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # service numbers: free of charge, premium rate, national service prefixes
        "Neuvontaan pääsee maksutta numerosta 0800 98 765",
        "Ajanvaraus 0600 30 300 on auki arkisin",
        "Lippupalvelu 0700 55 555 vastaa iltaisin",
        "Yhteiskeskus 0200 45 678 välittää puhelut",
        # a person's name and a capitalised word before a hyphen and a work or a show
        "Pekka Töpöhäntä -kirja luettiin ääneen",
        "Risto Räppääjä -elokuva näytettiin koululla",
        # a lone surname's genitive and a capitalised common noun: the firm's name
        "Heikkisen Maansiirto kunnosti tien",
        "Korhosen Kuljetus hoitaa koulukyydit",
        "Lehtosen Leipomo toimitti kakut",
        # a vessel's and an institution's name after its capitalised head noun
        "Jäänmurtaja Sampo avasi väylän",
        "Kyläkoulu Kivelä sai uuden rehtorin",
        # a verb whose nominal readings are a place with a possessive suffix
        "Talonmies aurasi pihan ennen seitsemää",
        # the first part of a body's hyphenated name repeated after "eli" is its short name
        "Sibelius-akatemia eli Sibelius järjesti kurssin",
    ],
)
def test_a_look_alike_of_the_round_11_kinds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # guards beside the new rules (kept before them too)
        "Onneli ja Anneli -näytelmä oli loppuunmyyty",
        "Tove Jansson -tyylinen kuvitus sopii kirjastoon",  # a style, no one tied to it
        "Päiväkoti Aurinkolaiva laajenee",
        "Naapuri aurasi tien meidänkin puolesta",
        "Salo päätti lakkauttaa koulun",  # a town's own doings
        "Lahti kertoi uudesta strategiastaan",  # a body informs and reports
        "Lahti ja Salo hakivat yhdessä rahoitusta",
        "Jérôme Café toimii kokouspaikkana",  # a foreign pair reaches the role test: no role
        '"Zoom" hoitaa kokoukset',  # a tool the meeting lexicon lists, in quotes
        '"Teams" hoitaa viestit',
        '"Digiloikka" etenee hitaasti',
    ],
)
def test_a_look_alike_beside_the_round_13_rules_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
