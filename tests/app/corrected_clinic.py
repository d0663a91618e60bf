"""One real CLI run (fast; real spaCy and Voikko) of the uimahalli test clinic (tests/fixtures,
our own notes) with lines of a test's own appended to its group files and its corrections.csv,
as the analyst-correction tests of reviews 80, 84 and 85 run it."""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

from typer.testing import CliRunner

from muistiinpanot.cli import app

REPO = Path(__file__).resolve().parents[2]
CLINIC = REPO / "tests" / "fixtures" / "summarize" / "uimahalli"


def run_corrected(
    root: Path, lines: Mapping[str, Sequence[str]], corrections: str
) -> tuple[dict[str, object], str, str]:
    """summary.json, report.html (unescaped) and the command's output of the clinic copied to
    `root`/uimahalli with `lines` (file name → lines) appended and `corrections` as its
    corrections.csv, written to `root`/out."""
    clinic = root / "uimahalli"
    shutil.copytree(CLINIC, clinic)
    for name, added in lines.items():
        with (clinic / name).open("a", encoding="utf-8") as notes:
            notes.writelines(f"{line}\n" for line in added)
    (clinic / "corrections.csv").write_text(corrections, encoding="utf-8")
    themes = str(REPO / "models" / "themes.toml")
    result = CliRunner().invoke(
        app, ["run", str(clinic), "--out", str(root / "out"), "--themes", themes, "--fast"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads((root / "out" / "summary.json").read_text("utf-8"))
    page = html.unescape((root / "out" / "report.html").read_text("utf-8"))
    return summary, page, result.output
