"""Review 40 #20 (mend77): a corrections row with theme `kokouspuhe` sets a note aside as
meeting talk; a row with a theme for a chatter note brings it back. Found by its print when
lines move, as every note row is (mend70)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.app.correction_views import reviewed_notes
from muistiinpanot.ingest.corrections import read_corrections
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import (
    CHATTER_THEME,
    Correction,
    Note,
    Theme,
    ThemeAssignment,
    ThemeResult,
)
from muistiinpanot.themes.assign import assign_themes
from muistiinpanot.themes.correction_settings import CorrectionSettings
from muistiinpanot.themes.corrections import CorrectionOutcome, apply_corrections
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import VectorCache, note_space

TEXTS = [
    ("f:1", "lumen auraus pyöräteillä on liian hidasta"),
    ("f:2", "aurauskalusto ei riitä isoihin lumisateisiin"),
    ("f:3", "sovitaan ens kerralla jatkosta"),  # the closing talk of review 40 #1
    ("f:4", "kouluruoka maistuu oppilaille huonosti"),
    ("f:5", "kouluruokailun aikataulu on liian kiireinen"),
]


@pytest.fixture(scope="module")
def notes(make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]]) -> list[Note]:
    return make_notes(TEXTS)


def _result(theme_of: dict[str, str]) -> ThemeResult:
    ids = sorted(set(theme_of.values()))
    sizes = [list(theme_of.values()).count(t) for t in ids]
    return ThemeResult(  # muu is always a theme of a run, if only of size 0
        themes=tuple(
            Theme(t, f"Teema {t}", "emergent", size=n) for t, n in zip(ids, sizes, strict=True)
        )
        + (Theme("muu", "Muut", "muu", size=0),),
        assignments=tuple(ThemeAssignment(i, theme_of[i], 0.5) for i in sorted(theme_of)),
    )


def _apply(
    notes: Sequence[Note], rows: Sequence[Correction], analyzer: LemmaAnalyzer
) -> tuple[ThemeResult, CorrectionOutcome]:
    kept = [note for note in notes if note.status == "kept"]
    theme_of = {n.id: ("uusi-1" if n.id in ("f:1", "f:2", "f:3") else "uusi-2") for n in kept}
    return apply_corrections(
        notes, _result(theme_of), rows, analyzer, ThemeSettings(), CorrectionSettings()
    )


def test_a_kokouspuhe_row_sets_the_note_aside(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    talk = notes[2]
    result, outcome = _apply(
        notes, [Correction(f"{talk.id}#{talk.fingerprint}", "kokouspuhe")], analyzer
    )
    assert outcome.set_aside == ("f:3",)
    assert "f:3" not in {a.note_id for a in result.assignments}  # in no theme, not even muu
    assert outcome.corrected == () and outcome.unknown_ids == ()
    assert CHATTER_THEME not in {theme.id for theme in result.themes}
    assert sum(theme.size for theme in result.themes) == 4
    marked, vectors = reviewed_notes(notes, np.arange(10.0).reshape(5, 2), outcome)
    assert [note.status for note in marked] == ["kept", "kept", "chatter", "kept", "kept"]
    # the map's rows: the kept notes by sorted id, the set-aside note's row gone
    assert vectors is not None and vectors.tolist() == [[0, 1], [2, 3], [6, 7], [8, 9]]


def test_a_kokouspuhe_row_follows_its_note_when_lines_move(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    talk = notes[2]
    # a line added above: every note one line down; the row still names f:3 with its print
    moved = [dataclasses.replace(n, id=f"f:{int(n.id[2:]) + 1}") for n in notes]
    _, outcome = _apply(
        moved, [Correction(f"{talk.id}#{talk.fingerprint}", "Kokouspuhe")], analyzer
    )
    assert outcome.set_aside == ("f:4",)
    assert outcome.relocated == ("f:3 → f:4",)


def test_a_chatter_note_moved_into_a_theme_is_kept_again(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    chatter = [dataclasses.replace(n, status="chatter") if n.id == "f:3" else n for n in notes]
    talk = chatter[2]
    rows = [Correction(f"{talk.id}#{talk.fingerprint}", "uusi-2")]
    result, outcome = _apply(chatter, rows, analyzer)
    assert outcome.restored == ("f:3",) and outcome.corrected == ("f:3",)
    assert {a.note_id: a.score for a in result.assignments}["f:3"] == 1.0
    marked, vectors = reviewed_notes(chatter, np.ones((4, 2)), outcome)
    assert marked[2].status == "kept"
    assert vectors is not None and vectors.tolist() == [[1, 1], [1, 1], [0, 0], [1, 1], [1, 1]]


def test_a_kokouspuhe_row_for_a_chatter_note_changes_nothing(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    chatter = [dataclasses.replace(n, status="chatter") if n.id == "f:3" else n for n in notes]
    _, outcome = _apply(chatter, [Correction("f:3", "kokouspuhe")], analyzer)
    assert outcome.set_aside == () and outcome.restored == () and outcome.unknown_ids == ()


def test_the_page_row_reads_back(
    tmp_path: Path, notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    # as review.js writes it: every cell quoted, the id with its print, no label, no members
    talk = notes[2]
    path = tmp_path / "corrections.csv"
    path.write_text(
        f'"id","theme","label","members"\r\n"{talk.id}#{talk.fingerprint}","kokouspuhe","",""\r\n',
        encoding="utf-8",
    )
    rows = read_corrections(path).rows
    _, outcome = _apply(notes, rows, analyzer)
    assert outcome.set_aside == ("f:3",)


def test_a_restored_note_is_drawn_by_its_meaning(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """Review 41 #8: a restored note had no row in the themes stage's vectors and was drawn
    where the average note is. It is embedded in that space: a snow note the run had called
    meeting talk lands beside the other snow note, not at the origin."""
    chatter = [dataclasses.replace(n, status="chatter") if n.id == "f:2" else n for n in notes]
    kept = sorted((n for n in chatter if n.status == "kept"), key=lambda n: n.id)
    docs = [tuple(lemma.lower() for lemma in n.content_lemmas) for n in kept]
    stage = note_space(docs, VectorCache(analyzer)).vectors  # as themes/assign.py builds it
    rows = [Correction(f"f:2#{notes[1].fingerprint}", "uusi-1")]
    _, outcome = _apply(chatter, rows, analyzer)
    assert outcome.restored == ("f:2",) and len(outcome.restored_vectors) == 1
    _, vectors = reviewed_notes(chatter, stage, outcome)
    assert vectors is not None and vectors.shape == (5, stage.shape[1])
    restored = vectors[1]  # the rows: f:1 .. f:5 by sorted id
    assert np.linalg.norm(restored) > 0.5
    others = [0, 2, 3, 4]
    nearest = max(others, key=lambda row: float(vectors[row] @ restored))
    assert nearest == 0  # f:1, the other snow note


def test_a_kokouspuhe_theme_row_and_a_label_on_a_kokouspuhe_row_are_warned(
    tmp_path: Path,
) -> None:
    """Review 42 #3: meeting talk is no theme, so a `kokouspuhe` theme row renames nothing
    and a label on a `kokouspuhe` note row names nothing; both were dropped with no word.
    Each is warned, naming the file and row, as other ignored cells are."""
    path = tmp_path / "corrections.csv"
    path.write_text(
        "id,theme,label\n,kokouspuhe,Kahvitauot\nv/r.txt:3,Kokouspuhe,Jotain\nv/r.txt:4,kokouspuhe,\n",
        encoding="utf-8",
    )
    read = read_corrections(path)
    rows = read.rows
    assert len(rows) == 3  # read as written; the themes stage ignores what they cannot mean
    # kept with the file, warned as the corrections' other warnings are (review 53 #1)
    warned = list(read.notices)
    assert len(warned) == 2
    assert "corrections.csv: rivi 2: kokouspuhe ei ole teema" in warned[0]
    assert "row 2: meeting talk is no theme" in warned[0]
    assert "corrections.csv: rivi 3: kokouspuheella ei ole nimeä" in warned[1]
    assert "row 3:" in warned[1] and "'label' is ignored" in warned[1]


def test_the_themes_stage_keeps_its_space(notes: list[Note], analyzer: LemmaAnalyzer) -> None:
    """Review 42 #7: the stage's note space travels with its result, so a restored note is
    embedded in it rather than in a space built again over every kept note."""
    result = assign_themes(notes, (), analyzer, ThemeSettings())
    assert result.space is not None and result.vectors is not None
    assert np.array_equal(result.space.vectors, result.vectors)


def test_a_restored_note_is_embedded_in_the_results_space(
    notes: list[Note], analyzer: LemmaAnalyzer
) -> None:
    """Review 42 #7: apply_corrections embeds a restored note in the space its `result`
    carries (here one over the school notes only, unlike the kept notes' own space)."""
    chatter = [dataclasses.replace(n, status="chatter") if n.id == "f:2" else n for n in notes]
    docs = [tuple(lemma.lower() for lemma in n.content_lemmas) for n in notes]
    school = note_space([docs[3], docs[4], docs[0]], VectorCache(analyzer))
    kept = [n.id for n in chatter if n.status == "kept"]
    theme_of = {i: ("uusi-1" if i in ("f:1", "f:3") else "uusi-2") for i in kept}
    result = dataclasses.replace(_result(theme_of), space=school)
    rows = [Correction(f"f:2#{notes[1].fingerprint}", "uusi-1")]
    _, outcome = apply_corrections(
        chatter, result, rows, analyzer, ThemeSettings(), CorrectionSettings()
    )
    assert outcome.restored == ("f:2",)
    expected = school.embed([docs[1]], VectorCache(analyzer))
    assert np.allclose(np.array(outcome.restored_vectors), expected)
