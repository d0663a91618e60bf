"""The known cost of privacy83's publisher rule (`[privacy] publish_subject_word_names`): two
look-alikes earlier rounds wrote as "must stay" — a word that is also a given name as the
subject of a verb with an object or an oblique — are withheld from a post now, though the
notes keep them (notes mode unchanged). The lead kept the rule on for review 86's published
names ("jukka pitää kassan …"): a withheld sentence costs the post less than a name. These
tests fail when the trade changes either way (docs/privacy.md "privacy83")."""

from __future__ import annotations

import pytest
from kinds_cases import covered, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer

COSTS = [
    ("hilkka suojasi kasvoja tuulelta", "hilkka"),  # test_round66's fresh look-alike
    ("mimmi jäi jonoon kaupan eteen", "mimmi"),  # review 27's finding 9
]

NOTES = pytest.mark.parametrize("cautious", [False], ids=["notes"])

test_costs_stay_in_the_notes = leaves(COSTS, modes=NOTES)


@pytest.mark.parametrize(("text", "piece"), COSTS)
def test_costs_are_withheld_from_posts(analyzer: LemmaAnalyzer, text: str, piece: str) -> None:
    assert covered(analyzer, text, piece, True)
