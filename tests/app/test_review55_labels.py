"""Review 55 #2 (mend114): a label an analyst writes in corrections.csv is quoted by the
run's warnings (a theme row that found no theme, two labels for one theme, two themes of one
label); none of them may carry a person's name into the printed lines, summary.json or
report.html, with `--redact` or without. On the fixture clinic `pieni`, through the real CLI;
the name is our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pieni_run import run_pieni

ROWS = (
    "id,theme,label\n"
    ",uusi-1,Marjatta Kivelän ehdotukset\n"  # a theme row with no members: unplaced
    "pieni/ryhma1.txt:1,siilot,Kivelän Marjatan muistio\n"  # one theme, two labels: a clash
    "pieni/ryhma1.txt:3,siilot,Marjatta Kivelän lista\n"
    "pieni/ryhma1.txt:4,kirjastoauto,Marjatta Kivelän lista\n"  # two themes, one label
)


@pytest.mark.parametrize("redact", [False, True])
def test_no_label_of_the_analyst_carries_a_name_out(tmp_path: Path, redact: bool) -> None:
    code, output, out = run_pieni(tmp_path, ROWS, redact=redact)
    assert code == 0, output
    assert "uusi-1" in output  # the unplaced row is still warned, by its id
    summary = (out / "summary.json").read_text(encoding="utf-8")
    record = json.loads(summary)["corrections"]
    assert record["unplaced"] and record["clashes"]
    assert any("siilot" in line and "kirjastoauto" in line for line in record["warnings"])
    published = {
        "output": output,
        "summary.json": summary,
        "report.html": (out / "report.html").read_text(encoding="utf-8"),
    }
    for where, text in published.items():
        for name in ("Marjatta", "Marjatan", "Kivelän"):
            assert name not in text, (where, name)
