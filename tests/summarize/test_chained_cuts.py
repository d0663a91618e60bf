"""A note that chains more predicates than a clause may keep ([summary] max_predicates) loses
what is chained on its first coordinated clause before it loses that clause
(summarize/phrases.py), on sentences of our own with the real spaCy parser and Voikko:
"Kosteusvaurio korjattiin mutta ilmanvaihtoa ei säädetty joten ongelma palasi" was cut to
"Kosteusvaurio korjattiin.", which says the opposite of the note."""

from __future__ import annotations

import pytest
from spelled_pieces import spelled_pieces

from muistiinpanot.lemmatize import LemmaAnalyzer


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    (tokens,) = analyzer.parse([sentence])
    return spelled_pieces(analyzer, tokens, max_predicates=2).clause.text


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Bussivuoro lisättiin mutta aikataulua ei kerrottu joten kukaan ei tiennyt siitä.",
            "Bussivuoro lisättiin, mutta aikataulua ei kerrottu.",
        ),
        (
            "Katu asfaltoitiin mutta kaivoja ei nostettu joten autot kolisevat.",
            "Katu asfaltoitiin, mutta kaivoja ei nostettu.",
        ),
        (
            "Kirjasto remontoitiin mutta hissiä ei korjattu joten pyörätuolilla ei pääse ylös.",
            "Kirjasto remontoitiin, mutta hissiä ei korjattu.",
        ),
        # the parse already left the last clause out here (as before)
        (
            "Leikkipuisto kunnostettiin mutta penkkejä ei tuotu joten kukaan ei istu siellä.",
            "Leikkipuisto kunnostettiin, mutta penkkejä ei tuotu.",
        ),
        # a clause with nothing chained on it is cut whole, as before
        (
            "Joku soitti kaupungille ja pyysi korjausta ja se tehtiin heti.",
            "Joku soitti kaupungille ja pyysi korjausta.",
        ),
    ],
)
def test_a_chain_is_cut_after_its_first_coordinated_clause(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert _clause(analyzer, sentence) == clause
