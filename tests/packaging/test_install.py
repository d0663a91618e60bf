"""The package as a user installs it: a plain `pip install` of the wheel (no extras) into a
fresh virtual environment, run from a folder outside the repository; and the same output
whatever the current folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CLINIC = REPO / "corpus" / "2025-09-siilot-yhteistyo"
OUTPUTS = ("notes.csv", "summary.md")


def _run_cli(python: Path | str, cwd: Path, out: Path, *extra: str, source: str = "") -> None:
    """Run the CLI; `source` is the PYTHONPATH: the checkout's src/ for the checkout's own
    code (in a git worktree the shared venv's editable install points at another checkout),
    "" for an installed wheel."""
    result = subprocess.run(
        [str(python), "-m", "muistiinpanot", "run", str(CLINIC), "--out", str(out), *extra],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHONPATH": source},
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def root_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`muistiinpanot run` from the repository root, the reference output."""
    out = tmp_path_factory.mktemp("root") / "out"
    _run_cli(sys.executable, REPO, out, "--fast", source=str(REPO / "src"))
    return out


def test_run_from_another_folder_equals_run_from_the_root(root_run: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    _run_cli(sys.executable, elsewhere, tmp_path / "out", "--fast", source=str(REPO / "src"))
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (root_run / name).read_bytes(), name


def test_plain_install_of_the_wheel_runs_from_outside_the_repository(
    root_run: Path, tmp_path: Path
) -> None:
    """Builds the wheel, installs it WITHOUT extras into a fresh venv (dependencies from the
    package index, as a user gets them) and runs a corpus clinic from another folder."""
    if shutil.which("bash") is None:  # pragma: no cover - every Debian has it
        pytest.skip("no bash")
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("muistiinpanot-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=1200
    )
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    _run_cli(python, elsewhere, tmp_path / "out", "--fast")
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (root_run / name).read_bytes(), name
