"""Verb government from the parse and Voikko's REQUIRE_FOLLOWING_VERB (real spaCy parser and
Voikko): a finite verb under another verb becomes the infinitive the governor requires, or its
clause is left out."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.government import (
    govern_verbs,
    learn_governments,
    ungoverned,
)
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    return next(iter(note_clauses(analyzer, sentence)), "")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the MA-infinitive's illative after "pystyä" (the parser calls "tekee" an infinitive)
        ("Työntekijät eivät pysty tekee muutoksia.", "Työntekijät eivät pysty tekemään muutoksia."),
        # the A-infinitive after "haluta"
        ("Johto ei halua kuuntelee asukkaita.", "Johto ei halua kuunnella asukkaita."),
        # Voikko names no requirement for "joutua": the clause is left out, not guessed
        ("Asiakas joutuu kertoo asiansa monta kertaa.", ""),
        # written Finnish is left alone: negation, perfect, an infinitive already, "että"
        ("Asiakkaat voivat tulla paikalle.", "Asiakkaat voivat tulla paikalle."),
        ("Johto on tehnyt päätöksen.", "Johto on tehnyt päätöksen."),
        ("Asukkaat haluavat, että kerrotaan.", "Asukkaat haluavat, että kerrotaan."),
    ],
)
def test_parse_pieces_governed_verb(analyzer: LemmaAnalyzer, sentence: str, clause: str) -> None:
    assert _clause(analyzer, sentence) == clause


def test_govern_verbs_marks_only_finite_dependents(analyzer: LemmaAnalyzer) -> None:
    (tokens,) = analyzer.parse(["Asiakas joutuu kertoo asiansa."])
    governed = govern_verbs(tokens, analyzer.voikko)
    marked = [t.text for t, o in zip(governed, tokens, strict=True) if t is not o]
    assert marked == ["kertoo"]
    assert [t.text for t in governed if ungoverned(t)] == ["kertoo"]
    (written,) = analyzer.parse(["Asiakas joutuu kertomaan asiansa."])
    assert govern_verbs(written, analyzer.voikko) == list(written)


def test_parse_pieces_ambiguous_dependent(analyzer: LemmaAnalyzer) -> None:
    # "ottaa" is also the A-infinitive: wrong after "pystyä" (Voikko: MA-infinitive) ...
    assert _clause(analyzer, "Kaikki eivät pysty ottaa vapaata.") == (
        "Kaikki eivät pysty ottamaan vapaata."
    )
    # ... right after "haluta" (A-infinitive)
    assert _clause(analyzer, "Asukkaat haluavat ottaa vastuuta.") == (
        "Asukkaat haluavat ottaa vastuuta."
    )


#: Written sentences of this test (not of any clinic): "joutua" before the MA-infinitive.
_WRITTEN = [
    "Perhe joutui odottamaan päätöstä kuukausia.",
    "Hoitaja joutuu tekemään ylitöitä joka viikko.",
    "Moni joutuu hakemaan tukea useasta paikasta.",
]


def test_learn_governments_reads_the_infinitive_written_after_a_verb(
    analyzer: LemmaAnalyzer,
) -> None:
    learned = learn_governments(_WRITTEN, analyzer.voikko, evidence=3, share=0.9)
    assert learned.get("joutua") == ("MA-infinitive", "sisatulento")
    # too little evidence, or only words that may also be finite ("ottaa"): nothing learned
    assert "joutua" not in learn_governments(_WRITTEN[:2], analyzer.voikko, evidence=3)
    assert not learn_governments(["Asukas joutuu ottaa yhteyttä."] * 3, analyzer.voikko)
    # a modal of a need keeps its A-infinitive: "tulee ottaa" is "must take"
    written = ["Palaute tulee näkymään sivulla.", "Kunta tulee kertomaan asiasta."] * 2
    assert "tulla" not in learn_governments(written, analyzer.voikko)
    # a verb Voikko names a requirement for is never learned ("pystyä")
    assert "pystyä" not in learn_governments(
        ["Kaikki pystyvät ottaa osaa."] * 3 + ["Kaikki pystyvät kertoa."] * 3, analyzer.voikko
    )


def test_parse_pieces_learned_government(analyzer: LemmaAnalyzer) -> None:
    sentence = "Asukas joutuu ottaa yhteyttä moneen paikkaan."
    note = Note("n1", "c", "g", sentence, SourceRef("f.txt", 1))
    learned = learn_governments(_WRITTEN, analyzer.voikko)
    (found,) = parse_pieces([Cleared(note, (sentence,))], analyzer, learned=learned).values()
    clause = next(p.span.text for p in found if p.kind == "clause")
    assert clause == "Asukas joutuu ottamaan yhteyttä moneen paikkaan."
    # without written evidence Voikko cannot tell, and the clause is left as it is
    assert _clause(analyzer, sentence) == sentence
