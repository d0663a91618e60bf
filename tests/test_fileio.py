"""Atomic outputs: nothing half-written, other files left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.fileio import atomic_output_dir, read_text, write_text_atomic


def test_atomic_output_dir_moves_files_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "oma.txt").write_text("käyttäjän oma tiedosto", encoding="utf-8")
    (target / "notes.csv").write_text("vanha", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output_dir(target) as staging:
        write_text_atomic(staging / "notes.csv", "uusi")
        raise RuntimeError("stage failed")
    assert (target / "notes.csv").read_text(encoding="utf-8") == "vanha"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    with atomic_output_dir(target) as staging:
        write_text_atomic(staging / "notes.csv", "uusi")
        write_text_atomic(staging / "a" / "themes.csv", "t")
    assert (target / "notes.csv").read_text(encoding="utf-8") == "uusi"
    assert (target / "a" / "themes.csv").read_text(encoding="utf-8") == "t"
    assert (target / "oma.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_atomic_output_dir_refuses_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x", encoding="utf-8")
    with pytest.raises(InputError), atomic_output_dir(tmp_path / "out"):
        pass


def test_read_text_caps_size(tmp_path: Path) -> None:
    path = tmp_path / "iso.txt"
    path.write_text("a" * 100, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_text(path, max_bytes=10)
    assert caught.value.message_key == "too_large"


def test_read_text_accepts_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffluottamus".encode())
    assert read_text(path) == "luottamus"
