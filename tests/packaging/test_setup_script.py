"""scripts/setup.sh finds a half-made or broken .venv and removes it so that it is rebuilt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "setup.sh"


def _check(venv: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MUISTIINPANOT_VENV": str(venv)}
    return subprocess.run(
        ["bash", str(SCRIPT), "check-venv"], env=env, capture_output=True, text=True, timeout=120
    )


def test_setup_check_venv_removes_a_venv_whose_python_is_gone(tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (venv / "bin" / "python").symlink_to(tmp_path / "poistettu-python")
    result = _check(venv)
    assert result.returncode == 0, result.stderr
    assert "broken or half-made" in result.stdout
    assert not venv.exists()


def test_setup_check_venv_never_removes_a_folder_that_is_not_a_venv(tmp_path: Path) -> None:
    folder = tmp_path / "omat"
    folder.mkdir()
    (folder / "muistiinpanot.txt").write_text("tärkeää\n", encoding="utf-8")
    result = _check(folder)
    assert result.returncode == 1
    assert "not a virtual environment" in result.stderr
    assert (folder / "muistiinpanot.txt").is_file()


def test_setup_check_venv_removes_a_venv_without_pip(tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    result = _check(venv)
    assert "broken or half-made" in result.stdout
    assert not venv.exists()


def test_setup_check_venv_keeps_a_working_venv(tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    result = _check(venv)
    assert "is ok" in result.stdout
    assert (venv / "bin" / "python").exists()
