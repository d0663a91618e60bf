"""Rules read from a sentence's structure and the shapes of fixed-form data, on Finnish examples
of their own (real spaCy NER and Voikko): coordination, apposition, plural surnames, hyphenated
given names, organisations named after people, tools named like people, the cues of
privacy/cues.py (titles, initials, e-mails, "Karhun Ossi"), subjects of verbs people do,
eponyms, companies and programmes, case numbers, and
e-mail, identity code, IBAN and address shapes."""

from __future__ import annotations

import pytest
from kinds_cases import found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # coordination: a name spreads to a name-shaped word in the same case
        ("Helmi ja Aamu lupasivat koota materiaalin", ["Helmi", "Aamu"]),
        ("kysy Pilviltä tai Marjalta", ["Pilviltä", "Marjalta"]),
        ("Mariam, Leena ja Tuomas vetivät pajan", ["Mariam", "Leena", "Tuomas"]),
        ("Rasmus ja Kallio olivat samaa mieltä budjetista", ["Rasmus", "Kallio"]),
        ("Amina ja Hamid nuorisotalolta kertoivat kerhosta", ["Amina", "Hamid"]),
        # a given name's genitive that Voikko reads as another name's instructive ("Ooni")
        ("Sannan ja Oonin vuoro on huomenna", ["Sannan", "Oonin"]),
        # apposition: a person noun in brackets or between commas
        ("Ruusu (kesäharjoittelija) kirjasi muistiinpanot", ["Ruusu"]),
        ("Tähti ja Sade (meidän opiskelijat) keräävät palautteet", ["Tähti", "Sade"]),
        # a family: a surname in the plural
        ("Korhoset muuttivat kaupunkiin viime vuonna", ["Korhoset"]),
        ("kiitos Mäkisille kahvista", ["Mäkisille"]),
        # hyphenated given names Voikko does not know
        ("Mai-Britt kertoi ruotsinkielisestä palvelusta", ["Mai-Britt"]),
        ("Lindqvistin Eeva-Lotta kokosi palautteet", ["Lindqvistin Eeva-Lotta"]),
        # a name that is also a word, read as one by NER with a capital inside the sentence
        ("Aallon Kuura kertoi, että kokeilu jatkuu", ["Aallon Kuura"]),
        # the spoken order: a genitive shaped like a surname before a given name in any case
        ("Kotiharjun Sirkalle lähtee kutsu", ["Kotiharjun Sirkalle"]),
        ("Katajaharjun Oilille lähtee kutsu", ["Katajaharjun Oilille"]),
        # the register's order inside a sentence: a surname that is also a place
        ("kanslisti Kemi Raili, häneltä saa lomakkeet", ["Kemi Raili"]),
        ("yhteyshenkilö Ruotsi Aila vastaa puhelimeen", ["Ruotsi Aila"]),
        # ... but not an organisation's genitive, nor before a full name
        ("Kaupungin Pekka lupasi selvittää", ["Pekka"]),
        ("Kelan Maija Mäkinen lupasi tarkistaa", ["Maija Mäkinen"]),
        ("Kiitos Pekka hyvästä alustuksesta", ["Pekka"]),
        # a lower-case word is no part of a capitalised name beside it
        ("Soita Honkasille illalla", ["Honkasille"]),
        # a lower-case given name "into" someone is a person ("in" something is a tool's)
        ("otin yhteyttä pekkaan eilen", ["pekkaan"]),
        ("luotan villeen täysin", ["villeen"]),
        # coordinated names in one NER span are two names, the conjunction none
        ("Ville ja Kalle vetivät kokouksen", ["Ville", "Kalle"]),
        # a word nothing knows, a subject of a verb people do (NER agrees): a nickname
        ("Jallu tietää missä avaimet ovat", ["Jallu"]),
        ("Keijo ja Repe vetää talkoot", ["Keijo", "Repe"]),
        # coordination: a place that is also a given name, joined to a given name
        ("Kaisan ja Sallan kanssa sovittiin aikataulu", ["Kaisan", "Sallan"]),
        # a title before a capitalised common noun
        ("lehtori Sarvi esitteli suunnitelman", ["Sarvi"]),
        # an initial before a name, in lower case too
        ("A. Nieminen ja r. koivisto kokoavat aineiston", ["A. Nieminen", "r. koivisto"]),
        # the spoken order: a surname in the genitive before a given name
        ("Kiven Aino vetää kerhoa torstaisin", ["Kiven Aino"]),
        # an e-mail address of the same text spells the word
        (
            "Ruusun viesti tuli osoitteesta ruusu.virta@example.fi",
            ["Ruusun", "ruusu.virta@example.fi"],
        ),
        # a lower-case -nen surname Voikko does not know, after a verb of asking
        ("kysy vartiaiselta se muistaa", ["vartiaiselta"]),
        # the recipient of a message two words on
        ("Helmille lähtee viesti huomenna", ["Helmille"]),
        # Cyrillic names of Faker's providers, transliterated
        ("Tatjana Ševtšenkolle järjestetään tulkki", ["Tatjana Ševtšenkolle"]),
        # coordinated subjects in a person's state, a surname that is a common noun too
        ("Koivu ja Haapa olivat molemmat lomalla", ["Koivu", "Haapa"]),
        # the clause after says the word is a person
        ("Lepolle pitää kertoa, se on vahtimestari", ["Lepolle"]),
        # capitalised common nouns coordinated, before a postposition of opinion
        ("Sorsan ja Kurjen mielestä kysely oli liian pitkä", ["Sorsan", "Kurjen"]),
        # the sender of a message
        ("Sadulta tuli viesti että hän myöhästyy", ["Sadulta"]),
        # initials that are also one-letter abbreviations ("p." for "puhelin")
        ("p. Koski ja a. Lehto hoitavat ilmoittautumiset", ["p. Koski", "a. Lehto"]),
    ],
)
def test_find_personal_data_reads_names_from_structure(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert found(analyzer, text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        # organisations named after people, in any case of the head noun
        "Jane ja Aatos Erkon säätiöltä haettiin rahoitusta",
        "Ilmari Kianto Seura kokoontui kirjastossa",
        "Urho Kekkosen Museo on kesällä auki",
        # tools and methods with a given name's shape
        "Wilma-viestit ja Wilmaan kirjautuminen on hankalaa",
        "Elisa ja Telia tarjosivat liittymät",
        "Lean-ajattelu ja Lean johtamisessa",
        "tää wilma ei toimi kännykällä",
        "Trello / Slack / Wilma: liikaa kanavia",
        "Mentimeter toimi paremmin kuin Elisa",
        "Mentimeterissä ja Mirossa vastattiin kysymyksiin",  # a passive verb has no subject
        "vastaukset näkyy mirossa",
        # an open compound's first part names a project or a show
        "Kuu ja Tähti -kerho kokoontui torstaina",
        "Lean -menetelmä otettiin käyttöön",
        # a lower-case noun that is also a rare surname, before a verb of saying
        "asukas kertoi kokemuksestaan",
        # case and diary numbers are not phone numbers
        "asianumero 0402/2024 on kesken",
        # places and common words beside names of things
        "kouluruokaan kasvisvaihtoehto joka päivä, lapset tykkää",
        "Helsingissä ja Espoossa kokeiltiin samaa",
        # eponyms: a whole name in the genitive before a noun things are named with
        "Minna Canthin päivänä liput liehuvat",
        # companies named after founders, subjects of a business's verb
        "Sinebrychoff ja Fazer sponsoroivat kisoja",
        # a programme's name with a plus
        "Erasmus+ -vaihdossa oli kolme opiskelijaa",
        # places and offices told or given things
        "Kalliolle rakennetaan näkötorni",
        "Kelalle pitää ilmoittaa muutoksista",
        # products and organisations as subjects of verbs of things
        "Zoom ja Teams kaatuivat kesken kokouksen",
        "Sitra rahoittaa kokeilua",
        # a clause after that says nothing of a person
        "Raportti pitää lähettää, se on tärkeä",
        "Kunnalle pitää ilmoittaa, se on viranomainen",
        # towns as subjects, capitalised inside a sentence
        "Kotka ja Hamina hakivat yhteistä rahoitusta",
        # a composer's works
        "Mozartin sävellyksiä soitettiin juhlassa",
        # coordinated capitalised nouns with nothing of a person after them
        "Tuuli ja Sade haittasivat talkoita",
        "Auto oli poissa pihalta",
        # a one-letter abbreviation is no initial
        "n. kuusi henkeä oli paikalla",
    ],
)
def test_find_personal_data_keeps_structural_lookalikes(analyzer: LemmaAnalyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_find_personal_data_keeps_a_person_coordinated_with_an_unknown_name(
    analyzer: LemmaAnalyzer,
) -> None:
    """A given name beside a word unknown to Voikko and the gazetteer is a tool only without a
    verb people do: here they speak."""
    text = "Pekka ja Zdravka kertoivat kokeilusta"
    assert found(analyzer, text) == ["Pekka", "Zdravka"]


@pytest.mark.parametrize(
    ("text", "piece", "kind"),
    [
        ("viestit pirkko.lahti[a]example.fi kautta", "pirkko.lahti[a]example.fi", "sähköposti"),
        ("posti ville.ranta (a) kunta.fi", "ville.ranta (a) kunta.fi", "sähköposti"),
        ("tunnus 280387y123w lomakkeella", "280387y123w", "henkilötunnus"),
        ("lapsen tunnus 150601a0424 näkyi", "150601a0424", "henkilötunnus"),
        ("tili FI 78 4000 1234 5678 90 on oikea", "FI 78 4000 1234 5678 90", "tilinumero"),
        ("tili fi40-5700-1111-2222-33 maksuille", "fi40-5700-1111-2222-33", "tilinumero"),
        ("KAUPPAKATU 3 A 4, 40100 JYVÄSKYLÄ", "KAUPPAKATU 3 A 4, 40100 JYVÄSKYLÄ", "osoite"),
        ("asumme nyt Pihlajakujalla 7 B", "Pihlajakujalla 7 B", "osoite"),  # an inflected street
    ],
)
def test_find_personal_data_reads_every_written_shape(
    analyzer: LemmaAnalyzer, text: str, piece: str, kind: str
) -> None:
    found = find_personal_data([text], analyzer)[0]
    assert [(text[s.start : s.end], s.kind) for s in found] == [(piece, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Kauppakadulla 4 liikettä on tyhjänä",  # a count after an inflected street, not a home
    ],
)
def test_find_personal_data_checks_checksums_in_any_spacing(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    assert found(analyzer, text) == []
