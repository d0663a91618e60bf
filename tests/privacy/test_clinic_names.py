"""Names the clinic's own notes make known (privacy/clinic_evidence.py, privacy/known.py): a
word the notes use in a frame only a person takes, and read as a name somewhere in the
clinic, is a name in every text the clinic publishes, in any case form. Sentences of our own."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import (
    PrivacySettings,
    clinic_names,
    configure_privacy,
    find_published_data,
    known_names,
)


def _found(analyzer: LemmaAnalyzer, texts: list[str]) -> list[list[str]]:
    spans = find_published_data(texts, analyzer)
    return [[t[s.start : s.end] for s in found] for t, found in zip(texts, spans, strict=True)]


@pytest.mark.parametrize(
    ("notes", "name"),
    [
        # the subject of a verb only people do, a name as the post prints it ("Usva lupasi")
        (["usva lupasi koota palautteet yhteen", "kysytään usvalta aikataulusta"], "usva"),
        (["sumu lupas hoitaa kahvit", "sumulle pitää ilmottaa"], "sumu"),  # spoken forms
        (["@tähti hoitaa tilaukset", "tähden kanssa sovittiin"], "tähti"),  # an @-mention
        (["usva ja Pekka hoitaa ilmoittautumiset"], "usva"),  # coordinated with a name
        (["kuuselle pitää kertoa aikataulu"], "kuusi"),  # the one told, "Kuuselle …"
    ],
)
def test_clinic_names_finds_a_word_the_notes_use_as_a_name(
    analyzer: LemmaAnalyzer, notes: list[str], name: str
) -> None:
    assert name in clinic_names(notes, analyzer)


@pytest.mark.parametrize(
    ("notes", "word"),
    [
        (["kysytään kunnalta lisätietoja", "kunta lupasi rahoitusta"], "kunta"),  # a body
        (["asukas kertoi että tieto ei kulje", "kysytään asukkailta palautetta"], "asukas"),
        (["usva nousi järveltä aamulla", "usvan keskellä ei näe mitään"], "usva"),  # no frame
        (["ELY lupaa käsittelyajan", "kysytään ELY:ltä lisää"], "ely"),  # an office's initials
        (["mervi h. lupas tehdä kyselyn"], "lupas"),  # a spoken verb opening a sentence
        (["kide ja kaisla hoitaa ilmoittautumiset"], "kide"),  # a frame, nowhere a name
    ],
)
def test_clinic_names_leaves_words_that_are_no_name(
    analyzer: LemmaAnalyzer, notes: list[str], word: str
) -> None:
    assert word not in clinic_names(notes, analyzer)


def test_a_known_name_is_a_name_in_every_published_text_and_case(
    analyzer: LemmaAnalyzer,
) -> None:
    notes = ["usva lupasi koota palautteet yhteen", "usva kävi läpi palautteet"]
    published = [
        "Usva kävi läpi palautteet.",
        # not "kysyä usvalta": a register given name asked is a person's alone (round 28)
        "Päätös jäi usvalta kesken.",
        "Usvan ehdotus sai kannatusta.",
        "Palautteet käytiin läpi.",
    ]
    before = _found(analyzer, published)
    assert before[:3] == [[], [], []]  # read alone, each is as likely the word
    with known_names(clinic_names(notes, analyzer)):
        after = _found(analyzer, published)
    assert after == [["Usva"], ["usvalta"], ["Usvan"], []]
    assert _found(analyzer, published) == before  # outside the block, read alone again


def test_a_known_name_that_is_also_a_numeral_leaves_the_numeral(analyzer: LemmaAnalyzer) -> None:
    notes = ["kuuselle pitää kertoa aikataulu", "Kuusi lupasi kysyä rahoituksesta"]
    with known_names(clinic_names(notes, analyzer)):
        found = _found(analyzer, ["Muistiinpanoja kertyi kuusi.", "Kuuselta tuli viesti."])
    assert found == [[], ["Kuuselta"]]


def test_clinic_names_off_reads_published_text_alone(analyzer: LemmaAnalyzer) -> None:
    notes = ["usva lupasi koota palautteet yhteen"]
    configure_privacy(analyzer, PrivacySettings(clinic_names=False))
    try:
        assert clinic_names(notes, analyzer) == frozenset()
    finally:
        configure_privacy(analyzer, PrivacySettings())


@pytest.mark.parametrize(
    ("notes", "published", "found"),
    [
        # a surname the clinic writes in a whole name is a participant's alone too, before a
        # work's noun (review 19, finding 1), and also where it is an adjective's form
        (
            ["Pekka Mäkinen avasi tilaisuuden"],
            ["Mäkisen kirjoittama romaani luettiin lopuksi.", "Mäkisen sävellys soi."],
            [["Mäkisen"], ["Mäkisen"]],
        ),
        (
            ["Aino Korhonen piti alustuksen", "Liisa Heikkinen toi kahvit"],
            ["Korhosen sävellys soi juhlassa.", "Heikkisen maalaus oli esillä."],
            [["Korhosen"], ["Heikkisen"]],
        ),
        # a maker's whole name is no participant's: the surname stays a maker's elsewhere
        (
            ["Alvar Aallon suunnittelema kirjasto avattiin"],
            ["Aallon suunnittelema talo on kaunis."],
            [[]],
        ),
    ],
)
def test_a_surname_of_a_whole_name_in_the_clinic_is_known(
    analyzer: LemmaAnalyzer, notes: list[str], published: list[str], found: list[list[str]]
) -> None:
    with known_names(clinic_names(notes, analyzer)):
        assert _found(analyzer, published) == found
