"""A point made in verbless fragments still gives a full sentence (review 58 #1, mend120; real
spaCy parser and Voikko). Written before the code, with notes of my own (none from the review's
clinics or from benchmarks data):

- a manner adverb between a noun phrase and its lative ("X avoimesti julki") keeps the
  necessive of directions.py: "X pitäisi tuoda avoimesti julki.";
- a verbless note of comma- or colon-joined parts ("avoin budjetti, kaikki kulut julki")
  offers the sentence one of its parts makes on its own;
- an open question of an interrogative subject with alternatives joined by "vai" ("kuka
  vastaa, koulu vai seurakunta") is said as an indirect question: "Kysyttiin, vastaako koulu
  vai seurakunta."."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("pöytäkirjat avoimesti julki", "Pöytäkirjat pitäisi tuoda avoimesti julki."),
        ("hinnat selkeästi esille", "Hinnat pitäisi tuoda selkeästi esille."),
    ],
)
def test_manner_adverb_keeps_direction(analyzer: LemmaAnalyzer, note: str, sentence: str) -> None:
    clauses = [c[0].upper() + c[1:] for c in note_clauses(analyzer, note)]
    assert sentence in clauses, clauses


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("avoin budjetti, kaikki kulut julki", "Kaikki kulut pitäisi tuoda julki."),
        ("läpinäkyvyys: pöytäkirjat avoimesti julki", "Pöytäkirjat pitäisi tuoda avoimesti julki."),
        # corrected after the code first ran: the part read alone ("vanhemmat mukaan
        # suunnitteluun") is a wish on lead too (the wish rule comes before the direction's)
        ("selkeys, vanhemmat mukaan suunnitteluun", "Toivottiin vanhempia mukaan suunnitteluun."),
    ],
)
def test_part_of_fragment_gives_sentence(analyzer: LemmaAnalyzer, note: str, sentence: str) -> None:
    clauses = [c[0].upper() + c[1:] for c in note_clauses(analyzer, note)]
    assert sentence in clauses, clauses


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("kuka vastaa, koulu vai seurakunta", "Kysyttiin, vastaako koulu vai seurakunta."),
        (
            "kuka järjestää, kunnan nuorisotoimi vai kylän yhdistys",
            "Kysyttiin, järjestääkö kunnan nuorisotoimi vai kylän yhdistys.",
        ),
        (
            "kustannukset, kuka maksaa, kaupunki vai valtio",
            "Kysyttiin, maksaako kaupunki vai valtio.",
        ),
    ],
)
def test_alternatives_question(analyzer: LemmaAnalyzer, note: str, sentence: str) -> None:
    assert sentence in note_clauses(analyzer, note), note_clauses(analyzer, note)


@pytest.mark.parametrize(
    "note",
    [
        "kuka maksaa?",  # no alternatives: no point of its own
        "avoimuus, luottamus",  # names only, no part says anything
        "päätösten perustelut piilossa liitteissä",  # a finding, still no wish
    ],
)
def test_no_sentence_made_up(analyzer: LemmaAnalyzer, note: str) -> None:
    clauses = note_clauses(analyzer, note)
    assert not any(c.startswith(("Kysyttiin", "Toivottiin")) for c in clauses), clauses
    assert not any("pitäisi" in c for c in clauses), clauses
