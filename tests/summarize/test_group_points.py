"""Points that several groups made are in the post (summary32, summary33): six small clinics
of our own (tests/fixtures/summarize/s32_*.toml, 32 notes, and s33_*.toml, 27 notes written
before summary33 changed any code; four groups each), each with the points a good post would
say ([[point]]: its sentence and the groups whose notes make it). A point is
said when the bullets hold at least half of its content lemmas (summary_quality.py's rule).
Run with the real model, through summarize_clinic as the pipeline calls it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from fixture_clinic import FixtureClinic, content_lemma_sets, fixture_posts

from muistiinpanot.lemmatize import LemmaAnalyzer

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "summarize").glob("s3[23]_*.toml"))


@pytest.fixture(scope="module")
def posts(analyzer: LemmaAnalyzer) -> dict[str, tuple[FixtureClinic, list[str]]]:
    return fixture_posts(FIXTURES, analyzer)


def _points(stem: str, least: int) -> list[str]:
    data = tomllib.loads((FIXTURES[0].parent / f"{stem}.toml").read_text("utf-8"))
    return [p["text"] for p in data["point"] if len(p["groups"]) >= least]


@pytest.mark.parametrize("stem", [path.stem for path in FIXTURES])
def test_a_point_three_groups_made_is_said(
    posts: dict[str, tuple[FixtureClinic, list[str]]], analyzer: LemmaAnalyzer, stem: str
) -> None:
    _, bullets = posts[stem]
    said = frozenset().union(*content_lemma_sets(bullets, analyzer))
    for point, lemmas in zip(
        _points(stem, 3), content_lemma_sets(_points(stem, 3), analyzer), strict=True
    ):
        assert len(lemmas & said) >= len(lemmas) / 2, (point, bullets)


def test_every_fixture_note_is_kept(posts: dict[str, tuple[FixtureClinic, list[str]]]) -> None:
    """The 59 notes are all kept: each is a point of its own, none chatter or a duplicate."""
    notes = [note for clinic, _ in posts.values() for note in clinic.notes]
    assert len(notes) == 59
    assert all(note.status == "kept" for note in notes)
