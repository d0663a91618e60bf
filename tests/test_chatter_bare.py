"""Chatter: a note of no content word at all (interjections, an acknowledgement,
punctuation, emoji) is chatter, however the classifier scores it (review 50: a bare "ok" was
kept as a topical note and could reach a theme). Real analyzer (spaCy + Voikko) in both
modes; the notes were written for these tests, apart from the chatter benchmark's rounds the
change was measured on, and apart from the notes probed while writing the rule."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chatter_cases import chatter_status
from muistiinpanot.chatter import ChatterSettings
from muistiinpanot.cli import app
from muistiinpanot.lemmatize import LemmaAnalyzer

REPO = Path(__file__).resolve().parents[1]


BARE = ["Ok", "OK.", "ok ok", "ok 🙂", "okei!!", "joo, ok", "👌", ":-)"]
TOPICAL = [
    "ok ratkaisu mut kallis",  # "ok" beside content words
    "THL",  # an abbreviation that names a body
    "sote?",
    "ok, mutta kuka maksaa?",
    "5 %",  # a number is no interjection
    "kaavoitus",
]


@pytest.mark.parametrize("text", BARE)
def test_a_note_of_no_content_word_is_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"


@pytest.mark.parametrize("text", BARE)
def test_a_bare_note_is_chatter_in_fast_mode_too(text: str, fast_analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, fast_analyzer) == "chatter"


@pytest.mark.parametrize("text", TOPICAL)
def test_a_note_with_a_content_word_is_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "kept"


def test_the_setting_turns_it_off(analyzer: LemmaAnalyzer) -> None:
    off = ChatterSettings(bare_notes=False)
    assert chatter_status("ok", analyzer) == "chatter"
    assert (
        chatter_status("ok", analyzer, off) == "kept"
    )  # the lead's behaviour: "ok" read as a word


def test_a_bare_ok_reaches_no_theme_and_is_listed(tmp_path: Path) -> None:
    """A real run: the note is in notes.csv as chatter, counted in summary.json, in no theme
    of themes.csv."""
    clinic = tmp_path / "pieni"
    shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    (clinic / "ryhma9.txt").write_text("ok\nkuittaus toimii hyvin\n", encoding="utf-8")
    out = tmp_path / "out"
    themes = str(REPO / "models" / "themes.toml")
    result = CliRunner().invoke(app, ["run", str(clinic), "--out", str(out), "--themes", themes])
    assert result.exit_code == 0, result.output
    with (out / "notes.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows["pieni/ryhma9.txt:1"]["status"] == "chatter"
    assert rows["pieni/ryhma9.txt:1"]["theme"] == ""
    assert rows["pieni/ryhma9.txt:2"]["status"] == "kept"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    chatter = sum(row["status"] == "chatter" for row in rows.values())
    assert summary["counts"]["chatter"] == chatter >= 1
    assert "pieni/ryhma9.txt:1" not in json.dumps(summary["themes"])
