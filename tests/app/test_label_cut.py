"""A name taken out of an analyst's label (review 45, mend91): the run says so by theme id
(#4: "Lumin valot" became "Valot" without a word), and summary.json's record of the renamed
themes holds the label as published, under --redact too (#3: it kept "Lumin valot" though
themes.csv and the post said "Valot"). The real pipeline on the small fixture clinic, its
"luottamus" theme renamed by a corrections theme row."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.cli import app

CUT = "otsikosta poistettiin nimi"


def _run(tmp_path: Path, label: str, *extra: str) -> tuple[str, Path]:
    repo = Path(__file__).resolve().parents[2]
    clinic = tmp_path / "pieni"
    shutil.copytree(repo / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    (clinic / "corrections.csv").write_text(f"id,theme,label\n,luottamus,{label}\n", "utf-8")
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--themes", str(repo / "models/themes.toml")]
    result = CliRunner().invoke(app, [*args, *extra])
    assert result.exit_code == 0, result.output
    return result.output, out


@pytest.mark.parametrize("extra", [(), ("--redact",)], ids=["plain", "redact"])
def test_a_name_cut_from_a_label_is_said_and_not_kept_in_the_trace(
    tmp_path: Path, extra: tuple[str, ...]
) -> None:
    output, out = _run(tmp_path, "Matti Virtasen ehdotus", *extra)
    themes = (out / "themes.csv").read_text("utf-8")
    assert "Virtas" not in themes
    assert f"teema / theme luottamus: {CUT}" in output
    assert "Virtas" not in output and "Matti" not in output
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    renamed = summary["corrections"]["renamed"]
    assert "Virtas" not in renamed["luottamus"]
    assert renamed["luottamus"] in themes  # as published
    assert "Virtas" not in (out / "summary.json").read_text("utf-8")
    page = (out / "report.html").read_text("utf-8")
    card = page[page.index('data-theme="luottamus"') :]
    card = card[: card.index("</article>")]
    assert "Otsikosta poistettiin nimi" in card


def test_an_everyday_label_is_kept_without_the_warning(tmp_path: Path) -> None:
    output, out = _run(tmp_path, "Rannan siivous")
    assert CUT not in output
    assert "Otsikosta poistettiin nimi" not in (out / "report.html").read_text("utf-8")
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["corrections"]["renamed"] == {"luottamus": "Rannan siivous"}
