"""Round 21's kind (docs/privacy.md, "Round 21: given names that are words"): a given name
of the population register (privacy/data/, DVV's first-name statistics) that Voikko reads
as a common word, read as a person by its clause: the subject of what only people do, of a
visit to do something, of being at work, of an opinion held, of a role, of a person's errand
(no word of nature), or the owner of kin or a genitive before "kanssa". Each kind beside
its counter-case in the same frame; the real spaCy NER and Voikko, both modes; sentences of
our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.gazetteer import load_gazetteer


def test_the_register_holds_given_names_no_faker_list_has() -> None:
    gazetteer = load_gazetteer()
    assert {"usva", "into", "kaisla", "valo"} <= gazetteer.register
    assert "usva" not in gazetteer.finnish  # kept apart from the names every rule reads


test_a_given_name_that_is_a_word_is_a_person_by_its_clause = finds(
    [
        # the subject of a verb only people do
        ("Usva lupasi tuoda kahvit kerhoon", "Usva"),
        # of a person's errand, with its object
        ("Into ajaa huomenna bussia", "Into"),
        ("Armas hakee lapset kerhosta", "Armas"),
        ("Into hoitaa kerhon avaimet", "Into"),
        # of a visit to do something (a word of nature too)
        ("Valo kävi siivoamassa kerhohuoneen", "Valo"),
        ("Tuuli kävi katsomassa uutta salia", "Tuuli"),
        ("Into kävi kirjastolla tulostamassa julisteet", "Into"),
        # of being at work, of an opinion held, of serving in a role
        ("Lumi on ollut yövuorossa koko viikon", "Lumi"),
        ("Kaisla oli kokouksessa eri mieltä aikataulusta", "Kaisla"),
        ("Valo on toiminut kerhon vetäjänä kaksi vuotta", "Valo"),
        # the owner of kin, a genitive of company
        ("Usvan isä soitti kirjastoon kahdesti", "Usvan"),
        ("Kaislan äiti soitti kirjastoon", "Kaislan"),
        ("Aamun kanssa sovittiin uusi aika", "Aamun"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # the same words as what they mean: a manner, no visit; no verb of the classes
        "Tuuli kävi kovana koko yön",
        "Tuuli kävi pihalla kovana",
        "Usva nousi järveltä aamulla",
        "Lumi sulaa katoilta",
        "Into riitti pitkälle iltaan",
        # a state of no person, a genitive of no kin
        "Meri oli tyyni koko päivän",
        "Sade on ollut rankkana koko viikon",
        "Into oli suuri kaikilla osallistujilla",
        "Aamun palaveri siirtyi",
        "Valon määrä lisääntyy keväällä",
        # a word of nature doing an errand's verb; an abstraction helping or bringing
        "Tuuli ajaa lunta pihalle",
        "Usko auttaa jaksamaan",
        "Valo tuo lämpöä pihalle",
        # luck in lower case; a bare verb of no class tells nothing
        "onni potkaisi meitä arvonnassa",
        "Onni potkaisi",
    ],
)
def test_the_same_word_as_a_word_stays(analyzer: LemmaAnalyzer, text: str, cautious: bool) -> None:
    assert found(analyzer, text, cautious) == []


# Review 18 (findings 2, 3, 4, 10): what an abstraction, a system or a force of nature does in
# the frames above; kin a place also has, which a word with no place reading does not.


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a person moved "forward" is the figurative drive of an abstraction
        "Into ajaa meitä eteenpäin",
        "Toivo ajaa meitä eteenpäin",
        "Sisu ajaa heitä eteenpäin vaikeina aikoina",
        # steering and checking: what values, rules and systems do as often as people
        "Usko ohjaa toimintaa",
        "Sisu ohjaa tekemistä",
        "Usko ohjaa valintojamme",
        "Oiva tarkistaa ravintolat",
        # "kanssa" of coping, no verb of doing or talking
        "Onnen kanssa selvittiin",
        "Onnen kanssa pärjättiin loppuun asti",
        # a kind of work a force of nature does ("tuhotyö")
        "Tuuli on ollut tuhotyössä koko yön",
        "Lumi oli taas tuhotyössä katoilla",
    ],
)
def test_an_abstraction_or_nature_in_a_persons_frame_stays(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


@pytest.mark.parametrize(
    "text", ["Sisun kanssa pärjää", "Sisun kanssa selvitään, vaikka aikataulu on tiukka"]
)
def test_a_genitive_of_coping_stays_in_notes(analyzer: LemmaAnalyzer, text: str) -> None:
    # notes only: text to publish reads a capitalised noun of no person before any
    # postposition of a person cautiously (roles.py, publish_unfitting_nouns)
    assert found(analyzer, text, cautious=False) == []


test_a_given_name_that_is_a_word_in_those_frames_is_a_person = finds(
    [
        # a person as the object, then more of the clause: still a person's errand
        ("Usva ajaa meidät kotiin illalla", "Usva"),
        # kin a town also has ("Lahden poika"), of a word that is no place
        ("Usvan tytär tuli mukaan", "Usvan"),
        ("Usvan poika tuli mukaan", "Usvan"),
        ("Usvan mies tuli mukaan", "Usvan"),
        ("Usvan lapset tulivat mukaan", "Usvan"),
        ("Kaislan poika soitti kirjastoon", "Kaislan"),
        # "kanssa" with a verb of doing or talking
        ("Kaislan kanssa keskusteltiin aikataulusta", "Kaislan"),
        ("Valon kanssa suunniteltiin juhlat", "Valon"),
        # at work or on a shift: a person's, a word of nature's too
        ("Tuuli on ollut töissä koko viikon", "Tuuli"),
        ("Lumi oli iltavuorossa eilen", "Lumi"),
    ]
)


# Review 18 (finding 5): the subject after a fronted adverbial or "myös", and the names
# coordinated with a subject read as a person.


test_a_given_name_that_is_a_word_after_an_adverbial_or_in_a_list = finds(
    [
        ("Ensi viikolla Usva hoitaa avaimet", "Usva"),
        ("Myös Usva lupasi tuoda kahvit", "Usva"),
        ("Huomenna Kaisla hakee lapset kerhosta", "Kaisla"),
        ("Kokouksessa Into oli eri mieltä aikataulusta", "Into"),
        ("Usva, Into ja Kaisla hoitavat avaimet", "Into"),
        ("Usva, Into ja Kaisla hoitavat avaimet", "Kaisla"),
        ("Kaisla ja Valo lupasivat tuoda kahvit", "Valo"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Aamulla Usva nousi järveltä",
        "Myös Into riitti pitkälle iltaan",
        "Keväällä Usva viipyy järven yllä",
        "Kirjaston Valo tuo lämpöä",
        "Usva ja Valo täyttivät laakson",
    ],
)
def test_the_word_after_an_adverbial_or_in_a_list_stays(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Wilma-järjestelmä ja Sisu ei keskustele keskenään",
        "Kalenteri-sovellus ja Into eivät keskustele keskenään",
    ],
)
def test_a_word_after_a_noun_and_a_conjunction_opens_no_clause(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    # "ja" after a noun coordinates it: no fronted adverbial
    assert found(analyzer, text, cautious) == []
