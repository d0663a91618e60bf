"""A stretch of time that the parser calls a second object is an adverbial of duration
(summary33): "Pyörätuolia odotettiin kolme viikkoa …" has one object, and the note offers its
clause. Before, clauses.malformed read two objects of one predicate and the note gave no piece
("Sängyn nostolaitetta odotettiin kaksi kuukautta …", a point three groups made in a dev
clinic). Sentences of our own, parsed by the real spaCy model with Voikko's checks, through
the same parse_pieces the post uses; the first two give no clause on lead 80a980e."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the duration read as an object beside the real one (no clause on the lead)
        (
            "uutta mallia kokeiltiin viikko ja se hylättiin ilman palautetta",
            "Uutta mallia kokeiltiin viikko ja se hylättiin ilman palautetta.",
        ),
        (
            "kerhoa pidettiin yksi syksy ja sitten rahat loppuivat",
            "Kerhoa pidettiin yksi syksy ja sitten rahat loppuivat.",
        ),
        # controls: given on the lead too (the parser reads the duration as no object)
        (
            "pyörätuolia odotettiin kolme viikkoa ja äiti oli koko ajan sängyssä",
            "Pyörätuolia odotettiin kolme viikkoa ja äiti oli koko ajan sängyssä.",
        ),
        (
            "kirjaston remonttia tehtiin koko kesä ja lainaus oli kiinni",
            "Kirjaston remonttia tehtiin koko kesä ja lainaus oli kiinni.",
        ),
        (
            "hissiä korjattiin kaksi kuukautta ja vanhukset jäivät koteihinsa",
            "Hissiä korjattiin kaksi kuukautta ja vanhukset jäivät koteihinsa.",
        ),
        ("asukkaat odottivat vastausta kuukauden", "Asukkaat odottivat vastausta kuukauden."),
    ],
)
def test_a_duration_is_no_second_object(
    analyzer: LemmaAnalyzer, sentence: str, clause: str | None
) -> None:
    assert note_clauses(analyzer, sentence) == ([clause] if clause else [])


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # review 41 #7: a genitive time unit right before a noun is its attribute, and the
        # predicate then has two objects: no clause (as on lead 80a980e)
        ("kunta varasi aikaa päivän asukkaille", None),
        # a time unit after another object, bare or counted, is still a duration
        ("uutta mallia kokeiltiin viikko", "Uutta mallia kokeiltiin viikko."),
        ("asukkaat odottivat vastausta kuukauden", "Asukkaat odottivat vastausta kuukauden."),
    ],
)
def test_a_time_unit_is_a_duration_only_when_counted_or_after_an_object(
    analyzer: LemmaAnalyzer, sentence: str, clause: str | None
) -> None:
    assert note_clauses(analyzer, sentence) == ([clause] if clause else [])
