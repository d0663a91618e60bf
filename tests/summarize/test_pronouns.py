""" "ne" of people written as "he" (summarize/pronouns.py), on sentences of our own, with the
real spaCy model and Voikko."""

from __future__ import annotations

import pytest
from token_text import token_text

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.pronouns import personal_pronouns


def _rewritten(sentence: str, analyzer: LemmaAnalyzer) -> str:
    return token_text(personal_pronouns(analyzer.parse([sentence])[0], analyzer.voikko))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an agent noun (a verb's "-ja" derivation) names people
        ("Työntekijät sanovat, että ne eivät ehdi.", "Työntekijät sanovat, että he eivät ehdi."),
        # the genitive: "heidän" and the noun's possessive suffix
        (
            "Hoitajat kertovat, että niiden vuorot vaihtuvat usein.",
            "Hoitajat kertovat, että heidän vuoronsa vaihtuvat usein.",
        ),
        # a nominative in "-us" takes the suffix on its genitive's stem
        (
            "Vuokralaiset pelkäävät, että niiden sopimus puretaan.",
            "Vuokralaiset pelkäävät, että heidän sopimuksensa puretaan.",
        ),
        # a "-lainen" noun names people; the partitive
        (
            "Kyläläiset ovat huolissaan, koska niitä ei kuunnella.",
            "Kyläläiset ovat huolissaan, koska heitä ei kuunnella.",
        ),
        # a singular noun between is no rival for the plural "ne"
        (
            "Opiskelijat eivät saa alennusta, vaikka ne ovat pienituloisia.",
            "Opiskelijat eivät saa alennusta, vaikka he ovat pienituloisia.",
        ),
        # the nearest plural is the subject of the "että" clause "ne" stands in: "ne" takes
        # up the people of the main clause before it
        (
            "Asukkaat kertoivat, että virkailijat eivät auta niitä.",
            "Asukkaat kertoivat, että virkailijat eivät auta heitä.",
        ),
        (
            "Nuoret toivovat, että valmentajat tukisivat niitä enemmän.",
            "Nuoret toivovat, että valmentajat tukisivat heitä enemmän.",
        ),
        (
            "Vanhukset kertovat, että hoitajat eivät ehdi auttaa niitä.",
            "Vanhukset kertovat, että hoitajat eivät ehdi auttaa heitä.",
        ),
    ],
)
def test_personal_pronouns_for_people(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tilat ovat kaukana ja ne pitää varata ajoissa.",  # things
        "Raportit valmistuvat, kun ne tarkistetaan.",  # things
        # a plural adjective standing for a noun may name things as well as people
        "Vanhat poistetaan, kun ne hajoavat.",
        "Sähköiset ovat parempia, koska ne säästävät aikaa.",
        # another plural noun stands between the people and "ne": "ne" may take up the
        # nearer things
        "Asukkaat valittavat maksuista, koska ne ovat nousseet.",
        "Potilaat odottavat jonoissa, ja ne ovat pitkiä.",
        "Asiakkaat ovat tyytyväisiä palveluihin, mutta ne ovat kalliita.",
        "Opiskelijat lukevat kirjoja, koska ne ovat kiinnostavia.",
        "Vanhukset kaipaavat retkiä, mutta ne maksavat liikaa.",
        "Työntekijät täyttävät lomakkeita, vaikka ne ovat turhia.",
        # the people are the subject of the clause "ne" stands in as an object: a clause's
        # subject is never taken up there by "ne"/"he", so "ne" speaks of the things before
        "Laitteet ovat vanhoja, mutta opettajat käyttävät niitä silti.",
        "Lomakkeet ovat pitkiä, ja asukkaat eivät jaksa täyttää niitä.",
        # ... also when things of another clause stand before: "ne" takes up them
        "Kokoukset venyvät, ja osallistujat eivät jaksa seurata niitä.",
        # people in the main clause and other people as the subject of the "että" clause:
        # "ne" goes up to the first only with a verb whose object is a person (help, care,
        # meeting); with a verb of things it is the rules or tasks the note speaks of
        "Vanhemmat sanoivat, että lapset eivät muista niitä.",
        "Ohjaajat kertoivat, että osallistujat eivät lue niitä.",
        "Valmentajat huomasivat, että pelaajat eivät noudata niitä.",
    ],
)
def test_personal_pronouns_leave_things(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the noun that "heidän" or "hänen" owns takes the possessive suffix
        (
            "Vanhemmat ovat väsyneitä, eikä kukaan kysy heidän jaksamista.",
            "Vanhemmat ovat väsyneitä, eikä kukaan kysy heidän jaksamistaan.",
        ),
        (
            "Opettaja kertoi, että hänen luokka on liian iso.",
            "Opettaja kertoi, että hänen luokkansa on liian iso.",
        ),
        (
            "Valmentajat toivovat, että heidän työtä arvostettaisiin.",
            "Valmentajat toivovat, että heidän työtään arvostettaisiin.",
        ),
    ],
)
def test_genitive_pronoun_owner_takes_suffix(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Heidän työnsä on raskasta.",  # the suffix is there already
        "Hänen mielestään kerho on hyvä.",
    ],
)
def test_genitive_pronoun_owner_with_suffix_stays(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the antecedent is the subject of a verb whose subject is a person
        (
            "Asukkaat eivät tiedä, mitä niiden palautteelle tehdään.",
            "Asukkaat eivät tiedä, mitä heidän palautteelleen tehdään.",
        ),
        (
            "Vanhemmat haluavat osallistua, mutta niitä ei kutsuta.",
            "Vanhemmat haluavat osallistua, mutta heitä ei kutsuta.",
        ),
        # "ne" itself is the subject of such a verb
        (
            "Nuoret muuttavat pois, koska ne haluavat opiskella.",
            "Nuoret muuttavat pois, koska he haluavat opiskella.",
        ),
    ],
)
def test_personal_pronouns_of_person_subjects(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # nothing said of them is said of persons only
        "Mopot pitävät ääntä, kun ne kiihdyttävät.",
        # a collective of people is not a noun of persons
        "Ryhmät kokoontuvat, kun ne ehtivät.",
        "Laitteet vanhenevat, eikä niitä huolleta.",
    ],
)
def test_personal_pronouns_nothing_shows_people(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun of persons (lexicons/agreement.toml `people`) with nothing else to show it
        ("Nuoret lähtevät kaupungista, kun ne aloittavat opinnot.",
         "Nuoret lähtevät kaupungista, kun he aloittavat opinnot."),
        ("Vanhukset odottavat, koska niillä ei ole autoa.",
         "Vanhukset odottavat, koska heillä ei ole autoa."),
        ("Lapset itkevät, kun niitä ei kuunnella.", "Lapset itkevät, kun heitä ei kuunnella."),
        # a compound whose last part is one (Voikko's parts)
        ("Ikäihmiset sanovat, että ne eivät löydä bussia.",
         "Ikäihmiset sanovat, että he eivät löydä bussia."),
        # the adjective "nuori" standing as a noun
        ("Kadulle ei tule nuoria, kun ne ovat koulussa.",
         "Kadulle ei tule nuoria, kun he ovat koulussa."),
    ],
)  # fmt: skip
def test_personal_pronouns_of_nouns_of_persons(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected


def test_personal_pronouns_foretelling_stays(analyzer: LemmaAnalyzer) -> None:
    # "tietää" with a bare adjective object foretells, of things
    sentence = "Säännöt muuttuvat taas, eivätkä ne tiedä hyvää."
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a body acts through people, yet written Finnish keeps "ne" of it
        "Koulut haluavat, että niiden tilat korjataan.",
        "Yritykset haluavat, että niitä kuunnellaan.",
        "Järjestöt osaavat hakea rahoitusta, mutta niiden hakemukset hylätään.",
        "Kunnat tietävät, että niiden budjetit ovat tiukkoja.",
        "Seurakunnat haluavat, että niitä tuetaan.",
    ],
)
def test_personal_pronouns_leave_bodies(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # coordinated owners: the suffix would speak of the pronoun alone
        "Hänen ja Pekan mielestä asia on selvä.",
        "Heidän ja meidän tarpeet ovat samat.",
        "Hänen ja Liisan ehdotus hyväksyttiin.",
        # a genitive noun between: the pronoun owns that noun, not the head
        "Heidän lasten koulu on kaukana.",
        "Hänen äidin talo myytiin.",
    ],
)
def test_genitive_pronoun_not_sole_owner_stays(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a numeral above one counts persons in the singular partitive: a plural in meaning
        (
            "Kerhoon tuli viisi lasta ja ne leikkivät koko illan.",
            "Kerhoon tuli viisi lasta ja he leikkivät koko illan.",
        ),
        (
            "Kokoukseen tuli kolme asukasta, mutta ne lähtivät kesken.",
            "Kokoukseen tuli kolme asukasta, mutta he lähtivät kesken.",
        ),
        # ... things counted keep "ne"
        (
            "Pihalla on kolme autoa ja ne ovat rikki.",
            "Pihalla on kolme autoa ja ne ovat rikki.",
        ),
    ],
)
def test_ne_of_counted_people(analyzer: LemmaAnalyzer, sentence: str, expected: str) -> None:
    assert _rewritten(sentence, analyzer) == expected
