"""Clauses of one point are said in one sentence wherever MMR placed them (summary34): short
clauses join the one `related` finds nearest, not the next in order (real word vectors and
Voikko; sentences of our own). And three small clinics of our own (tests/fixtures/summarize/
s34_*.toml, 32 notes written before summary34 changed any code): each point three groups made
is said."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from fixture_clinic import FixtureClinic, content_lemma_sets, fixture_posts, lemma_vector

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize import SummarySettings
from muistiinpanot.summarize.compounds import compound_units
from muistiinpanot.summarize.gather import _related, render_bullet
from muistiinpanot.summarize.joins import TONE_ORDER, Unit
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.pieces import Piece, Voice

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "summarize").glob("s34_*.toml"))


def _units(texts: list[str], analyzer: LemmaAnalyzer) -> list[Unit]:
    return [
        Unit(
            text, [Piece(str(i), "clause", Span(text, lemmas), "problem")], i, TONE_ORDER["problem"]
        )
        for i, (text, lemmas) in enumerate(
            zip(texts, content_lemma_sets(texts, analyzer), strict=True)
        )
    ]


@pytest.mark.parametrize(
    "texts, together",
    [
        (
            [
                "Aura jättää lumivallin pihatien suulle.",
                "Kirjaston aukioloajat ovat liian lyhyet.",
                "Lumivalli tukkii pihatien joka aamu.",
            ],
            {"0", "2"},
        ),
        (
            [
                "Uimahalli on kiinni koko vuoden.",
                "Pysäköintimaksut nousivat keväällä.",
                "Koululaisten uimaopetus loppuu uimahallin remontin ajaksi.",
            ],
            {"0", "2"},
        ),
    ],
)
def test_clauses_of_one_point_join_past_another(
    analyzer: LemmaAnalyzer, texts: list[str], together: set[str]
) -> None:
    """The first and the third clause speak of one point, the second of another: the first
    two are not near enough to join (compound_similarity), so before summary34 each stayed a
    sentence of its own; now the first takes the third."""
    related = functools.partial(
        _related, functools.partial(lemma_vector, analyzer), SummarySettings().compound_similarity
    )
    joined = compound_units(_units(texts, analyzer), 12, analyzer.voikko, 2, related)
    assert [{p.note_id for p in unit.pieces} for unit in joined] == [together, {"1"}]
    assert joined[0].text.count(",") == 1


def test_the_nearest_pair_joins_first(analyzer: LemmaAnalyzer) -> None:
    """Of three clauses the two nearest join, not the first two (a stand-in for `related`:
    clause 0 is nearer to clause 2 than to clause 1; before summary34 the next clause near
    enough joined)."""
    units = [
        Unit(text, [Piece(str(i), "clause", Span(text, frozenset()), "problem")], i, 1)
        for i, text in enumerate(["Tie on kapea.", "Valot puuttuvat.", "Piennar on kapea."])
    ]
    near = {frozenset({0, 1}): 0.6, frozenset({0, 2}): 0.9, frozenset({1, 2}): 0.55}

    def related(group: Sequence[Unit], unit: Unit) -> float:
        return max(near[frozenset({u.position, unit.position})] for u in group)

    joined = compound_units(units, 12, analyzer.voikko, 2, related)
    assert [[p.note_id for p in unit.pieces] for unit in joined] == [["0", "2"], ["1"]]
    assert joined[0].text == "Tie on kapea, ja piennar on kapea."


@pytest.fixture(scope="module")
def posts(analyzer: LemmaAnalyzer) -> dict[str, tuple[FixtureClinic, list[str]]]:
    return fixture_posts(FIXTURES, analyzer)


@pytest.mark.parametrize("stem", [path.stem for path in FIXTURES])
def test_a_point_three_groups_made_is_said(
    posts: dict[str, tuple[FixtureClinic, list[str]]], analyzer: LemmaAnalyzer, stem: str
) -> None:
    _, bullets = posts[stem]
    data = tomllib.loads((FIXTURES[0].parent / f"{stem}.toml").read_text("utf-8"))
    points = [p["text"] for p in data["point"] if len(p["groups"]) >= 3]
    said = frozenset().union(*content_lemma_sets(bullets, analyzer))
    for point, lemmas in zip(points, content_lemma_sets(points, analyzer), strict=True):
        assert len(lemmas & said) >= len(lemmas) / 2, (point, bullets)


def test_every_fixture_note_is_kept(posts: dict[str, tuple[FixtureClinic, list[str]]]) -> None:
    notes = [note for clinic, _ in posts.values() for note in clinic.notes]
    assert len(notes) == 32
    assert all(note.status == "kept" for note in notes)


def test_a_negated_clause_with_a_subordinate_clause_joins_only_the_one_before_it(
    analyzer: LemmaAnalyzer,
) -> None:
    """ "…, eivätkä nuoret tiedä, mitä …": a negated clause with a subordinate clause of its
    own is not taken from past another clause of its tone (the subordinate clause would hang
    on either half); right after the clause before it, it joins as before summary34, and the
    nearest-pair search still reaches past a clause for one without negation. `related` is a
    stand-in: clause 0 is near clause 2 and clause 3, far from clause 1."""
    texts = [
        "Kylätalo on kaukana.",
        "Bussi kulkee harvoin.",
        "Nuoret eivät tiedä, mitä aloitteille tapahtuu.",
        "Nuoret kysyvät, mitä aloitteille tapahtuu.",
    ]
    units = [
        Unit(text, [Piece(str(i), "clause", Span(text, frozenset()), "problem")], i, 1)
        for i, text in enumerate(texts)
    ]

    def related(group: Sequence[Unit], unit: Unit) -> float:
        return 0.9 if {u.position for u in group} | {unit.position} in ({0, 2}, {0, 3}) else 0

    past = compound_units(units[:3], 12, analyzer.voikko, 2, related)
    assert [u.text for u in past] == texts[:3]
    before = compound_units([units[0], units[2]], 12, analyzer.voikko, 2, related)
    assert [u.text for u in before] == [
        "Kylätalo on kaukana, eivätkä nuoret tiedä, mitä aloitteille tapahtuu."
    ]
    plain = compound_units([units[0], units[1], units[3]], 12, analyzer.voikko, 2, related)
    assert [u.text for u in plain] == [
        "Kylätalo on kaukana, ja nuoret kysyvät, mitä aloitteille tapahtuu.",
        "Bussi kulkee harvoin.",
    ]


def test_of_two_gathered_sentences_the_one_more_groups_wrote_takes_the_slot(
    analyzer: LemmaAnalyzer,
) -> None:
    """Two compound sentences of two notes each and room for one: the one whose notes two
    groups wrote is said, not the one of one group's two notes (before summary34: the first
    in MMR order). `vector` is a stand-in: each topic word its own direction."""
    directions = {"ovi": 0, "kynnys": 0, "bussi": 1, "vuoro": 1, "kirjasto": 2}

    def vector(lemmas: frozenset[str]) -> np.ndarray:
        row = np.zeros(3)
        for lemma in lemmas:
            row[directions[lemma]] += 1.0
        return row / np.linalg.norm(row)

    def piece(note: str, text: str, lemma: str) -> Piece:
        return Piece(note, "clause", Span(text, frozenset({lemma})), "problem")

    opening = piece("a", "Kirjasto on kaukana.", "kirjasto")
    chosen = [
        piece("b1", "Ovi on raskas.", "ovi"),
        piece("b2", "Kynnys on korkea.", "kynnys"),
        piece("c1", "Bussi kulkee harvoin.", "bussi"),
        piece("c2", "Vuoroja on vähän.", "vuoro"),
    ]
    groups = {"a": "g4", "b1": "g1", "b2": "g1", "c1": "g2", "c2": "g3"}
    voice = Voice(4, {note: frozenset({group}) for note, group in groups.items()})
    settings = replace(SummarySettings(), max_sentences=2)
    text, used = render_bullet(
        opening, chosen, {p.note_id: [p] for p in chosen}, 1, voice, analyzer.voikko,
        settings, vector,
    )  # fmt: skip
    assert {note for note, _ in used} == {"a", "c1", "c2"}, text
