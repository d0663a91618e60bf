"""Statements the post gets wrong (review 62, mend124; real spaCy parser and Voikko). Written
before the code, with notes of my own (none from the review's clinics or from benchmarks
data):

- #1 a verbless note with an evaluative part (a predicative adjective of cost or harm, the
  copula unsaid: "…, sähkö kallista") is a concern, not a wish, and its judged part is kept;
- #2 a verbless comparative against the present ("kuin nyt", "kuin nykyään", "kuin ennen")
  says what should be, not a fact: no "X ovat -mmat kuin nyt" stated;
- #3 a compound heading word is said by its whole lemma or its head (last part), not by a
  modifier part alone ("kirjastossa" does not say "Kirjastoauto");
- #4 a passive in an indirect question coordinated with a hortative passive ("… ja mitä
  muutetaan") stays a passive when the hortative becomes "pitäisi" + infinitive;
- #5 (test_review62_openings.py)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.headingwords import says, text_bases


@pytest.mark.parametrize(
    ("note", "judged"),
    [
        ("lämmityskulut vanhassa koulussa, sähkö kallista", "kallista"),
        ("vuokrakulut uudessa hallissa, siivous kallista", "kallista"),
        ("ylläpitokustannukset isossa salissa, valaistus kallista", "kallista"),
    ],
)
def test_evaluated_verbless_note_is_no_wish(
    analyzer: LemmaAnalyzer, note: str, judged: str
) -> None:
    clauses = note_clauses(analyzer, note)
    assert not any(c.startswith("Toivottiin") for c in clauses), clauses
    assert any(judged in c for c in clauses), clauses


@pytest.mark.parametrize(
    "note",
    [
        "jonotusajat lyhyemmät kuin nyt",
        "kirjaston aukiolot pidemmät kuin nykyään",
    ],
)
def test_comparative_against_present_is_no_fact(analyzer: LemmaAnalyzer, note: str) -> None:
    clauses = note_clauses(analyzer, note)
    assert clauses, clauses
    assert all(c.startswith("Toivottiin") or "pitäisi" in c for c in clauses), clauses
    assert all("kuin" in c for c in clauses), clauses


def test_comparative_with_verb_stays(analyzer: LemmaAnalyzer) -> None:
    clauses = note_clauses(analyzer, "uusi sali on isompi kuin vanha")
    assert any(c.startswith("Uusi sali on isompi") for c in clauses), clauses


@pytest.mark.parametrize(
    ("word", "text", "said"),
    [
        ("Kirjastoauto", "kirjastossa on hiljaista", False),
        ("Kirjastoauto", "kirjastoauton reitti", True),
        ("Kirjastoauto", "autolla pääsee perille", True),
        ("Uimahalli", "uimarit tulevat aamulla", False),
        ("Etävastaanotto", "videovastaanotto toimii", True),
        ("Sauna", "saunavuoro perjantaina", True),
    ],
)
def test_compound_heading_word_said_by_whole_or_head(
    analyzer: LemmaAnalyzer, word: str, text: str, said: bool
) -> None:
    voikko = analyzer.voikko
    assert says(word, text_bases(text, voikko), voikko) is said


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Kerrotaan aikataulut ja mitä muutetaan", "muutetaan"),
        ("Selvitetään kulut ja miten ne jaetaan", "jaetaan"),
    ],
)
def test_indirect_question_passive_kept(analyzer: LemmaAnalyzer, note: str, kept: str) -> None:
    clauses = note_clauses(analyzer, note)
    assert any(kept in c.split() or f"{kept}." in c.split() for c in clauses), clauses


def test_coordinated_hortatives_still_proposed(analyzer: LemmaAnalyzer) -> None:
    clauses = note_clauses(analyzer, "Järjestetään kysely ja kerätään palautetta")
    assert any("kerätä" in c for c in clauses), clauses


def test_seeded_label_keeps_compound_parts(analyzer: LemmaAnalyzer) -> None:
    """Added after the dev posts (not before the code): a seeded label is the network's own
    name, so any compound part said keeps its word ("Kokeilukulttuuri" over "kokeilla")."""
    voikko = analyzer.voikko
    said = text_bases("johdon pitäisi uskaltaa kokeilla", voikko)
    assert says("Kokeilukulttuuri", said, voikko, compound_heads=False)
    assert not says("Kokeilukulttuuri", said, voikko)
