"""A name taken out of an analyst's label (review 45, mend91): the run says so by theme id
(#4: "Lumin valot" became "Valot" without a word), and summary.json's record of the renamed
themes holds the label as published, under --redact too (#3: it kept "Lumin valot" though
themes.csv and the post said "Valot"). The real pipeline on the small fixture clinic, its
"luottamus" theme renamed by a corrections theme row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pieni_run import run_pieni_relabelled

CUT = "otsikosta poistettiin nimi"


@pytest.mark.parametrize("redact", [False, True], ids=["plain", "redact"])
def test_a_name_cut_from_a_label_is_said_and_not_kept_in_the_trace(
    tmp_path: Path, redact: bool
) -> None:
    output, out = run_pieni_relabelled(tmp_path, "Matti Virtasen ehdotus", redact=redact)
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
    output, out = run_pieni_relabelled(tmp_path, "Rannan siivous")
    assert CUT not in output
    assert "Otsikosta poistettiin nimi" not in (out / "report.html").read_text("utf-8")
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["corrections"]["renamed"] == {"luottamus": "Rannan siivous"}
