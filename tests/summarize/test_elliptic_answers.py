"""An answer that leaves out its question's verb ("kuka päättää? ei kukaan ja se on ongelma")
is said with the verb, negated (summarize/answers.py): the answer's point ("se on ongelma")
was lost with it, and the question alone is no point. Sentences of our own, written before
any tuning (summary37); the brief's own example is the first."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    ("text", "said", "point"),
    [
        ("kuka päättää? ei kukaan ja se on ongelma", "Kukaan ei päätä", "ongelma"),
        (
            "kuka vastaa korjauksista? ei kukaan, ja siksi katot vuotavat",
            "Kukaan ei vastaa korjauksista",
            "vuotavat",
        ),
        (
            "kuka tiedottaa? ei kukaan ja kyläläiset kuulevat tapahtumista jälkikäteen",
            "Kukaan ei tiedota",
            "jälkikäteen",
        ),
        ("mikä auttaa? ei mikään ja perheet väsyvät", "Mikään ei auta", "väsyvät"),
    ],
)
def test_the_answer_is_said_with_its_question_s_verb(
    analyzer: LemmaAnalyzer, text: str, said: str, point: str
) -> None:
    clauses = note_clauses(analyzer, text, "cleared")
    assert any(c.startswith(said) and point in c for c in clauses), clauses


@pytest.mark.parametrize(
    "text",
    [
        "kuka päättää? ei kukaan",  # a bare answer: no point without the question
        "kuka omistaa nosturin? ei kukaan ja se on ongelma",  # an object: the negation's case
    ],
)
def test_no_answer_is_written_where_it_would_say_nothing_or_wrong(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    clauses = note_clauses(analyzer, text, "cleared")
    assert not any(c.startswith(("Kukaan", "Ei kukaan")) for c in clauses)


def test_an_answer_with_its_own_verb_stays_as_written(analyzer: LemmaAnalyzer) -> None:
    note = "kuka maksaa? kukaan ei maksa ja se haittaa harrastamista"
    clauses = note_clauses(analyzer, note, "cleared")
    assert any(c.startswith("Kukaan ei maksa") and "harrastamista" in c for c in clauses)
