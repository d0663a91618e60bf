"""Kinds of sentence of round 12 (docs/privacy.md, "Round 12": the blind round-10 misses and
false hits, as kinds): a given name that is also a word as a subject or before kin, a foreign
full name as a subject, a surname in capitals inflected after a colon, and things named like
people (a work with an epithet, a bot, a ship, a farm that trades, a body's short name after
"eli"), with the people the review found those rules hid. The real spaCy NER and Voikko, both
modes; sentences of our own, not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from lemmatized import lemmatized_notes
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import clinic_names, redact_notes

test_a_name_of_the_round_10_kinds_is_found = finds(
    [
        # a compound tense is read by its participle: a verb of doing, with NER
        ("Rauha oli järjestänyt tilan valmiiksi", "Rauha"),
        # a given name that is also a word, NER's person, a past verb people do (by vector)
        ("Hilla tuli kokoukseen suoraan töistä", "Hilla"),
        # a word only a noun to Voikko, name-like by its vector, NER's person, past verb
        ("Sointu saapui kokoukseen suoraan töistä", "Sointu"),
        # a genitive before a noun of kin: only a person has kin
        ("Kertun mummo lupasi leipoa myyjäisiin", "Kertun"),
        ("Urhon veli ei päässyt paikalle", "Urhon"),
        # a gazetteer's given name and a word nothing knows, subject of a past verb
        ("Mateusz Zielinski asensi uudet näytöt", "Mateusz Zielinski"),
        # a surname that is also a word, typed in capitals and inflected after a colon
        ("palaute tuli RINNE:ltä vasta illalla", "RINNE"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # guards: the same shapes with no person
        "Onni potkaisi kun saatiin rahoitus",  # an idiom: a bare verb, then a conjunction
        "Valo sammui kesken esityksen",
        "Raportti tuli myöhässä",
        "Sade tuli yllättäen",
        "Veteraanin tiedoissa luki virheitä",  # a genitive, no subject
        "Karhu kävi pihalla yöllä",  # a surname an animal shares: no given name
        "Kettu kävi pihalla yöllä",  # a word of nature
        "Kuntalaisen mukaan bussi oli myöhässä",  # -lainen of no place
        "Suomalaisen mielestä kahvi kuuluu aamuun",  # a people's view, no person's
        "Ruotsalaisen mielestä jonottaminen on kohteliasta",
        "Helsinkiläisen mukaan liput ovat kalliita",  # a town's resident, a derived word
        "Ruotsalaisen tutkimuksen mukaan tulos on hyvä",  # an attribute of a noun
        "Lahden poika voitti kisan",  # a place has sons: "poika" is no kin noun here
        "Adobe Premiere kaatui taas",  # a product: a verb of things
        "ELY:ltä ei tullut vastausta",  # an abbreviation inflected after a colon
        "SOTE:lle tuli lisää rahaa",
        # things named like people
        "Iloinen Aino on kaupungin chattibotti",  # a capitalised attribute, a bot
        "Matti iloinen on uusi elokuva",  # an epithet after the name, a work
        "M/S Birgitta lähtee satamasta kahdeksalta",  # a vessel's prefix
        "M/V Helmi kulkee saaristossa",
        "Mäkisen Puutarha myy taimia",  # a capitalised trade's head that trades
        "Opetushallitus eli OPH julkaisi ohjeet",  # "eli" renames a body
        "Nuorisokeskus eli Nuokka kertoi aukioloista",
        "Kehittämiskeskus eli Kehko lupasi selvittää asian",
        "Kansaneläkelaitos eli Kela lupasi vastata",
        "Järjestelmä eli LIISA kaatui taas",  # a given name in capitals: an acronym
    ],
)
def test_a_look_alike_of_the_round_10_kinds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


test_a_person_beside_a_things_shape_stays_a_name = finds(
    [
        # the capitalised head names a business only when it trades
        ("Kävimme Mäkisen Tilalla kylässä", "Mäkisen"),
        # "eli" before a person's name renames a person noun, not a body
        ("Uusi sihteeri eli Taina lupasi hoitaa asian", "Taina"),
        ("Nuorisokeskus eli Aino Laine vastaa", "Aino Laine"),
        # after "eli" and a body's head, a person's name is a person answering for it
        ("Kirjasto eli Helena lupasi selvittää aukioloajat", "Helena"),
        ("Hanke eli Ossi kokoaa loppuraportin", "Ossi"),
        ("Asiakaspalvelu eli Riitta vastaa puhelimeen", "Riitta"),
        ("Kirjasto eli Laine vastaa tiedusteluihin", "Laine"),  # a surname
        # names coordinated after "eli" are the body's people, by name
        ("Henkilökunta eli Sari ja Tapani hoitaa kahvituksen", "Sari"),
        ("Projekti eli Ville ja Noora aloittivat syksyllä", "Ville"),
        ("Tukipalvelu eli Jonttu ja Pekka hoitaa asian", "Jonttu"),  # a name nothing knows
        # a vessel's prefix is "M/S" as written, not "ms", "ss" nor "MS" (nor "m/s", a speed)
        ("ms Kaisa soitti aamulla", "Kaisa"),
        ("ss Tero tuli kokoukseen myöhässä", "Tero"),
        ("Söin lounasta MS Eevan kanssa", "Eevan"),
        ("tuulen nopeus oli 12 m/s Aino kirjasi lukeman", "Aino"),
        # and a name after one that does what people do is a person
        ("M/S Kaisa lupasi hoitaa asian", "Kaisa"),
    ]
)


def test_redact_notes_removes_the_names_the_clinic_makes_known(analyzer: LemmaAnalyzer) -> None:
    texts = ["usva lupasi koota palautteet yhteen", "kysytään aikataulu vielä usvalta"]
    notes = lemmatized_notes(analyzer, texts)
    known = clinic_names(texts, analyzer)
    assert "usva" in known
    redacted = redact_notes(notes, analyzer, known=known)
    for note in redacted:
        assert "usva" not in note.text.casefold()
        assert "usva" not in note.clean_text.casefold()
        assert not [lemma for lemma in note.lemmas if "usva" in lemma.casefold()]
    assert redacted[1].text == "kysytään aikataulu vielä [nimi]"
    # without the clinic's names, notes are read alone, as before
    assert "usvalta" in redact_notes(notes, analyzer)[1].text
