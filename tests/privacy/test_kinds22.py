"""The round-14 kinds (docs/privacy.md, "Round 18"): premises and land named like people
or by a family, a person's view after "mielestä"/"mukaan", a surname after a compound
title, a day named after a person, a service's mailbox of a plural common noun, and a town
typed after an address's flat. Each kind beside its counter-case in the same frame; the
real spaCy NER and Voikko, both modes; sentences of our own, not rows of the benchmark
sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a hall's or a sauna's head before a one-word name: the premises' name
        "Urheiluhalli Aino on suljettu",
        "Savusauna Helmi lämpiää lauantaisin",
        # a lone surname's genitive before a villa or a field: a place's name
        "Mäkisen huvila vuokrataan kesäksi",
        "Heinosen pelto kynnetään keväällä",
        # a day named after a person, in the essive of dating
        "Aleksis Kiven päivänä rannalla luetaan runoja",
        "Runebergin päivänä rannalla syödään torttuja",
        "Aleksis Kiven päivä on lokakuussa",
        "Runebergin syntymäpäivänä liputetaan",  # a lone surname's: a flag day, as before
        # a mailbox whose local part is a plural common noun
        "koivut@example.fi vastaa kysymyksiin",
        "kysymykset osoitteeseen lehdot@kunta.fi",
        # a body's opinion, a common noun's idiom after "mukaan"
        "Kaupungin mielestä aukiolo on riittävä",
        "Lautakunnan mielestä aukiolo on riittävä",
        "Toivon mukaan kahvi riittää",
        "Tuulen mukaan purjehdittiin",
        # a title inflected is no apposition: the word after it is not a name by it
        "Iisalmesta ei pääse hammaslääkäriin ilman autoa",
        # a compound that does not end in a title
        "saunarakennus Mäkelä lämmitetään lauantaina",
    ],
)
def test_a_look_alike_of_round_18_kinds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_person_of_round_18_kinds_is_found = finds(
    [
        # a person's view: a given name's genitive that is no verb's form before "mukaan",
        # a simple noun of no person nor group before "mielestä"
        ("Sulon mukaan bussi on myöhässä", "Sulon"),
        ("Sillan mielestä aukiolo on liian lyhyt", "Sillan"),
        ("Polun mielestä aukiolo on liian lyhyt", "Polun"),
        # a surname right after a compound title or role in the nominative
        ("saunaisäntä Mäkelä lämmittää saunan", "Mäkelä"),
        ("saunaemäntä Heikkilä lämmittää saunan", "Heikkilä"),
        ("uimaohjaaja Heikkilä tulee maanantaina", "Heikkilä"),
        # a town typed after the address's number or flat
        ("vuokralainen asuu Asemakatu 4 as 12 Kotka", "Asemakatu 4 as 12 Kotka"),
        ("paketti lähti osoitteeseen Puistotie 9 B 3 Lahti", "Puistotie 9 B 3 Lahti"),
        # a person in the look-alikes' frames
        ("Urheiluhalli Aino Mäkinen kertoi aukioloista", "Aino Mäkinen"),
        ("Jäähalli Ainolle soitettiin", "Ainolle"),
        ("Liisa Mäkisen huvila vuokrataan kesäksi", "Liisa Mäkisen"),
        ("Mäkisen kanssa vuokrataan kesäksi", "Mäkisen"),
        ("Minna Virtasen päivänä rannalla Pekka Mäki puhuu", "Pekka Mäki"),
        # a whole name before a compound of a day: the person's own day, no organisation's
        ("Minna Virtasen syntymäpäivänä pidetään juhlat", "Minna Virtasen"),
        ("Pekka Mäen työpäivä venyi pitkäksi", "Pekka Mäen"),
        ("koivu@example.fi vastaa kysymyksiin", "koivu@example.fi"),
        ("virtaset@example.fi vastaa kysymyksiin", "virtaset@example.fi"),
    ]
)


@MODES
def test_a_word_after_an_address_is_no_town(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """A capitalised common noun or a given name after the house number is no town."""
    assert found(analyzer, "kokous on Koulukatu 7 Kahvila avataan yhdeksältä", cautious) == [
        "Koulukatu 7"
    ]
    assert found(analyzer, "kokous on Koulukatu 7 Pekka tuo kahvit", cautious) == [
        "Koulukatu 7",
        "Pekka",
    ]
