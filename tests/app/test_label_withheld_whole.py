"""A name in an analyst's label (review 45, mend91; mend146): the label is withheld whole,
never cut around the name (a cut keeps the words next to the name, and those may be another
name the detector missed: review 71, "Mattin ja Tuulian …" cut to "Tuulian …"). The run says
so by theme id, and themes.csv, summary.json's record of the renamed themes, report.html and
the post show the post's nameless heading, under --redact too. The real pipeline on the small
fixture clinic, its "luottamus" theme renamed by a corrections theme row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from muistiinpanot.records import FALLBACK_LABEL
from pieni_run import run_pieni_relabelled

CUT = "otsikosta poistettiin nimi"
WITHHELD = "otsikko jätettiin pois julkaisusta"
PUBLISHED = ("summary.md", "summary.html", "summary.json", "themes.csv", "report.html")


@pytest.mark.parametrize("redact", [False, True], ids=["plain", "redact"])
@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("Matti Virtasen ehdotus", ("Matti", "Virtas", "ehdotus")),
        ("Koulun kerhot ja Virtasen ehdotus", ("Virtas", "Koulun kerhot", "ehdotus")),
    ],
    ids=["name-first", "words-around"],
)
def test_a_label_with_a_name_is_withheld_whole_and_said(
    tmp_path: Path, redact: bool, label: str, words: tuple[str, ...]
) -> None:
    output, out = run_pieni_relabelled(tmp_path, label, redact=redact)
    for name in PUBLISHED:
        published = (out / name).read_text("utf-8")
        assert not any(word in published for word in words), name
    assert f"teema / theme luottamus: {WITHHELD}" in output
    assert CUT not in output
    assert not any(word in output for word in words)
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["corrections"]["renamed"]["luottamus"] == FALLBACK_LABEL
    page = (out / "report.html").read_text("utf-8")
    card = page[page.index('data-theme="luottamus"') :]
    card = card[: card.index("</article>")]
    assert WITHHELD in card.casefold()


def test_an_everyday_label_is_kept_without_the_warning(tmp_path: Path) -> None:
    output, out = run_pieni_relabelled(tmp_path, "Rannan siivous")
    assert CUT not in output and WITHHELD not in output
    page = (out / "report.html").read_text("utf-8").casefold()
    assert CUT not in page and WITHHELD not in page
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["corrections"]["renamed"] == {"luottamus": "Rannan siivous"}
    assert "Rannan siivous" in (out / "summary.md").read_text("utf-8")
