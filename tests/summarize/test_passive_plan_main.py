"""mend75: a clause is a plan in the present passive by its main predicate, not by a passive
in a subordinate clause of its own (real spaCy parser and Voikko; sentences of our own).

"Leikkipuiston hiekka pitää vaihtaa ennen kuin sinne tuodaan uusia keinuja" says what should
be done; its "tuodaan" is in an adverbial clause, so it is no plan in the passive and is joined
to a proposal like any other. Controls: a real passive plan stays alone, also when a subordinate
clause of its own follows it, even a negated one ("…, jotta talvella ei tule vuotoja")."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.clauses import habitual_adverbs
from muistiinpanot.summarize.compounds import compound_units
from muistiinpanot.summarize.joins import Unit
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.verbforms import passive_plan

_TONE = {"problem": 0, "statement": 1, "proposal": 2}


def _clause(analyzer: LemmaAnalyzer, sentence: str, note_id: str = "n1") -> Piece:
    """The clause piece of one note sentence, as the parse gives it."""
    note = Note(note_id, "c", "g", sentence, SourceRef("f.txt", 1))
    (found,) = parse_pieces([Cleared(note, (sentence,))], analyzer).values()
    (clause,) = [piece for piece in found if piece.kind == "clause"]
    return clause


def _unit(piece: Piece, position: int) -> Unit:
    return Unit(piece.span.text, [piece], position, _TONE[piece.tone])


def _plan(analyzer: LemmaAnalyzer, sentence: str) -> bool:
    piece = _clause(analyzer, sentence)
    return passive_plan(piece.span.text, analyzer.voikko, habitual_adverbs(), piece.main)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leikkipuiston hiekka pitää vaihtaa ennen kuin sinne tuodaan uusia keinuja.",  # advcl
        "Pihan valaistus on huono, kun iltaisin liikutaan koirien kanssa.",  # advcl, "kun"
        "Koulun pihalla on keinu, jota korjataan joka kesä.",  # relative clause
    ],
)
def test_a_passive_in_a_subordinate_clause_is_no_plan(
    analyzer: LemmaAnalyzer, sentence: str
) -> None:
    assert not _plan(analyzer, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Maksu jaetaan kahteen erään.",
        "Uimahallin maksu jaetaan kahteen erään, kun remontti valmistuu.",
        "Kylätalon katto korjataan, jotta talvella ei tule vuotoja.",  # negation not its own
    ],
)
def test_a_passive_main_predicate_is_a_plan(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _plan(analyzer, sentence)


def test_a_proposal_with_a_subordinate_passive_is_joined(analyzer: LemmaAnalyzer) -> None:
    first = _clause(analyzer, "Kastelu pitää hoitaa viikoittain.")
    # last: a clause with a comma ("vaihtaa, ennen kuin …") is followed by no other
    second = _clause(
        analyzer, "Leikkipuiston hiekka pitää vaihtaa ennen kuin sinne tuodaan uusia keinuja.", "n2"
    )
    assert first.tone == second.tone == "proposal"
    joined = compound_units([_unit(first, 0), _unit(second, 1)], 14, analyzer.voikko)
    assert len(joined) == 1


def test_a_passive_plan_with_a_subordinate_clause_stays_alone(analyzer: LemmaAnalyzer) -> None:
    plan = _clause(analyzer, "Kylätalon katto korjataan, jotta talvella ei tule vuotoja.")
    finding = _clause(analyzer, "Katto vuotaa joka syksy.", "n2")
    units = [_unit(finding, 0), _unit(plan, 1)]
    joined = compound_units(units, 14, analyzer.voikko)
    assert [unit.text for unit in joined] == [unit.text for unit in units]
