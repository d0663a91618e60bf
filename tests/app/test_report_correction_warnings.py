"""mend100 #2: report.html lists the run's warnings about the analyst's corrections; with
--redact they are redacted as summary.json and the store's warnings are (a name in a file
name of a note id is not shown). Real CLI, fast lemmas, a fixture clinic (no dev data)."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from typer.testing import CliRunner

from muistiinpanot.cli import app

REPO = Path(__file__).resolve().parents[2]


def _report(tmp_path: Path, *options: str) -> str:
    clinic = tmp_path / "pieni"
    if not clinic.exists():
        shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
        (clinic / "Pekka Virtanen.txt").write_text("kokeilut jäävät pilotiksi\n", "utf-8")
        rows = "id,theme\npieni/Pekka Virtanen.txt:9,siilot\npieni/ryhma1.txt:4,uusi-37\n"
        (clinic / "corrections.csv").write_text(rows, encoding="utf-8")
    out = tmp_path / f"out{len(options)}"
    themes = str(REPO / "models" / "themes.toml")
    args = ["run", str(clinic), "--out", str(out), "--fast", "--themes", themes, *options]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return html.unescape((out / "report.html").read_text(encoding="utf-8"))


def test_the_report_lists_the_correction_warnings_redacted_as_summary_json(
    tmp_path: Path,
) -> None:
    page = _report(tmp_path)
    listed = page.partition('<ul class="correction-warnings">')[2].partition("</ul>")[0]
    assert "riviä ei sovellettu: rivi 3 / row 3: uusi-37" in listed
    assert "pieni/Pekka Virtanen.txt:9" in listed  # the id that matched no note
    redacted = _report(tmp_path, "--redact")
    listed = redacted.partition('<ul class="correction-warnings">')[2].partition("</ul>")[0]
    assert "riviä ei sovellettu: rivi 3 / row 3: uusi-37" in listed
    assert "Virtanen" not in redacted and "Pekka" not in redacted
