"""Review 56 #1-#2 (mend116), on the fixture clinic `pieni` through the real CLI: a theme an
analyst makes by its name alone (the theme column a new name, no label) is counted as a new
theme in the run's output, summary.json and report.html's header, as one made with a label
is; the run's "korjauksia sovellettu" says how many of them set a note aside as meeting
talk. Written before the change; on the lead (f093e192) the run said "uusia teemoja 0"."""

from __future__ import annotations

import json
from pathlib import Path

from pieni_run import run_pieni


def _applied(out: Path) -> str:
    page = (out / "report.html").read_text(encoding="utf-8")
    return " ".join(page.partition('<p class="applied">')[2].partition("</p>")[0].split())


def test_a_theme_made_by_its_name_alone_is_a_new_theme(tmp_path: Path) -> None:
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:3;Osallisuus\n")
    assert code == 0, output
    assert "teemoja nimetty uudelleen 0, uusia teemoja 1" in output
    assert "themes renamed: 0, new themes: 1" in output
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        assert "osallisuus" in handle.read()
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert trace["created"] == {"osallisuus": "Osallisuus"} and trace["renamed"] == {}
    applied = _applied(out)
    assert "1 uusi teema" in applied and "nimetty uudelleen" not in applied
    assert "1 new theme" in applied


def test_name_and_label_rows_count_the_same_theme_once(tmp_path: Path) -> None:
    rows = (
        "id;teema;nimi\n"
        "pieni/ryhma1.txt:3;Osallisuus;\n"  # by name
        "pieni/ryhma1.txt:1;Kirjastoauto;Kirjastoauto\n"  # by name and label
        "pieni/ryhma1.txt:6;siilot;Tiedon kulku\n"  # a rename of the run's theme
    )
    code, output, out = run_pieni(tmp_path, rows)
    assert code == 0, output
    assert "teemoja nimetty uudelleen 1, uusia teemoja 2" in output
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert set(trace["created"]) == {"osallisuus", "kirjastoauto"}
    assert trace["renamed"] == {"siilot": "Tiedon kulku"}
    assert "1 teema nimetty uudelleen; 2 uutta teemaa" in _applied(out)


def test_naming_a_theme_the_run_has_creates_none(tmp_path: Path) -> None:
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:3;Siilot\n")
    assert code == 0, output
    assert "teemoja nimetty uudelleen 0, uusia teemoja 0" in output
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert trace["created"] == {}


def test_the_run_says_how_many_corrections_set_a_note_aside(tmp_path: Path) -> None:
    rows = "id;teema\npieni/ryhma1.txt:1;kokouspuhe\npieni/ryhma1.txt:3;siilot\n"
    code, output, out = run_pieni(tmp_path, rows)
    assert code == 0, output
    assert "korjauksia sovellettu 2 (niistä kokouspuheena sivuun 1)" in output
    assert "corrections applied: 2 (1 of them set aside as meeting talk)" in output
    assert "1 jätetty sivuun kokouspuheena" in _applied(out)
