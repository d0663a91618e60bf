"""Review 68's wrong statements and cut notes, by kind (mend135; real spaCy parser and Voikko).
Written before the code, in sentences of our own (not the review's notes, not benchmark data),
both ways: what must change and what must stay.

1. "ja … ei" becomes "eikä" only when the "ei" is the coordinated clause's own negation: a
   question word or subordinator between them keeps the "ei" where it stands;
2. a clause after a report that turns it ("sitten …", a past event after a promise) is not
   cut away from the report: kept with it, or the note gives no clause;
3. a number is never cut from its clause, and a second report coordinated with the first
   ("A sanoo, että X, B sanoo, että Y") is never cut from its sentence."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.neither import negated_coordination


def _coordinated(analyzer: LemmaAnalyzer, sentence: str) -> str:
    (tokens,) = analyzer.parse([sentence])
    return " ".join(t.text for t in negated_coordination(tokens, analyzer.voikko) if t.text)


# 1. an indirect question's negation stays its own -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Kukaan ei tiedä, minne rahat menevät ja miksi kerho ei saa niistä osuutta.",
            "miksi kerho ei saa",
        ),
        (
            "Kysyimme, milloin sali vapautuu ja miksi vuoroja ei jaeta tasan.",
            "miksi vuoroja ei jaeta",
        ),
        (
            "Emme tiedä, kuka päättää ja kenen vastuulla asia ei ole.",
            "kenen vastuulla asia ei ole",
        ),
    ],
)
def test_question_negation_not_moved(analyzer: LemmaAnalyzer, sentence: str, kept: str) -> None:
    written = _coordinated(analyzer, sentence)
    assert "eikä" not in written and kept in written, written


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        ("Sali on varattu iltaisin ja kerho ei pääse sinne.", "eikä kerho pääse"),
        ("Rahat menevät keskustaan ja korjaamo ei saa niistä mitään.", "eikä korjaamo saa"),
        # added after the first benchmark run (a dev post lost its "eikä kumpikaan"): an
        # indefinite pronoun is no question word, though Voikko's base form is "kumpi"
        ("Seura maksaa salin, kerho siivouksen ja kumpikaan ei näe laskua.", "eikä kumpikaan"),
    ],
)
def test_main_clause_negation_still_moved(
    analyzer: LemmaAnalyzer, sentence: str, moved: str
) -> None:
    assert moved in _coordinated(analyzer, sentence)


# 2. a report turned by what follows ------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "report", "turn"),
    [
        ("seura sanoi et halli aukeaa keväällä, sitten se myytiin toiselle", "aukeaa", "myytiin"),
        ("rehtori lupasi et kerho jatkuu, myöhemmin se lakkautettiin", "jatkuu", "lakkautettiin"),
        (
            "kunta ilmoitti et avustus maksetaan maaliskuussa, kuitenkin rahat jaettiin muille",
            "maksetaan",
            "jaettiin",
        ),
    ],
)
def test_turned_report_not_cut(analyzer: LemmaAnalyzer, note: str, report: str, turn: str) -> None:
    clauses = note_clauses(analyzer, note, "tidied")
    assert not any(report in c and turn not in c for c in clauses), clauses


@pytest.mark.parametrize(
    ("note", "report"),
    [
        ("Kirjastonhoitaja kertoi, että lainat voi uusia netissä.", "uusia netissä"),
        ("Seura sanoi, että halli aukeaa keväällä.", "aukeaa keväällä"),
    ],
)
def test_report_alone_kept(analyzer: LemmaAnalyzer, note: str, report: str) -> None:
    assert any(report in c for c in note_clauses(analyzer, note, "tidied"))


# 3. numbers and coordinated reports ------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "number"),
    [
        ("kerhossa ei käy ketään alle 18", "18"),
        ("kyselyyn ei vastannut ketään yli 30", "30"),
    ],
)
def test_number_not_cut(analyzer: LemmaAnalyzer, note: str, number: str) -> None:
    clauses = note_clauses(analyzer, note, "tidied")
    assert clauses and all(number in c for c in clauses), clauses


def test_coordinated_report_not_cut(analyzer: LemmaAnalyzer) -> None:
    note = "koulu sanoo et vastuu on seurakunnan, seurakunta sanoo et koulun"
    clauses = note_clauses(analyzer, note, "tidied")
    assert not any("vastuu" in c and "seurakunta sanoo" not in c for c in clauses), clauses


def test_one_report_kept(analyzer: LemmaAnalyzer) -> None:
    clauses = note_clauses(analyzer, "koulu sanoo et vastuu on seurakunnan", "tidied")
    assert any("vastuu on seurakunnan" in c for c in clauses), clauses
