"""A coordinated clause's subject that the parse hangs on the clause before
(summarize/conjsubjects.py), on sentences of our own with the real spaCy parser and Voikko:
"koulutaksi kiertää kaikki talot ja matka kestää tunnin" was written "Koulutaksi kiertää
kaikki talot ja matka." ("matka" a second object, "kestää" cut without a subject), and a
singular verb after "hakemukset ja käsittely" took both as its subject, leaving "Ohjaaja
tarkistaa.\""""

from __future__ import annotations

import pytest
from spelled_pieces import spelled_pieces

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.conjsubjects import clause_subjects


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    (tokens,) = analyzer.parse([sentence])
    return spelled_pieces(analyzer, clause_subjects(tokens), max_predicates=2).clause.text


@pytest.mark.parametrize(
    "sentence",
    [
        # (1) the noun read as a conjunct of the earlier clause's object
        "Bussi kiertää kaikki kylät ja matka kestää tunnin.",
        "Opettaja lukee kokeet ja arviointi vie viikon.",
        # (2) a singular verb's "A ja B" subject where the earlier verb's object stands
        "Ohjaaja tarkistaa hakemukset ja käsittely kestää kuukauden.",
        "Ohjaaja käy läpi lomakkeet ja käsittely kestää viikkoja.",
    ],
)
def test_the_clause_keeps_its_own_subject(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _clause(analyzer, sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a subject the parse already gave the clause
        ("Siivooja pesee lattiat ja työ vie koko illan.", None),
        # a coordinated subject with nothing before it: the spoken concord, not an object
        ("Kaupunki ja seurakunta järjestää tapahtuman.", None),
        # coordinated objects and a verb sharing the first subject
        ("Hoitaja jakaa lääkkeet ja vitamiinit ja lähtee kotiin.", None),
        ("Asukkaat keräävät roskat ja kaupunki hakee säkit.", None),
    ],
)
def test_other_clauses_stay(analyzer: LemmaAnalyzer, sentence: str, clause: str | None) -> None:
    assert _clause(analyzer, sentence) == (clause or sentence)
    (tokens,) = analyzer.parse([sentence])
    assert [(t.dep, t.head) for t in clause_subjects(tokens)] == [(t.dep, t.head) for t in tokens]
