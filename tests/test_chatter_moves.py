"""Chatter: the meeting's own moves (chatter/moves.py) as a sign of the meeting beside the
classifier, with the real analyzer (spaCy + Voikko): a "let us" after particles, a question
without a question mark, a word pointing at the meeting's own notes. Notes written for the
tests, none of a dev round."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_status
from muistiinpanot.chatter import ChatterSettings
from muistiinpanot.chatter.moves import meeting_move
from muistiinpanot.chatter.rule import meeting_lexicon
from muistiinpanot.chatter.vectors import meeting_words
from muistiinpanot.lemmatize import LemmaAnalyzer


def _move(text: str, analyzer: LemmaAnalyzer) -> bool:
    words = meeting_words(meeting_lexicon(), analyzer)
    return meeting_move(analyzer.analyze([text])[0], words, analyzer.voikko.analyze)


MOVES = [
    "ok ok, mennään eteenpäin",  # a "let us" after particles (review 34 #8)
    "no niin, jatketaan",
    "saako näitä lappuja vielä siirtää",  # the question clitic, no question mark
    "onks kaikki paikalla",  # a spoken clitic Voikko does not know
    "mikä tän osion tarkoitus oli",  # an interrogative opening the note
    "plussaa äskeiselle",  # pointing at another note
]
NO_MOVES = [
    "mielipiteet kerätään liian myöhään",  # a passive after a topic word
    "kahvinkeitin on rikki jo toista viikkoa",
    "lapset jää ilman apua iltapäivisin",
    "ok, lapsia on liikaa yhdessä ryhmässä",  # particles, then a topic word before the verb
    "kiva nähdä",  # an infinitive, though Voikko also reads it as the passive's connegative
    "ekaks pitäis korjata kadut",  # the spoken translative -ks, not the clitic of "onks"
]


@pytest.mark.parametrize("text", MOVES)
def test_chatter_moves_read_the_meetings_own_moves(text: str, analyzer: LemmaAnalyzer) -> None:
    assert _move(text, analyzer)


@pytest.mark.parametrize("text", NO_MOVES)
def test_chatter_moves_leave_other_notes(text: str, analyzer: LemmaAnalyzer) -> None:
    assert not _move(text, analyzer)


def test_chatter_move_sign_makes_a_let_us_after_particles_chatter(
    analyzer: LemmaAnalyzer,
) -> None:
    # the classifier was sure of it (probability 1.00) but it showed no sign of the meeting
    text = "ok ok, mennään eteenpäin"
    assert chatter_status(text, analyzer) == "chatter"
    assert chatter_status(text, analyzer, ChatterSettings(move_sign=False)) == "kept"


# a move, but a topic by the classifier's probability: the sign alone is no chatter
TOPICS_WITH_A_MOVE = [
    "miksi lapset ei pääse kerhoon",
    "edellinen hallitus leikkasi rahoitusta",
    "saako kotihoitoon lisää henkilökuntaa",
]


@pytest.mark.parametrize("text", TOPICS_WITH_A_MOVE)
def test_chatter_move_sign_leaves_topics(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


@pytest.mark.parametrize(
    "text",
    [
        "jokainen tekee omaa juttuaan",  # a silo said in general words (tests/archive fixture)
        "kaikki tekee vaan omia juttujaan",
    ],
)
def test_a_topic_in_general_words_is_not_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    # chatter23's fourth sign (every content word a meeting word) made these chatter; the
    # lead reverted it: general vocabulary also states a topic ("oma juttu" = a silo)
    assert chatter_status(text, analyzer) == "kept"
