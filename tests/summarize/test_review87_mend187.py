"""Review 87 (mend187): sentences a note's point was lost in or kept as spoken (real spaCy
model and Voikko; sentences of my own, none from the review's clinics or benchmarks data).

- a bare necessive predicate, a present passive participle without its "on", is a clause
  with it ("Lomake täytettävä ennen kokousta" → "Lomake on täytettävä ennen kokousta.",
  predicate.necessive_copula, `[summary] necessive_copulas`); the "on" stays singular before
  a plural object ("Asiat on hoidettava", verbforms.plural_verb);
- look-alikes stay: the participle as an attribute ("Sovittava asia on tärkeä"), a
  participle in the partitive ("Luettavaa riittää"), a necessive verb ("Asia pitää hoitaa"),
  and "on" before a predicative adjective still agrees ("Tehtävät ovat vaikeita")."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.agreement import fix_agreement
from muistiinpanot.summarize.strandedadverb import stranded_adverb


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("lomake täytettävä ennen kokousta", "Lomake on täytettävä ennen kokousta."),
        (
            "pysäkki siirrettävä turvallisempaan paikkaan",
            "Pysäkki on siirrettävä turvallisempaan paikkaan.",
        ),
        ("vuorot sovittava yhdessä seuran kanssa", "Vuorot on sovittava yhdessä seuran kanssa."),
    ],
)
def test_a_bare_necessive_gets_its_copula(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    assert note_clauses(analyzer, note, "cleared") == [clause]


def test_without_the_setting_a_bare_necessive_gives_no_clause(analyzer: LemmaAnalyzer) -> None:
    assert (
        note_clauses(
            analyzer, "lomake täytettävä ennen kokousta", "cleared", necessive_copulas=False
        )
        == []
    )


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("Sovittava asia on tärkeä.", "Sovittava asia on tärkeä."),
        ("Luettavaa riittää.", "Luettavaa riittää."),
        ("Asia pitää hoitaa.", "Asia pitää hoitaa."),
    ],
)
def test_necessive_look_alikes_stay(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    assert note_clauses(analyzer, note, "cleared") == [clause]


@pytest.mark.parametrize(
    ("sentence", "agreed"),
    [
        ("Asiat on hoidettava ajoissa.", "Asiat on hoidettava ajoissa."),
        ("Lapset on otettava mukaan.", "Lapset on otettava mukaan."),
        ("Tehtävät on vaikeita.", "Tehtävät ovat vaikeita."),
        ("Rahat on käytetty.", "Rahat on käytetty."),
    ],
)
def test_the_necessive_on_stays_singular(
    analyzer: LemmaAnalyzer, sentence: str, agreed: str
) -> None:
    assert fix_agreement(sentence, analyzer.voikko) == agreed


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        (
            "asukkaille pitää kertoa muutoksista, selkeästi",
            "Asukkaille pitää kertoa muutoksista selkeästi.",
        ),
        ("palaute käsitellään, nopeasti", "Palaute käsitellään nopeasti."),
    ],
)
def test_a_stranded_manner_adverb_goes_inside(
    analyzer: LemmaAnalyzer, note: str, clause: str
) -> None:
    assert note_clauses(analyzer, note, "cleared", stranded_adverbs=True) == [clause]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bussi ei kulje, valitettavasti.",  # a sentence adverb judges the clause
        "Bussi tulee, onneksi.",  # no -sti manner adverb
        "Kaikki meni hyvin, varmasti.",  # an adverb before the comma
        "Pitää kertoa, mitä tehdään, selkeästi.",  # a subordinate clause between
    ],
)
def test_stranded_adverb_look_alikes_stay(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert stranded_adverb(analyzer.parse([sentence])[0]) is None
