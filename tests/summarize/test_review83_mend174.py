"""Review 83's faults (mend174; real spaCy parser and Voikko), in sentences of our own.

1. A spoken nominative object after the verb is no subject: only a noun alone, or a
   pronoun (no demonstrative) or an ordinal alone or before its head, is read as one
   (agreement._nominative_next; subjectverb._STANDING_ALONE has no demonstrative). "oma",
   a word with a possessive suffix, "tämä/tuo/se" and a cardinal "yksi" are objects, and the
   plural before the verb is repaired; mend165's "vuorot jakaa toinen" still stands.
2. An adjective in the nominative or partitive that the parse hangs on a noun of another case
   is no attribute but a predicate ("välineet kalliita perheille"): a finding, no wish
   (notwishes.predicative_adjective)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.agreement import fix_agreement


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Lapset haluaa oma pöytä.", "Lapset haluavat oma pöytä."),
        ("Opiskelijat kaipaa yksi hiljainen huone.", "Opiskelijat kaipaavat yksi hiljainen huone."),
        ("Vanhemmat hoitaa tämä.", "Vanhemmat hoitavat tämä."),
        ("Kuntalaiset muistaa se.", "Kuntalaiset muistavat se."),
    ],
)
def test_spoken_object_after_the_verb(analyzer: LemmaAnalyzer, text: str, fixed: str) -> None:
    assert fix_agreement(text, analyzer.voikko) == fixed


@pytest.mark.parametrize(
    "text",
    ["Avaimet antaa toinen.", "Laskut hyväksyy joku muu.", "Kentät varaa toinen seura."],
)
def test_subject_after_the_verb_stays(analyzer: LemmaAnalyzer, text: str) -> None:
    assert fix_agreement(text, analyzer.voikko) == text


@pytest.mark.parametrize(
    "note",
    [
        "lapset haluaa oma pöytä",
        "opiskelijat kaipaa yksi hiljainen huone",
    ],
)
def test_spoken_object_in_a_note(analyzer: LemmaAnalyzer, note: str) -> None:
    clauses = note_clauses(analyzer, note, "cleared")
    assert clauses, note
    assert any(("haluavat" in c or "kaipaavat" in c) for c in clauses), clauses


@pytest.mark.parametrize(
    "note",
    [
        "pelivälineet kalliita lapsiperheille",
        "laitteet kalliita kouluille",
        "vuokrat korkeita nuorille",
    ],
)
def test_predicate_adjective_is_no_wish(analyzer: LemmaAnalyzer, note: str) -> None:
    clauses = note_clauses(analyzer, note, "cleared")
    assert not any(c.startswith("Toivottiin") for c in clauses), clauses


@pytest.mark.parametrize(
    ("note", "wish"),
    [
        ("ilmaiset kuukortit eläkeläisille", "Toivottiin ilmaisia kuukortteja eläkeläisille."),
        ("edulliset vuokrat nuorille", "Toivottiin edullisia vuokria nuorille."),
    ],
)
def test_attribute_before_the_noun_still_a_wish(
    analyzer: LemmaAnalyzer, note: str, wish: str
) -> None:
    assert note_clauses(analyzer, note, "cleared") == [wish]
