"""fileio: reading with checks, and atomic writing of one file (whole folders: test_staging)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from muistiinpanot.errors import InputError, OutputError
from muistiinpanot.fileio import read_text, write_text_atomic


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_write_text_atomic_follows_umask(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        write_text_atomic(tmp_path / "a" / "notes.csv", "uusi")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a" / "notes.csv").stat().st_mode) == mode
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["notes.csv"]


def test_write_text_atomic_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("vanha sisältö, pidempi", encoding="utf-8")
    write_text_atomic(path, "uusi")
    assert path.read_text(encoding="utf-8") == "uusi"


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


def test_write_text_atomic_names_an_unwritable_place_without_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio\n", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write_text_atomic(blocker / "predictions.csv", "id,theme\n")
    assert info.value.message_key == "output_not_writable"
    assert "predictions.csv" in info.value.user_message()
