"""The known cost of privacy87's publisher rule (`[privacy] publish_acting_word_names`): a
look-alike an earlier round wrote as "must stay" — a register surname that is also a word
("Kivi") as the subject of an errand's verb with an object — is withheld from a post now,
though the notes keep it (notes mode unchanged). A withheld sentence costs a post less than
a name (the lead's decision after privacy83). These tests fail when the trade changes either
way (docs/privacy.md "privacy87")."""

from __future__ import annotations

import pytest
from kinds_cases import covered, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer

COSTS = [
    ("Kivi kokoaa listat ja kunta maksaa laskut", "Kivi"),  # test_kinds.py, "no gapping"
]

NOTES = pytest.mark.parametrize("cautious", [False], ids=["notes"])

test_costs_stay_in_the_notes = leaves(COSTS, modes=NOTES)


@pytest.mark.parametrize(("text", "piece"), COSTS)
def test_costs_are_withheld_from_posts(analyzer: LemmaAnalyzer, text: str, piece: str) -> None:
    assert covered(analyzer, text, piece, True)
