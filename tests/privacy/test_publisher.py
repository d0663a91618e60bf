"""The cautious publisher (find_personal_data(cautious=True)): in text that is published, a
capitalised noun whose common readings fit no person is a name where a person stands, unless
the sentence shows it naming a thing or a body; text typed in capitals is read as typed
normally. Notes are read as before. Sentences of our own, not rows of the benchmark sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from lemmatized import lemmatized_notes
from muistiinpanot.app.models import example_rows
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import (
    PrivacySettings,
    configure_privacy,
    domain_words,
    find_personal_data,
    lower_case_nouns,
    scrub_themes,
)
from muistiinpanot.records import Theme, ThemeResult


def _found(analyzer: LemmaAnalyzer, text: str, *, cautious: bool = True) -> list[str]:
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tähden kanssa sovittiin uusi palaveri", ["Tähden"]),  # company
        ("Hohde lupasi koota vastaukset", ["Hohde"]),  # a promise
        ("Lehto kävi paikan päällä", ["Lehto"]),  # also Voikko's surname
    ],
)
def test_publisher_reads_unfitting_nouns_where_a_person_stands(
    analyzer: LemmaAnalyzer, text: str, names: list[str]
) -> None:
    assert _found(analyzer, text) == names
    assert _found(analyzer, text, cautious=False) == []  # notes are read as before


def test_unfitting_nouns_holding_an_opinion_are_read_in_notes_too(
    analyzer: LemmaAnalyzer,
) -> None:
    """The subject of "olla samaa mieltä" is a person in notes too (review 44 #1, mend88; on
    lead notes read none of them)."""
    text = "Kide ja Tähti ovat samaa mieltä"
    assert _found(analyzer, text) == _found(analyzer, text, cautious=False) == ["Kide", "Tähti"]


def test_an_unfitting_noun_holding_an_opinion_is_read_in_notes_too(
    analyzer: LemmaAnalyzer,
) -> None:
    """Before "mielestä" only a person or a body stands (round 18): notes read it too."""
    text = "Sumun mielestä kirjaston aukioloajat pitäisi pidentää"
    assert _found(analyzer, text) == _found(analyzer, text, cautious=False) == ["Sumun"]


@pytest.mark.parametrize(
    "text",
    [
        "Datan kanssa on ollut ongelmia",  # words of the work itself, by the vectors
        "Hankkeen kanssa tehtiin yhteistyötä",
        "Strategialle pitää kertoa tavoitteet",
        "Kysely kysyi asukkailta toiveita",
        "Muutoksen kanssa pitää elää",
        "Tilastokeskukselta kannattaa kysyä lukuja",  # a body
        "Hyvinvointialueen kanssa sovittiin yhteistyöstä",
        "Raportti kertoi tulokset selkeästi",  # a document tells
        "Pohjola Vakuutuksen kanssa sovittiin korvauksista",  # the head of a firm's name
        "verkkoyhtiö ja Kuitu lupasivat laajentaa verkkoa",  # in a list of bodies
        "Kaupunki lupasi lisää rahaa",  # a group
        "KPI:t ja Hiilineutraalius ovat tärkeitä",
        # a compound or a derivation is a word of the work, whatever its vector
        "Ensihoidon kanssa sovittiin uudesta käytännöstä",
        "Päivystyksen mielestä jonot lyhenevät",
        "Kasvatuksen mielestä ryhmäkoot ovat liian suuria",
        # the text itself writes the word in lower case
        "Keittiö ei tiedä ajoissa kuinka moni syö, joten keittiö arvaa määrät",
    ],
)
def test_publisher_keeps_words_of_things_and_bodies(analyzer: LemmaAnalyzer, text: str) -> None:
    assert _found(analyzer, text) == []


def test_publisher_reads_words_the_domain_writes_in_lower_case(analyzer: LemmaAnalyzer) -> None:
    # a capital opening a sentence is no evidence of a name: the domain's writers show the word
    written = ["kelan kanssa asiat hoituu hitaasti", "sitra rahoitti kokeilun", "kuusi ryhmää"]
    with domain_words(lower_case_nouns(written, analyzer.voikko)):
        assert _found(analyzer, "Kela lupasi selvittää asian") == []
        assert _found(analyzer, "Sitran kanssa tehtiin kokeilu") == []
        assert _found(analyzer, "Virtanen lupasi selvittää") == ["Virtanen"]  # names stay
        assert _found(analyzer, "Sannan kanssa sovittiin") == ["Sannan"]
        assert _found(analyzer, "Usvan mielestä jonot lyhenevät") == ["Usvan"]
        # "kuusi" in lower case may be six: no evidence for "Kuuselle"
        assert _found(analyzer, "Kuuselle kannattaa kertoa uutisesta") == ["Kuuselle"]
    with domain_words(lower_case_nouns(["aamulla oli usva järven päällä"], analyzer.voikko)):
        assert _found(analyzer, "Usva lupasi selvittää asian") == []
    assert _found(analyzer, "Usva lupasi selvittää asian") == ["Usva"]  # only inside the block


def test_the_shipped_domain_words_do_not_hold_names(analyzer: LemmaAnalyzer) -> None:
    # the words the runs use come from the example notes of many writers; names that are
    # also words of nature stay out of them, so a person "Usva" or "Hohde" is still read so
    texts = [row[1] for row in example_rows(Path(__file__).parents[2] / "models" / "training")]
    words = lower_case_nouns(texts, analyzer.voikko)
    assert {"kela", "päivystys"} <= words
    with domain_words(words):
        assert _found(analyzer, "Usva lupasi selvittää asian") == ["Usva"]
        assert _found(analyzer, "Hohde lupasi koota vastaukset") == ["Hohde"]


def test_publisher_reads_text_in_capitals_as_typed_normally(analyzer: LemmaAnalyzer) -> None:
    assert _found(analyzer, "HOHDE LUPASI KOOTA VASTAUKSET") == ["HOHDE"]
    assert _found(analyzer, "PALVELUPOLKU ON LIIAN MONIMUTKAINEN") == []


def test_publisher_setting_turns_the_unfitting_nouns_off(analyzer: LemmaAnalyzer) -> None:
    text = "Hohde lupasi koota vastaukset"
    try:
        configure_privacy(analyzer, PrivacySettings(publish_unfitting_nouns=False))
        assert _found(analyzer, text) == []
        configure_privacy(analyzer, PrivacySettings(publish_margin=1.0))  # nothing is that near
        assert _found(analyzer, text) == []
    finally:
        configure_privacy(analyzer, PrivacySettings())
    assert _found(analyzer, text) == ["Hohde"]


@pytest.mark.parametrize(
    ("texts", "keywords"),
    [
        (["Sumun mielestä aukioloajat pitäisi pidentää", "aukioloajat ja kirjasto"], ("sumu",)),
        # "Antsa" is unknown to Voikko: only NER reads it as a name, so NER reads its notes
        (["nyt Kuusela ja Antsa tekevät ne erikseen", "tilavaraukset ja kirjasto"], ("antsa",)),
    ],
)
def test_scrub_themes_drops_a_keyword_a_note_uses_as_a_name(
    analyzer: LemmaAnalyzer, texts: list[str], keywords: tuple[str, ...]
) -> None:
    theme = Theme("uusi-1", "Kirjasto", "emergent", keywords=(*keywords, "kirjasto"))
    result = scrub_themes(ThemeResult((theme,), ()), lemmatized_notes(analyzer, texts), analyzer)
    assert result.themes[0].keywords == ("kirjasto",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hohde Rinteelle lähtee kutsu", ["Hohde Rinteelle"]),  # a given name that is a noun
        ("Pekka Virtanen Kuntaliitosta kävi kertomassa", ["Pekka Virtanen Kuntaliitosta"]),
        ("Kysy Pekka Laaksoselta lisää", ["Pekka Laaksoselta"]),  # a verb opens the sentence
        ("Aino Mäkelä THL:stä kävi kertomassa", ["Aino Mäkelä"]),  # an office in capitals
    ],
)
def test_publisher_never_keeps_half_a_name(
    analyzer: LemmaAnalyzer, text: str, names: list[str]
) -> None:
    assert _found(analyzer, text) == names


def test_the_one_who_feels_is_a_person(analyzer: LemmaAnalyzer) -> None:
    # the partitive of a verb of feeling names who feels: a word of nature there is a name
    text = "Pihlajaa harmitti ettei kukaan vastannut"
    assert _found(analyzer, text, cautious=False) == ["Pihlajaa"]
    assert _found(analyzer, "Sumua jännitti esitys", cautious=True) == ["Sumua"]
    assert _found(analyzer, "Metsää ei kiinnosta kenenkään mielipide", cautious=True) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("dmitri petrovin kanssa sovittiin asiasta", ["dmitri petrovin"]),  # gazetteer surname
        ("yasmin hakimi kertoi kokemuksistaan", ["yasmin hakimi"]),  # a name-shaped unknown
        ("per asukas kustannus nousee", []),  # an ordinary word after a foreign given name
        ("case manager -malli toimi hyvin", []),  # not shaped like a name
        ("pienia testeja asiakkaiden kanssa", []),  # typed without the dots of ä and ö
    ],
)
def test_publisher_reads_lower_case_foreign_full_names(
    analyzer: LemmaAnalyzer, text: str, names: list[str]
) -> None:
    assert _found(analyzer, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a personal pronoun beside a word is no list of things: the two are people
        ("Kide ja minä lupasimme soittaa kaupungille", ["Kide"]),
        ("Usva ja me lupasimme kysyä hinnat", ["Usva"]),
        # a group of people beside a word shaped like a name, in a person's place
        ("Tähti ja työryhmä lupasivat koota ehdotukset", ["Tähti"]),
    ],
)
def test_a_pronoun_or_a_group_beside_a_word_is_no_list_of_things(
    analyzer: LemmaAnalyzer, text: str, names: list[str]
) -> None:
    assert _found(analyzer, text) == names


def test_a_group_of_people_beside_a_word_not_shaped_like_a_name_keeps_it_a_thing(
    analyzer: LemmaAnalyzer,
) -> None:
    assert _found(analyzer, "verkkoyhtiö ja Kuitu lupasivat laajentaa verkkoa") == []
    assert _found(analyzer, "Järjestelmä ja Kuitu kaatuivat samana päivänä") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the one thanked: a vocative or an allative after "kiitos", never the thanks itself
        ("Kiitos Raija", ["Raija"]),
        ("Kiitos Onnille järjestelyistä", ["Onnille"]),
        ("Kiitokset Mirjamille", ["Mirjamille"]),
        ("kiitos raijalle", ["raijalle"]),
        ("Kiitos Usva", ["Usva"]),  # a word of nature, addressed
        ("Kiitos Kide avusta", ["Kide"]),
        ("Kiitos Hohteelle avusta", ["Hohteelle"]),  # not the head of "Kiitos Hohteelle"
    ],
)
def test_the_one_thanked_is_a_person(analyzer: LemmaAnalyzer, text: str, names: list[str]) -> None:
    assert _found(analyzer, text) == names


def test_thanks_to_all_keep_their_words(analyzer: LemmaAnalyzer) -> None:
    assert _found(analyzer, "Kiitos kaikille osallistujille") == []
    assert _found(analyzer, "Kiitos palautteesta, se auttaa") == []
