"""Review 88 (mend189): a spoken passive conditional after a clause boundary is out of an earlier
negation's reach (passiveconditional.py: "jos ei X-ttäis …, niin Y-ttäis" → "Y-ttäisiin",
the first spoken verb the boundary; review 90: "…, ei niin Y-ttäis" keeps "Y-ttäisi").
Sentences written for this test; real Voikko. mend189's other mend, a necessive "on" that
shares no verb with a copula, is tested with the other "olla" kinds in test_shared_olla.py."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.tidy import tidy_note


def _tidy(analyzer: LemmaAnalyzer, note: str) -> list[str]:
    return " ".join(tidy_note(note, analyzer.voikko, passive_conditionals=True)).split()


@pytest.mark.parametrize(
    ("note", "forms"),
    [
        # the first spoken verb bounds the negation ("jos ei X-ttäis …, niin Y-ttäis")
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
