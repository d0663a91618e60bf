"""A coordinated clause's subject that the parse hangs on the clause before
(summarize/conjsubjects.py), on sentences of our own with the real spaCy parser and Voikko:
"koulutaksi kiertää kaikki talot ja matka kestää tunnin" was written "Koulutaksi kiertää
kaikki talot ja matka." ("matka" a second object, "kestää" cut without a subject), and a
singular verb after "hakemukset ja käsittely" took both as its subject, leaving "Ohjaaja
tarkistaa.\" A singular "A" before the later verb is no object: "Työ jatkuu syksyllä kunta ja
järjestö tekee yhteistyötä." is a run-on of two clauses (review 32)."""

from __future__ import annotations

import pytest
from spelled_pieces import spelled_pieces

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.conjsubjects import clause_subjects


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    (tokens,) = analyzer.parse([sentence])
    return spelled_pieces(
        analyzer, clause_subjects(tokens, analyzer.voikko), max_predicates=2
    ).clause.text


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
        # (2)'s first conjunct a singular nominative, which is never an active verb's object:
        # a run-on note of two clauses, not "A" as the earlier verb's object (review 32)
        (
            "Palvelu paranee vähitellen asiakas ja perhe saa tietoa nopeammin.",
            "Palvelu paranee vähitellen.",
        ),
        (
            "Kirjasto aukeaa kahdeksalta asiakas ja henkilökunta tulee samaan aikaan.",
            "Kirjasto aukeaa kahdeksalta.",
        ),
        (
            "yhteistyö toimii nykyään hyvin kunta ja yhdistys sopii asioista suoraan",
            "Yhteistyö toimii.",
        ),
        (
            "tieto kulkee hitaasti asiakas ja työntekijä odottaa päätöstä viikkoja",
            "Tieto kulkee hitaasti.",
        ),
        # ... and the earlier verb automative besides
        ("Työ jatkuu syksyllä kunta ja järjestö tekee yhteistyötä.", "Työ jatkuu syksyllä."),
        (
            "Hanke päättyi keväällä raportti ja loppuseminaari valmistuu syksyllä.",
            "Hanke päättyi keväällä.",
        ),
        ("Tilanne muuttuu nopeasti kunta ja järjestö sopii asiasta.", "Tilanne muuttuu nopeasti."),
        # (2)'s earlier verb an automative "-U-" verb, which takes no object
        ("Työ jatkuu syksyllä asukkaat ja kunta tekee yhteistyötä.", "Työ jatkuu syksyllä."),
        ("Palvelu muuttuu ensi vuonna asiakkaat ja henkilökunta saa tiedon syksyllä.", None),
        # (2)'s earlier verb with an object of its own
        ("Ohjaaja antaa palautetta hakemukset ja käsittely kestää kuukauden.", None),
        # (2) with a comma between the earlier verb and "A ja B"
        ("Ohjaaja tarkistaa, hakemukset ja käsittely kestää kuukauden.", None),
        # (2) with a plural later verb: "A ja B" its own subject
        ("Hanke alkaa syksyllä opettajat ja oppilaat osallistuvat.", None),
        # (1) a noun not of the later verb's number, which shares the first subject
        ("Hoitaja jakaa lääkkeet ja tabletit antaa illalla.", None),
    ],
)
def test_other_clauses_stay(analyzer: LemmaAnalyzer, sentence: str, clause: str | None) -> None:
    """Each sentence is one the parse hangs the rule's way, kept by one of its conditions
    (the comment above it): without that condition the tree changes."""
    (tokens,) = analyzer.parse([sentence])
    assert [(t.dep, t.head) for t in clause_subjects(tokens, analyzer.voikko)] == [
        (t.dep, t.head) for t in tokens
    ]
    if clause is not None:
        assert _clause(analyzer, sentence) == clause
