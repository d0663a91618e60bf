"""mend188: a spoken passive conditional ("tehtäis") is written "tehtäisiin" in an affirmative
clause and "tehtäisi" after the negation verb (summarize/passiveconditional.py, `[summary]
passive_conditionals`). Real Voikko (tidy reads no parse); sentences written for this test.
On the lead the 7 affirmative cases and the mixed note fail (Voikko's suggestion, "-isi")."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.tidy import tidy_note


def _tidy(analyzer: LemmaAnalyzer, note: str, *, on: bool = True) -> str:
    return " ".join(tidy_note(note, analyzer.voikko, passive_conditionals=on))


@pytest.mark.parametrize(
    ("note", "form"),
    [
        ("jos kirjastossa järjestettäis lukupiiri niin moni tulis", "järjestettäisiin"),
        ("avajaisiin tarvittais lisää tuoleja", "tarvittaisiin"),
        ("voitais kokeilla iltavuoroa ensi syksynä", "Voitaisiin"),
        ("mentäis yhdessä katsomaan uutta puistoa", "Mentäisiin"),
        ("ohjaaja sanoi et tehtäis kysely kaikille", "tehtäisiin"),  # spoken "et" = "että"
        ("ei ole rahaa, tarvittais sponsori", "tarvittaisiin"),  # the negation's clause ended
        ("tehtäiskö kysely kaikille", "Tehtäisiinkö"),
    ],
)
def test_affirmative_clause_gets_the_full_form(
    analyzer: LemmaAnalyzer, note: str, form: str
) -> None:
    assert form in _tidy(analyzer, note).split()


@pytest.mark.parametrize(
    ("note", "form"),
    [
        ("ei tehtäis enää uusia suunnitelmia", "tehtäisi"),
        ("eikä siihen tarvittais rahaa", "tarvittaisi"),
        ("toivottiin ettei kokeiltais samaa uudestaan", "kokeiltaisi"),
    ],
)
def test_after_a_negation_the_connegative(analyzer: LemmaAnalyzer, note: str, form: str) -> None:
    assert form in _tidy(analyzer, note).split()


def test_both_in_one_note(analyzer: LemmaAnalyzer) -> None:
    text = _tidy(analyzer, "tarvittais sponsori eikä tarvittais lainaa")
    assert text == "Tarvittaisiin sponsori eikä tarvittaisi lainaa."


@pytest.mark.parametrize(
    ("note", "wrong"),
    [
        ("se hyödyttäis kaikkia asukkaita", "hyödyttäisiin"),  # active of "hyödyttää" too
        ("seura lahjottais palkinnot voittajille", "lahjottaisiin"),  # "lahjoittaisi"
        ("vapaaehtoinen pelastas koko illan", "pelastaisiin"),  # a past tense
        ("kevään tanssiais ilta oli hieno", "tanssiaisiin"),  # a noun's stem
    ],
)
def test_look_alikes_stay(analyzer: LemmaAnalyzer, note: str, wrong: str) -> None:
    assert wrong not in _tidy(analyzer, note).lower().split()


def test_setting_off_keeps_the_old_mend(analyzer: LemmaAnalyzer) -> None:
    assert "tarvittaisi" in _tidy(analyzer, "avajaisiin tarvittais lisää tuoleja", on=False)
