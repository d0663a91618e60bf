"""Review 95's findings #6 and #7 on mend192 (mend193), on sentences of our own with the real
spaCy model and Voikko:

6. between "oma" and its noun only the words whose head lies outside the span are asked to be
   attributes: a participle's or an adjective's own dependents do not part the phrase;
7. a partitive a numeral counts in a unit of repetition ("kierros", "kerta") is no object of
   the governed infinitive, so the nominative before the necessive stays."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses
from token_text import token_text

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.possessive import add_possessives

# --- 6. an attribute's own dependents inside the span --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "Seurat laativat omat, kaikille avoimet ohjelmat.",
            "Seurat laativat omat, kaikille avoimet ohjelmansa.",
        ),
        (
            "Yhdistykset tekevät omat, toisistaan eroavat linjaukset.",
            "Yhdistykset tekevät omat, toisistaan eroavat linjauksensa.",
        ),
        (
            "Kylät laativat omat (kaupungin kanssa sovitut) ohjelmat.",
            "Kylät laativat omat (kaupungin kanssa sovitut) ohjelmansa.",
        ),
        # still no suffix: a conjunct or a clause of its own between (review 94 #1)
        (
            "Seurat käyttävät omat, kylät yhteiset salit.",
            "Seurat käyttävät omat, kylät yhteiset salit.",
        ),
        (
            "Kerhot laativat omaa (ja kaupunki yhteistä) ohjelmaa.",
            "Kerhot laativat omaa (ja kaupunki yhteistä) ohjelmaa.",
        ),
    ],
)
def test_an_attributes_own_words_do_not_part_the_phrase(
    analyzer: LemmaAnalyzer, sentence: str, written: str
) -> None:
    tokens = analyzer.parse([sentence])[0]
    assert token_text(add_possessives(tokens, analyzer.voikko)) == written


# --- 7. a counted unit of repetition is no object -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Juna pitäisi uskaltaa ajaa kolme kierrosta.",
            "Juna pitäisi uskaltaa ajaa kolme kierrosta.",
        ),
        (
            "Auto pitäisi uskaltaa ajaa kaksi kierrosta.",
            "Auto pitäisi uskaltaa ajaa kaksi kierrosta.",
        ),
        # a counted thing is an object still (review 94 #3)
        (
            "Yhdistys pitäisi uskaltaa hakea kolmea avustusta.",
            "Yhdistyksen pitäisi uskaltaa hakea kolmea avustusta.",
        ),
    ],
)
def test_a_counted_repetition_is_no_object(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert next(iter(note_clauses(analyzer, sentence)), "") == clause
