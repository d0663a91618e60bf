"""An analyst's label is published when it is an everyday phrase, and when the post leaves
it out as read for a person's name, the run's output and the theme's card in report.html say
so, not only `-v` (review 37 #9: "Auton varaaminen" was withheld, and only -v said why). The
real pipeline on the small fixture clinic, its "luottamus" theme renamed by a corrections
theme row."""

from __future__ import annotations

from pathlib import Path

import pytest

from pieni_run import run_pieni_relabelled

WARNING = "otsikko jätettiin pois julkaisusta, koska se luetaan henkilön nimeksi"


@pytest.mark.parametrize("label", ["Auton varaaminen", "Rannan siivous"])
def test_an_everyday_label_is_published_without_a_warning(tmp_path: Path, label: str) -> None:
    output, out = run_pieni_relabelled(tmp_path, label)
    summary = (out / "summary.md").read_text("utf-8")
    assert f"- **{label}.**" in summary
    # named in the opening paragraph, with its count (first or later: ties go by groups)
    assert f"”{label}” (2)" in summary or f"”{label}” (2 muistiinpanoa)" in summary
    assert WARNING not in output
    assert "label-withheld" not in (out / "report.html").read_text("utf-8")


def test_a_label_read_as_a_name_is_said_to_be_withheld(tmp_path: Path) -> None:
    output, out = run_pieni_relabelled(tmp_path, "Hilkka")
    assert "Hilkka" not in (out / "summary.md").read_text("utf-8")
    assert f"teema / theme luottamus: {WARNING}" in output
    assert "reads as a person's name" in output
    assert "Hilkka" not in output  # the label's text is not repeated in the run's output
    page = (out / "report.html").read_text("utf-8")
    card = page[page.index('data-theme="luottamus"') :]
    card = card[: card.index("</article>")]
    assert "Otsikko jätettiin pois julkaisusta, koska se luetaan henkilön nimeksi" in card
