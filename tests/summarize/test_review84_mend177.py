"""Review 84's grammar slips (mend177; real spaCy parser and Voikko), in sentences of our own.

1. A part cut off the front of a clause takes its comma along: no clause opens with ","
   (phrases._CUT_MARKS), and the lint counts a sentence that does (`cut_openings`).
2. A negated possessive or existential clause without its verb gets "ole" ("Opettajalla ei
   ole aikaa keskustella", negatedhaving.py), and a possessive clause whose copula the parse
   labels `cop:own` is a clause at all (predicate.main_predicate); a negation with its own
   verb, a passive, and "ei aikaa" without a possessor stay as they are. Both under
   `[summary] possessive_clauses`, shipped off (dev lint 159 → 161: how-it-works, mend177)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.negatedhaving import negated_having


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        (
            "pitkät jonot, hammaslääkäriin pääsee vasta kun hammas on jo kipeä",
            "Hammaslääkäriin pääsee, vasta kun hammas on jo kipeä.",
        ),
        (
            "pitkät odotusajat, fysioterapiaan pääsee vasta kun kipu on kova",
            "Fysioterapiaan pääsee, vasta kun kipu on kova.",
        ),
        (
            "sekavat ohjeet, palveluun pääsee vasta kun soittaa monta kertaa",
            "Palveluun pääsee, vasta kun soittaa monta kertaa.",
        ),
    ],
)
def test_no_clause_opens_with_a_cut_comma(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    assert note_clauses(analyzer, note, "cleared") == [clause]


def test_the_lint_counts_a_sentence_opening_with_a_comma(analyzer: LemmaAnalyzer) -> None:
    bullet = "Jonot ovat pitkiä. , neuvolaan pääsee, vasta kun lapsi on sairas."
    assert lint_bullets([bullet], analyzer)["cut_openings"] == 1
    fine = "Jonot ovat pitkiä. Neuvolaan pääsee, vasta kun lapsi on sairas."
    assert lint_bullets([fine], analyzer)["cut_openings"] == 0


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("opettajalla ei aikaa keskustella", "Opettajalla ei ole aikaa keskustella."),
        ("kunnalla ei resursseja", "Kunnalla ei ole resursseja."),
        ("hoitajalla ei enää riittävästi aikaa", "Hoitajalla ei ole enää riittävästi aikaa."),
        ("nuorilla ei rahaa harrastuksiin", "Nuorilla ei ole rahaa harrastuksiin."),
        ("asiakkaalla ei mahdollisuutta valita", "Asiakkaalla ei ole mahdollisuutta valita."),
    ],
)
def test_the_negation_gets_its_ole(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    assert note_clauses(analyzer, note, "cleared", possessive_clauses=True) == [clause]


@pytest.mark.parametrize(
    "sentence",
    ["Hoitajalla ei ole aikaa.", "Kunnalla on rahaa.", "Kouluilla on liian vähän rahaa."],
)
def test_a_possessive_clause_is_a_clause(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert note_clauses(analyzer, sentence, possessive_clauses=True) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunnalla ei riitä rahaa.",  # the negation has its verb
        "Opettajalla ei ole aikaa.",  # and its "ole"
        "Kirjastossa ei kirjoja lainata.",  # a passive: "lainata" is its verb
        "Ei aikaa hukattavaksi.",  # no possessor, no place
        "Nyt ei aikaa hukattavaksi.",  # an adverb of time is neither
        "Kerroin hoitajalle, ettei aikaa ole.",  # "ettei", not "ei"
    ],
)
def test_look_alikes_stay(analyzer: LemmaAnalyzer, sentence: str) -> None:
    (tokens,) = analyzer.parse([sentence])
    assert negated_having(tokens, analyzer.voikko) is None
