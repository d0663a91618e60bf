"""An analyst's label with names that the post leaves out (review 71 #3, mend143): the post
shows the theme's bullet without the heading (summarize/choose.py, "reads as a name"), and
themes.csv, summary.json (`corrections.renamed`, the themes' trace) and report.html must not
print the label as written either, with or without --redact. The real pipeline on the small
fixture clinic, its "luottamus" theme renamed by a corrections theme row to the review's label
(a label whose names the detector does not read, "Mattin", "Tuulian", but the post does).
Before the mend both runs printed it in themes.csv and summary.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from pieni_run import run_pieni_relabelled

LABEL = "Mattin ja Tuulian ruokalistatoiveet ja oppilaiden osallisuus"


@pytest.mark.parametrize("redact", [False, True], ids=["plain", "redact"])
def test_a_withheld_label_is_published_nowhere(tmp_path: Path, redact: bool) -> None:
    output, out = run_pieni_relabelled(tmp_path, LABEL, redact=redact)
    for name in ("summary.md", "summary.html", "summary.json", "themes.csv", "report.html"):
        published = (out / name).read_text("utf-8")
        assert "Mattin" not in published and "Tuulian" not in published, name
    assert "Mattin" not in output and "Tuulian" not in output
