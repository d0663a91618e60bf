"""Review 88 (mend189): a necessive "on" shares no verb with a copula (joins.shared_starts:
"Pysäkit ovat pimeitä." + "Pysäkit on valaistava." is no "Pysäkit ovat pimeitä ja
valaistava."), and a spoken passive conditional after a clause boundary is out of an earlier
negation's reach (passiveconditional.py: "jos ei X-ttäis …, niin Y-ttäis" → "Y-ttäisiin",
the first spoken verb the boundary; review 90: "…, ei niin Y-ttäis" keeps "Y-ttäisi").
Sentences written for this test; real Voikko."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.joins import TONE_ORDER, Unit, shared_starts
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.tidy import tidy_note


def _unit(text: str, note: str) -> Unit:
    piece = Piece(note, "clause", Span(text, frozenset()), "statement")
    return Unit(text, [piece], int(note), TONE_ORDER["statement"])


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # a copula and a necessive: kept apart
        ("Portaat ovat liukkaita aamuisin.", "Portaat on hiekoitettava ajoissa.", None),
        ("Kerhotila on ahdas ja kylmä.", "Kerhotila on ehdottomasti remontoitava.", None),
        ("Kerhotila on remontoitava pian.", "Kerhotila on liian ahdas.", None),
        # two necessives share it, as two copulas do
        (
            "Portaat on hiekoitettava ajoissa.",
            "Portaat on korjattava kesällä.",
            "Portaat on hiekoitettava ajoissa ja korjattava kesällä.",
        ),
        # a predicative before a participle-like noun is still a copula
        (
            "Ohjelma on tärkeä tehtävä.",
            "Ohjelma on liian laaja.",
            "Ohjelma on tärkeä tehtävä ja liian laaja.",
        ),
    ],
)
def test_a_necessive_on_is_no_copula(
    analyzer: LemmaAnalyzer, first: str, second: str, joined: str | None
) -> None:
    opening, units = shared_starts(_unit(first, "0"), [_unit(second, "1")], analyzer.voikko)
    if joined is None:
        assert [opening.text, *(u.text for u in units)] == [first, second]
    else:
        assert (opening.text, units) == (joined, [])


def _tidy(analyzer: LemmaAnalyzer, note: str) -> list[str]:
    return " ".join(tidy_note(note, analyzer.voikko, passive_conditionals=True)).split()


@pytest.mark.parametrize(
    ("note", "forms"),
    [
        # "niin" answering "jos"/"kun" opens a clause of its own
        ("jos ei korjattais kattoa niin sit tarvittais uusi", ["korjattaisi", "tarvittaisiin"]),
        ("kun ei kysyttäis asukkailta niin päätettäis väärin", ["kysyttäisi", "päätettäisiin"]),
        # the negation governs the first spoken verb, not one after it
        ("ei mietittäis liikaa kokeiltais vaan", ["mietittäisi", "kokeiltaisiin"]),
        # a negation of its own after "niin" still takes the connegative
        ("jos ei kokeiltais mitään niin ei opittais", ["kokeiltaisi", "opittaisi"]),
        # "niin" without "jos" before it is an adverb: the negation reaches on
        ("ei niin tarvittais lisää", ["tarvittaisi"]),
        # a "jos" clause before does not end the reach of a negation after it (review 90 #2)
        ("jos bussi kulkis useammin, ei niin tarvittais omaa autoa", ["tarvittaisi"]),
        ("vaikka kysyttiin, ei niin päätettäis heti", ["päätettäisi"]),
    ],
)
def test_a_clause_boundary_ends_the_negation(
    analyzer: LemmaAnalyzer, note: str, forms: list[str]
) -> None:
    words = [w.strip(".,").lower() for w in _tidy(analyzer, note)]
    assert [w for w in words if w in {f.lower() for f in forms}] == [f.lower() for f in forms]
