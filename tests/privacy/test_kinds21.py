"""Look-alikes of personal data by kind (docs/privacy.md, "Round 17"): an animal's or a
thing's name after "nimeltä" or "N:n nimi on", a firm or an estate named by its owner's
surname or a building's head, a body's short name, and a number labelled as an identifier.
Each look-alike beside a person in the same frame; the real spaCy NER and Voikko, both
modes; sentences of our own, not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # an animal's or a thing's name after "nimeltä"/"nimeltään" or "N:n nimi on"
        "Lammas nimeltä Pilvi karkasi aitauksesta",
        "Kotikissa nimeltään Onni nukkuu ikkunalla",
        "Naapurin koira, nimeltään Rauha, haukkuu öisin",
        "Kanin nimi oli Helmi ja se asui häkissä",
        "Vene nimeltä Aino ajelehti rantaan",
        # a firm or an estate named by a lone surname: a capitalised trade or premises in
        # any case, a lower-case estate
        "Heikkisen Lääkäriasema muutti keskustaan",
        "Rantasen Sahalta tilattiin lautaa",
        "Nurmisen kartano vuokrataan juhlille",
        "Lahtisen Eläinklinikka on auki lauantaisin",
        # a building's head before a one-word name
        "Pappila Helmi on vuokralla",
        # a body's short name the tidy lexicon keeps, which is also a common noun ("kela")
        "Kela ei vastannut kyselyyn",
        "Kelan mielestä asia on selvä",
        # a number labelled as an identifier that cannot be a phone is no phone (review 29)
        "laitteen sarjanumero: 050 765 4321 88",
        "kissan tunnistesiru 246 050 765 432 111",
        "sirun nro 050 765 4321 55",
    ],
)
def test_a_look_alike_of_round_17_kinds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_person_in_a_look_alikes_frame_is_found = finds(
    [
        # a person named in the same frames
        ("Poika nimeltä Onni nukkuu ikkunalla", "Onni"),
        ("Naapurin poika, nimeltään Rauha, haukkuu öisin", "Rauha"),
        ("Sihteerin nimi oli Helmi ja hän asui kylällä", "Helmi"),
        ("Koiran nimi on Aino Mäkinen", "Aino Mäkinen"),  # a whole name: its owner's
        # a surname's genitive before a given name, or a whole name, stays a person's; a
        # head with a given name's reading may be the person ("Rantasen Kukka")
        ("Heikkisen Pirjo muutti keskustaan", "Heikkisen Pirjo"),
        ("Rantasen Annelta tilattiin lautaa", "Rantasen Annelta"),
        ("Nurmisen kanssa vuokrataan juhlille", "Nurmisen"),
        ("Rantasen Kukka myy kukkia", "Rantasen Kukka"),
        ("Liisa Laineen Maansiirtourakointi kunnosti tien", "Liisa Laineen"),
        ("Kartano Helmi kertoi uutiset", "Helmi"),
        ("Kela ja Pekka eivät vastanneet kyselyyn", "Pekka"),
        ("Kelan Maija lupasi selvittää", "Maija"),
        # a phone number with a phone's or no label
        ("soita 050 765 4321", "050 765 4321"),
        ("puhelinnumero: 050 765 4321", "050 765 4321"),
        ("kissan omistajan numero 050 765 4321", "050 765 4321"),
    ]
)
