"""Chatter: a note about the meeting's own continuation (review 40 #1, mend77), with the real
analyzer (spaCy + Voikko). A verb of agreeing, ending or moving on said as a "let us" beside a
word of the meeting's own time or next session is closing talk (chatter.rule._continuation);
the same verbs about a topic, or "jatko" inside a compound, stay topics. Lines written for the
tests (none of a dev round), their status before mend77 recorded beside each."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_statuses
from muistiinpanot.lemmatize import LemmaAnalyzer

#: closing talk; before mend77 the first four were kept (classifier 0.76, 0.85 without a
#: sign, 0.42, 0.70), the others were chatter already
CLOSING = [
    "sovitaan ens kerralla jatkosta",  # review 40 #1: published as a recommendation
    "kello on jo yli kahdeksan, lopetellaan pikkuhiljaa",
    "sovitaan seuraava tapaaminen myöhemmin",
    "sovitaan jatkosta sähköpostilla",
    "jatketaan seuraavalla kerralla",
    "lopetetaan tää palaveri tähän",
    "ok, lopetellaan tältä illalta",
]
#: topics with the same verbs or words; all kept before mend77 and after
TOPICAL = [
    "sovitaan kylätalon aukioloajoista",  # agreeing, no session named
    "sovitaan hankkeen jatkosta",  # "jatko" of a topic (a word outside the meeting)
    "hankkeen jatkosta pitää sopia kunnan kanssa",  # no "let us"
    "jatko-opinnot pitäisi mahdollistaa",  # "jatko" inside a compound
    "lopetetaan palaverit kokonaan",  # meetings in general (plural): a topic
    "lopetetaan turhat palaverit",
    "jatketaan kokousta asukkaiden kanssa",
    "sovitaan aika lääkärille",
    "ensi kerralla pitää varata isompi sali",
    "seuraavalla kerralla bussi ei saa myöhästyä",
    "jatketaan pyörätietä ensi kesänä",
    "päätetään koulun nimestä yhdessä",
]


def test_closing_talk_is_chatter(analyzer: LemmaAnalyzer) -> None:
    statuses = chatter_statuses(CLOSING, analyzer)
    assert dict(zip(CLOSING, statuses, strict=True)) == dict.fromkeys(CLOSING, "chatter")


def test_topics_with_closing_words_stay_kept(analyzer: LemmaAnalyzer) -> None:
    statuses = chatter_statuses(TOPICAL, analyzer)
    assert dict(zip(TOPICAL, statuses, strict=True)) == dict.fromkeys(TOPICAL, "kept")


@pytest.mark.parametrize(
    "text", ["ei sovita ens kerralla jatkosta", "sovitaan ens kerralla jatkosta koulun kanssa"]
)
def test_negated_or_topical_frame_is_no_closing_talk(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_statuses([text], analyzer) == ["kept"]


#: review 41 #6: a calendar unit (lexicons/time.toml `units`) after "ensi"/"ens"/"seuraava"
#: names the next session's time; both were kept before mend81
NEXT_TIME = ["sovitaan et jatketaan ens kuussa", "sovitaan jatkosta ensi viikon palaverissa"]
#: topics with a unit after a word for "next", or a unit alone: kept
NEXT_TOPICS = [
    "sovitaan ensi viikon aurausreitit kunnan kanssa",  # a topic word beside the time
    "jatketaan pyörätien rakentamista ensi kuussa",
    "sovitaan viikon aikataulu",  # a unit without "next": no session named
    "seuraavana vuonna bussivuoroja pitää lisätä",  # no "let us"
]


def test_a_unit_after_next_is_the_next_sessions_time(analyzer: LemmaAnalyzer) -> None:
    statuses = chatter_statuses(NEXT_TIME, analyzer)
    assert dict(zip(NEXT_TIME, statuses, strict=True)) == dict.fromkeys(NEXT_TIME, "chatter")


def test_a_unit_after_next_beside_a_topic_stays_kept(analyzer: LemmaAnalyzer) -> None:
    statuses = chatter_statuses(NEXT_TOPICS, analyzer)
    assert dict(zip(NEXT_TOPICS, statuses, strict=True)) == dict.fromkeys(NEXT_TOPICS, "kept")
