""" "lehti" stays a head of a named thing (lexicons/privacy.toml `thing_name_heads`) beside
privacy/press.py: press.py reads the press speaking ("Lehti kertoi"), the head a paper named
right after it ("lehti Karjalaisesta", "aikakauslehti Virtasessa"), whose name is no
person's. Taking "lehti" out of the heads makes both a surname (checked when the review of
session 14 asked whether press.py made it redundant). Sentences of our own; both modes."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    "text",
    ["Luin sen lehti Karjalaisesta.", "kirjoitus oli aikakauslehti Virtasessa"],
)
def test_a_paper_named_after_its_head_is_no_person(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
