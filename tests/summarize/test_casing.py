"""Notes typed in capitals are written in ordinary case before the summary reads them (real
Voikko): common words lowercased, names capitalised, acronyms kept."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.casing import normalise_casing


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("SIILOT PITÄISI PURKAA", "siilot pitäisi purkaa"),
        # an acronym Voikko does not know stays, its case ending after a colon is lowercased
        ("GDPR ESTÄÄ TIEDON JAKAMISEN", "GDPR estää tiedon jakamisen"),
        ("KPI:T OVAT EPÄSELVIÄ", "KPI:t ovat epäselviä"),
        # a place name keeps its capital; an abbreviation Voikko writes in lowercase is so
        ("ESPOOSSA SOTE TOIMII", "Espoossa sote toimii"),
        # a spoken form and a longer unknown word are left to the tidier, in lowercase
        ("MUT TÄÄ ON TÄRKEÄÄ", "mut tää on tärkeää"),
        # not shouted: unchanged, acronyms and all
        ("GDPR-tulkinnat vaihtelevat HUS:ssa", "GDPR-tulkinnat vaihtelevat HUS:ssa"),
        ("Tämä on TÄRKEÄÄ meille kaikille", "Tämä on TÄRKEÄÄ meille kaikille"),
    ],
)
def test_normalise_casing(analyzer: LemmaAnalyzer, text: str, written: str) -> None:
    assert normalise_casing(text, analyzer.voikko) == written
