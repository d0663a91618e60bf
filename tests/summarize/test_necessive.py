"""The subject of a necessive clause in the genitive, from the parse and Voikko (real spaCy
parser and Voikko; sentences of our own)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.necessive import automative


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    return next(iter(note_clauses(analyzer, sentence)), "")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the copula, the subject with a complement after it (no longer read leftwards only)
        (
            "Ohjeet uusista palveluista pitäisi olla selkeämpiä.",
            "Ohjeiden uusista palveluista pitäisi olla selkeämpiä.",
        ),
        (
            "Ohjeet uusista palveluista pitäisi olla saatavilla selkokielellä.",
            "Ohjeiden uusista palveluista pitäisi olla saatavilla selkokielellä.",
        ),
        # an automative verb ("muuttua" of "muuttaa"): its subject, coordinated, in its number
        (
            "Vanhat käytännöt ja ohjeistus pitäisi muuttua nopeammin.",
            "Vanhojen käytäntöjen ja ohjeistuksen pitäisi muuttua nopeammin.",
        ),
        # a weak-grade plural ("kadut" → "katujen")
        ("Kadut pitäisi olla auki talvellakin.", "Katujen pitäisi olla auki talvellakin."),
        # a verb that takes an object keeps its nominative object
        ("Pöytäkirjat pitäisi lähettää kaikille.", "Pöytäkirjat pitäisi lähettää kaikille."),
        ("Kirjastossa pitäisi olla hiljainen huone.", "Kirjastossa pitäisi olla hiljainen huone."),
    ],
)
def test_parse_pieces_necessive_subject(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert _clause(analyzer, sentence) == clause


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("muuttua", True), ("toteutua", True), ("avautua", True), ("kysyä", False), ("puhua", False)],
)
def test_automative_by_voikko(analyzer: LemmaAnalyzer, verb: str, expected: bool) -> None:
    assert automative(verb, analyzer.voikko) is expected


def test_lint_counts_necessive_subject_after_its_complement(analyzer: LemmaAnalyzer) -> None:
    counts = lint_bullets(["Ohjeet uusista palveluista pitäisi olla selkeämpiä."], analyzer)
    assert counts["necessive_nominative"] == 1


@pytest.mark.parametrize(
    ("sentence", "agreeing"),
    [
        ("Kaikki tiedot pitäisi olla yhdessä paikassa.", "Kaikkien tietojen pitäisi"),
        ("Monet ohjeet pitäisi olla selkeämpiä.", "Monien ohjeiden pitäisi"),
    ],
)
def test_necessive_subject_with_a_modifier_of_another_number(
    analyzer: LemmaAnalyzer, sentence: str, agreeing: str
) -> None:
    """A modifier the parse may read in another number than its head ("kaikki": singular) is
    never put in a genitive that disagrees ("Kaiken tietojen"): both agree or the sentence
    stays as it was."""
    clause = _clause(analyzer, sentence)
    assert clause == sentence or clause.startswith(agreeing), clause
