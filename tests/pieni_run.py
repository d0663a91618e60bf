"""`run` through the real CLI on a copy of the fixture clinic `pieni` with a corrections file
of the test's own: the one copy for tests/app/test_correction_theme_ids.py,
test_review48_corrections.py, test_review49_corrections.py, test_label_withheld_whole.py and
test_label_withheld.py (importable from any test folder, as tests/ holds the root
conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from muistiinpanot.cli import app

REPO = Path(__file__).resolve().parents[1]


def run_pieni(
    tmp_path: Path, corrections: str, *, redact: bool = False, fast: bool = True
) -> tuple[int, str, Path]:
    """`run` on a copy of `pieni` (made once per `tmp_path`) with `corrections` as its file
    (and `--redact` when `redact`; the accurate lemmas unless `fast`): (exit code, output on
    one line, a new output folder each call)."""
    clinic = tmp_path / "pieni"
    if not clinic.exists():
        shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    (clinic / "corrections.csv").write_text(corrections, encoding="utf-8")
    out = tmp_path / f"out{len(list(tmp_path.iterdir()))}"
    themes = str(REPO / "models" / "themes.toml")
    result = CliRunner().invoke(
        app,
        ["run", str(clinic), "--out", str(out), "--themes", themes]
        + (["--fast"] if fast else [])
        + (["--redact"] if redact else []),
    )
    return result.exit_code, " ".join(result.output.split()), out


def run_pieni_relabelled(tmp_path: Path, label: str, *, redact: bool = False) -> tuple[str, Path]:
    """`run` (accurate lemmas) with the theme "luottamus" renamed to `label` by a corrections
    theme row; the run must succeed: (output on one line, output folder)."""
    corrections = f"id,theme,label\n,luottamus,{label}\n"
    code, output, out = run_pieni(tmp_path, corrections, redact=redact, fast=False)
    assert code == 0, output
    return output, out
