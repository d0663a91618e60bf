"""A sentence that opens with its adverbial clause ("Jos lapsi sairastuu, kerhomaksua ei
palauteta.") is offered whole: the main clause after the comma is the root, and the opening
"jos" belongs to the clause the root governs (phrases._main_clause). Only a subordinate clause
with no main clause of its own stays out. Sentences of our own, parsed by the real spaCy model
with Voikko's checks, through the same parse_pieces the post uses."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a sentence that opens with its adverbial clause has its main clause after the comma
        # (34 kept dev notes open so, none was ever said: each was read as a subordinate
        # clause standing alone)
        (
            "Jos lapsi sairastuu, kerhomaksua ei palauteta.",
            "Jos lapsi sairastuu, kerhomaksua ei palauteta.",
        ),
        (
            "Kun kirjastonhoitaja kävi koululla, lapset lainasivat enemmän.",
            "Kun kirjastonhoitaja kävi koululla, lapset lainasivat enemmän.",
        ),
        # a subordinate clause with no main clause stays out
        ("Jos bussi kulkisi iltaisin.", None),
        ("Kun kerho on auki.", None),
    ],
)
def test_a_fronted_adverbial_clause_keeps_its_sentence(
    analyzer: LemmaAnalyzer, sentence: str, clause: str | None
) -> None:
    assert note_clauses(analyzer, sentence) == ([clause] if clause else [])
