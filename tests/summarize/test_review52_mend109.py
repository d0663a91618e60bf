"""mend109 (reviews 50 and 52): two joined clauses that name the same things are folded into
one only when they say the same of them (one polarity, verbs alike); a contrast is kept.
The sentences marked "ours" were written before the threshold was set, apart from the
reviews' clinics."""

from __future__ import annotations

import functools

import pytest
from fixture_clinic import lemma_vector

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.pieces import drop_personal_pieces
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.summarize.compounds import compound_units
from muistiinpanot.summarize.joins import Unit, compound_sentence
from muistiinpanot.summarize.phrases import sentence_pieces
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.restated import VerbsAlike, negated, verbs_alike
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.wordchecks import question


def _unit(analyzer: LemmaAnalyzer, text: str, position: int) -> Unit:
    (tokens,) = analyzer.parse([text])
    span = sentence_pieces(tokens).clause
    assert span.text, text
    return Unit(span.text, [Piece(f"n{position}", "clause", span, "problem")], position)


def alike(analyzer: LemmaAnalyzer) -> VerbsAlike:
    """The pipeline's test of verbs alike in meaning (gather.py), with the real vectors."""
    least = SummarySettings().restated_verb_similarity
    return functools.partial(verbs_alike, functools.partial(lemma_vector, analyzer), least)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("luottamus kasvaa", "luottamus katoaa"),  # the brief's
        ("yhteistyö toimii", "yhteistyö ei toimi"),  # ours: one negated
        ("tiedotus kulkee", "tiedotus ei kulje"),  # ours: one negated, the same verb
        ("kokous alkaa", "kokous loppuu"),  # ours: verbs far apart
    ],
)
def test_a_contrast_is_not_folded(analyzer: LemmaAnalyzer, first: str, second: str) -> None:
    units = [_unit(analyzer, first, 0), _unit(analyzer, second, 1)]
    joined = compound_sentence(units, analyzer.voikko, alike(analyzer))
    assert joined is not None
    assert joined.text != units[0].text  # both clauses said
    assert len(joined.pieces) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("hiekoitus unohtuu kokonaan", "hiekoitus jää tekemättä"),  # review 50's
        ("tiedotus ei kulje", "tiedotus ei liiku"),  # ours: both negated, verbs alike
    ],
)
def test_clauses_saying_the_same_are_folded(
    analyzer: LemmaAnalyzer, first: str, second: str
) -> None:
    units = [_unit(analyzer, first, 0), _unit(analyzer, second, 1)]
    joined = compound_sentence(units, analyzer.voikko, alike(analyzer))
    assert joined is not None
    assert joined.text == units[0].text
    assert len(joined.pieces) == 2


def test_without_a_test_of_meaning_only_the_same_verbs_fold(analyzer: LemmaAnalyzer) -> None:
    """No `alike` (topics.py's joins): different verbs are never taken as the same."""
    units = [
        _unit(analyzer, "hiekoitus unohtuu kokonaan", 0),
        _unit(analyzer, "hiekoitus jää tekemättä", 1),
    ]
    joined = compound_sentence(units, analyzer.voikko)
    assert joined is not None and joined.text != units[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Bussi ei kulje illalla.", True), ("Eikä kukaan kysy.", True), ("Bussi kulkee.", False)],
)
def test_negated(analyzer: LemmaAnalyzer, text: str, expected: bool) -> None:
    assert negated(text, analyzer.voikko) is expected


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        (  # ours: the body's genitive stays with a neutral member ("erään": review 52 #5)
            "Urheiluseuran Laaksosen mukaan kenttä on liian pieni.",
            ["Laaksosen"],
            "Erään urheiluseuran edustajan mukaan kenttä on liian pieni.",  # summary39
        ),
        (  # ours: no genitive before the name, as before (mend107)
            "Laaksosen mukaan kenttä on liian pieni.",
            ["Laaksosen"],
            "Erään henkilön mukaan kenttä on liian pieni.",
        ),
        (  # ours: a pronoun's genitive ("sen") owns no name
            "Kenttä on sen Laaksosen mukaan liian pieni.",
            ["Laaksosen"],
            "Kenttä on sen erään henkilön mukaan liian pieni.",
        ),
    ],
)
def test_a_source_owned_by_a_body_names_its_member(
    analyzer: LemmaAnalyzer, text: str, names: list[str], kept: str
) -> None:
    spans = [PersonalSpan(text.index(n), text.index(n) + len(n), "nimi") for n in names]
    assert drop_personal_pieces(text, spans, analyzer.voikko) == kept


@pytest.mark.parametrize(
    "asked",
    [
        "Miksei kysytty asukkailta ensin.",  # ours
        "Mikseivät päättäjät käy paikan päällä.",  # ours: the plural "mikseivät"
    ],
)
def test_a_question_joins_no_statement(analyzer: LemmaAnalyzer, asked: str) -> None:
    """Review 52 #5: "Miksei kysytty kyläläisiltä ensin, ja luottamus syntyy, …"."""
    units = [_unit(analyzer, asked, 0), _unit(analyzer, "asukkaat eivät luota päättäjiin", 1)]
    assert question(units[0].text, analyzer.voikko)
    joined = compound_units(units, 12, analyzer.voikko)
    assert [len(unit.pieces) for unit in joined] == [1, 1]
