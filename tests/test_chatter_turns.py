"""Chatter: turns in the talk that refer to another note or speaker (a vote, agreeing,
nothing to add), greetings and bare responses, with the real analyzer (spaCy + Voikko); the
lexicon's `greetings`, `turns` and `references` (read by the rule alone) and `people` (a sign
of the meeting beside the classifier)."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_status
from muistiinpanot.chatter import ChatterSettings, mark_chatter
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef

TURNS = [
    "terveisiä Rovaniemeltä",  # a greeting formula and a place name
    "hyvää iltapäivää kaikille",  # a greeting of the time of day
    "+1 tolle edelliselle",  # a vote for another note
    "plus yks",
    "samaa mieltä kuin yllä",  # agreeing, pointing at another note
    "sama kuin edellisellä kerralla",  # a sameness comparison to an earlier session
    "ei mitään lisättävää",  # nothing to add
    "juu",  # a bare response: interjections alone
]
TOPICS = [
    "+1, ja lisäks kirjastojen aukioloajat on liian lyhyet",  # a vote and a point of its own
    "samaa mieltä siitä että budjetti on liian pieni",
    "sama ongelma kuin viime vuonna kouluissa",
    "terveiset päättäjille: nuorisotiloja tarvitaan lisää",
    "kiitokset sote-johdolle nopeista päätöksistä",
    "kaksi päivää jonossa",  # "päivää" greets only after "hyvää"
    "kaupunki lisää tuntiresursseja",  # "lisätä" as the topic's verb
    "+10 astetta pakkasta ja bussi ei tullut",  # a number, not a vote
]


@pytest.mark.parametrize("text", TURNS)
def test_chatter_marks_turns_greetings_and_responses(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"


@pytest.mark.parametrize("text", TOPICS)
def test_chatter_leaves_a_point_made_with_a_turn_word(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


# someone of those present asked or told (a personal interrogative or indefinite pronoun, the
# lexicon's `people`): a sign of the meeting beside the classifier's probability
PEOPLE = [
    "voisko joku avata ikkunan",
    "voisko joku koota yhteen",
    "joku hurisee taustalla",
    "kuka vetää loppuosan",
]
PEOPLE_IN_A_TOPIC = [
    "kuka vastaa asukkaiden neuvonnasta",
    "joku pitäis palkata hoitamaan viestintää",
    "liikuntapalvelut kuuluu kaikille ikäryhmille",
    "jonkun pitäis tarkistaa pyörätiet keväällä",
]


@pytest.mark.parametrize("text", PEOPLE)
def test_chatter_reads_someone_present_as_a_sign(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"
    note = Note("k/a.txt:1", "k", "a", text, SourceRef("a.txt", line=1), clean_text=text)
    notes = lemmatize_notes([note], analyzer)
    # an interrogative opening the note ("kuka vetää …") is also a move of the meeting
    # (chatter/moves.py): both signs off
    off = mark_chatter(notes, analyzer, ChatterSettings(people_sign=False, move_sign=False))
    assert off[0].status == "kept"


@pytest.mark.parametrize("text", PEOPLE_IN_A_TOPIC)
def test_chatter_leaves_people_of_the_topic(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


# a turn's or greeting's topic (review 17, finding 5): only the turn's own words count as said
# ("tilanne" of "sama tilanne kuin …" is the note's), a negation verb undoes agreeing, and a
# place's or a public body's name is what is compared, agreed with or greeted (Voikko reads a
# place as paikannimi; a body's name has no name's reading or is an acronym)
TOPIC_BESIDE_A_TURN = [
    "Sama kuin Espoossa",
    "Sama kuin Ruotsissa",
    "Sama tilanne kuin Vantaalla",
    "Samat kuin Tampereella viime vuonna",
    "Sama kuin edellä, mutta Oulussa",
    "Samaa mieltä Kelan kanssa",
    "Terveisiä Kelalle!",
    "Terkut THL:lle",
    "Samaa mieltä ei olla",
    "sama kuin Lahdessa",  # new sentences of the same kinds
    "samat ongelmat kuin Kuopiossa",
    "samaa mieltä Sitran kanssa",
    "sama kuin Porissa",
    "terveisiä Sitralle",
    "samaa mieltä ei oltu",
]
TURN_WITH_PEOPLE_OR_WHEREABOUTS = [
    "Samaa mieltä Liisan kanssa",  # a person agreed with
    "sama asia kuin Pekka sanoi",
    "Terveisiä Jyväskylästä",  # where the speaker greets from
    "terkut Pirkanmaalta",
    "kiitokset Helsingille",  # a place thanked: those there
    "sama juttu kuin edellä",
]


@pytest.mark.parametrize("text", TOPIC_BESIDE_A_TURN)
def test_chatter_keeps_a_place_or_body_beside_a_turn(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


@pytest.mark.parametrize("text", TURN_WITH_PEOPLE_OR_WHEREABOUTS)
def test_chatter_turn_with_a_person_or_whereabouts(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"
