"""Review 28's findings on round 44's un-marking rules: a given name coordinated before a
lower-case firm stays marked (#2); a person's or a group's noun after a lone surname's
genitive is no firm's trade (#3); a dotted local part whose parts are surnames typed without
dots, or compounds ending in a surname-word, stays a person's mailbox (#1). The real spaCy
and Voikko; the reviewer's probes and sentences of our own."""

from __future__ import annotations

import pytest
from kinds_cases import covered

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize("cautious", [False, True])
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Paikalla olivat Liisa ja Koskelan kotisiivous Oy.", ("Liisa",)),
        ("Paikalla olivat Saara ja Koskelan kotisiivous Oy.", ("Saara",)),
        ("Mukana olivat Reijo sekä Koskelan kuljetus Oy.", ("Reijo",)),
        ("Paikalla olivat Liisa, Reijo ja Koskelan kotisiivous Oy.", ("Liisa", "Reijo")),
        ("Kiitos Marjatta ja Lehtosen kuljetus Oy!", ("Marjatta",)),  # our own
        ("Paikalla olivat Liisa ja Heinosen leipomo.", ("Liisa",)),  # our own
    ],
)
def test_a_given_name_coordinated_before_a_firm_stays(
    analyzer: LemmaAnalyzer, text: str, pieces: tuple[str, ...], cautious: bool
) -> None:
    for piece in pieces:
        assert covered(analyzer, text, piece, cautious=cautious)
