"""Kinds of sentence of the blind round 12 (docs/privacy.md, "Round 15"): a surname that is
also a word holding an opinion, a street address whose first word is an adjective agreeing
with the street in case, an office's mailbox whose local part is an ordinary word typed
without the dots of ä and ö, a vessel or a building named like a person (a whole name
after a vessel's prefix or head noun, a surname that is a word after a building's head), and
a hyphen compound of two common words whose last part is also a given name, and a foreign
full name right after its verb. The real spaCy NER and Voikko, both modes; sentences of our
own, not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_person_of_round_15_kinds_is_found = finds(
    [
        # a surname that is also a word (no town) holding an opinion
        ("Harju oli eri mieltä aikataulusta", "Harju"),
        ("Laakso oli sitä mieltä ettei tietä kannata päällystää", "Laakso"),
        # an adjective agreeing with the street in a local case or the genitive
        ("Paketit viedään Vanhalle Koulutielle 5 as 2", "Vanhalle Koulutielle 5 as 2"),
        ("Asun Uudella Koulukadulla 7 B 12", "Uudella Koulukadulla 7 B 12"),
        ("Avaimet haetaan Pieneltä Rantatieltä 4", "Pieneltä Rantatieltä 4"),
        ("Tavarat Itäiselle Rantakadulle 12 A 3", "Itäiselle Rantakadulle 12 A 3"),
        # a person's local part typed without dots stays a person's
        ("kysy osoitteesta paivi@kaupunki.example.fi", "paivi@kaupunki.example.fi"),
        ("kysy osoitteesta makela@kaupunki.example.fi", "makela@kaupunki.example.fi"),
        # a whole name after a vessel's prefix or head that does what people do, whole
        ("M/S Kaisa Virtanen soitti eilen", "Kaisa Virtanen"),
        ("laiva Matti Salo kertoi uutiset", "Matti Salo"),
        # a person's whole name after a head that names no vessel
        ("hanke Pekka Aalto kertoi tuloksista", "Pekka Aalto"),
        ("kysyin kahvila Helmiltä", "Helmiltä"),
        # a double given name, capitalised or not
        ("Anna-Liisa tuli myöhässä", "Anna-Liisa"),
        ("kysy anna-liisalta", "anna-liisalta"),
        # a surname whose first part is a common word stays a surname
        ("Jussi Iso-Kangas ei päässyt paikalle", "Jussi Iso-Kangas"),
        ("kysy iso-kankaalta", "iso-kankaalta"),
        # a foreign full name right after a verb people do, the subject of a clause that an
        # adverbial or an object opens
        ("kerhossa tulkkasi Oksana Hrytsak arabiaksi", "Oksana Hrytsak"),
        ("iltapäivällä opasti Iryna Tkachuk", "Iryna Tkachuk"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a town or a body holds an opinion as a body does; a thing holds none
        "Lahti oli eri mieltä asiasta",
        "Lahti oli sitä mieltä ettei tietä kannata päällystää",
        "Kunta oli sitä mieltä, että tie korjataan",
        "Koivu on kaunis puu",
        # an office's mailbox: ordinary words typed without the dots of ä and ö
        "ilmoittautumiset osoitteeseen tyopajat@kaupunki.example.fi",
        "palautteet osoitteeseen yhteistyo@kaupunki.example.fi",
        "kysy lisää osoitteesta kasvatus-ja-opetus@kaupunki.example.fi",
        # a vessel named by a person's whole name, after its prefix or its head noun
        "M/S Elina Sofia lähtee satamasta",
        "laiva Matti Salo hinattiin satamaan",
        "lossi Anna Kortelainen kulkee taas",
        # a building named like a person after its head noun (a tower, a villa)
        "Villa Helena on nyt kerhotila",
        "Näkötorni Aino avattiin keväällä",
        "Näkötorni Kurki avattiin keväällä",
        # a hyphen compound of common words whose last part is also a given name
        "järjestettiin kirjasto-ilta kylätalolla",
        "kylätalolla pidettiin lasten-aamu",
        "ensi viikolla on liikunta-päivä koululla",
        # a product's two words after a verb (no given name, no foreign letter)
        "Kokouksessa esitteli Power Automate uudet toiminnot",
        "sovelluksen tarjoaa Microsoft Teams",
    ],
)
def test_a_look_alike_of_round_15_kinds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
