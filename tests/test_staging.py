"""Output folders replaced whole: lock, staging, swap, leftovers of killed runs, umask."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from muistiinpanot import staging as staging_module
from muistiinpanot.errors import LockedError, OutputError
from muistiinpanot.fileio import write_text_atomic
from muistiinpanot.staging import (
    MANIFEST,
    clean_leftovers,
    lock_path,
    new_staging_folder,
    output_lock,
    read_manifest,
    replace_dir_atomically,
    staged_folders,
)


def _publish(target: Path, files: dict[str, str]) -> None:
    with staged_folders([target]) as (staging,):
        for name, text in files.items():
            write_text_atomic(staging / name, text)
        replace_dir_atomically(staging, target)


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "rename-aside"])
def test_replace_dir_atomically_swaps_whole_set_and_keeps_what_we_did_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    if not exchange:
        monkeypatch.setattr(staging_module, "_exchange", lambda first, second: False)
    target = tmp_path / "out"
    _publish(target, {"notes.csv": "vanha", "summary.md": "vanha", "vain-vanha.csv": "v"})
    assert set(read_manifest(target)) == {"notes.csv", "summary.md", "vain-vanha.csv"}
    (target / "oma.txt").write_text("käyttäjän", encoding="utf-8")
    (target / "omat").mkdir()
    (target / "omat" / "luonnos.md").write_text("luonnos", encoding="utf-8")
    (target / "linkki").symlink_to("omat")
    _publish(target, {"notes.csv": "uusi", "summary.md": "uusi"})
    assert _tree(target) == {
        "notes.csv": "uusi",
        "summary.md": "uusi",
        "oma.txt": "käyttäjän",
        "omat/luonnos.md": "luonnos",
    }
    assert os.readlink(target / "linkki") == "omat"
    assert set(read_manifest(target)) == {"notes.csv", "summary.md"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging, old or lock


def test_manifest_lists_size_and_hash_of_every_file(tmp_path: Path) -> None:
    _publish(tmp_path / "out", {"a.csv": "yksi", "b/c.md": "kaksi"})
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == ["a.csv", "b/c.md"]
    assert manifest["files"]["a.csv"]["bytes"] == 4
    assert len(str(manifest["files"]["a.csv"]["sha256"])) == 64


def test_failed_run_leaves_previous_outputs_and_no_staging(tmp_path: Path) -> None:
    target = tmp_path / "out"
    _publish(target, {"notes.csv": "vanha"})
    with pytest.raises(RuntimeError), staged_folders([target]) as (staging,):
        write_text_atomic(staging / "notes.csv", "uusi")
        raise RuntimeError("stage failed")
    assert _tree(target) == {"notes.csv": "vanha"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize(
    ("umask", "file_mode", "dir_mode"), [(0o022, 0o644, 0o755), (0o027, 0o640, 0o750)]
)
def test_outputs_follow_umask(tmp_path: Path, umask: int, file_mode: int, dir_mode: int) -> None:
    previous = os.umask(umask)
    try:
        _publish(tmp_path / "out" / "klinikka", {"notes.csv": "x", "sub/summary.md": "y"})
    finally:
        os.umask(previous)
    clinic = tmp_path / "out" / "klinikka"
    for folder in (tmp_path / "out", clinic, clinic / "sub"):
        assert stat.S_IMODE(folder.stat().st_mode) == dir_mode, folder
    for file in (clinic / "notes.csv", clinic / "sub" / "summary.md", clinic / MANIFEST):
        assert stat.S_IMODE(file.stat().st_mode) == file_mode, file


def test_leftovers_of_dead_runs_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "out"
    dead, live = _dead_pid(), os.getppid()
    for name in (f".out.staging-{dead}-0a1b", f".out.old-{dead}-0a1b", f".out.staging-{live}-ff"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "notes.csv").write_text("puolikas", encoding="utf-8")
    (tmp_path / ".muu.staging-1-ff").mkdir()  # another folder's: not ours to judge
    (tmp_path / ".out.staging-notes").mkdir()  # not our name pattern
    target.mkdir()
    staging = new_staging_folder(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".muu.staging-1-ff", ".out.staging-notes", f".out.staging-{live}-ff", "out", staging.name]
    )


def test_missing_folder_is_restored_from_a_killed_rename_aside(tmp_path: Path) -> None:
    old = tmp_path / f".out.old-{_dead_pid()}-00ff"
    old.mkdir()
    (old / "notes.csv").write_text("edellinen", encoding="utf-8")
    clean_leftovers(tmp_path / "out")
    assert _tree(tmp_path / "out") == {"notes.csv": "edellinen"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_second_lock_holder_fails_after_timeout_with_pid(tmp_path: Path) -> None:
    target = tmp_path / "out"
    with output_lock(target, timeout=0):
        assert lock_path(target).read_text(encoding="utf-8") == f"{os.getpid()}\n"
        with pytest.raises(LockedError) as caught, output_lock(target, timeout=0):
            pass
    assert f"prosessi {os.getpid()}" in caught.value.user_message()
    assert caught.value.path == target
    assert not lock_path(target).exists()  # removed on release


def test_waiting_lock_holder_gets_the_lock_when_it_is_released(tmp_path: Path) -> None:
    target = tmp_path / "out"
    first = output_lock(target, timeout=0)
    first.__enter__()
    holders: list[int | None] = []

    def release(holder: int | None) -> None:
        holders.append(holder)
        first.__exit__(None, None, None)

    with output_lock(target, timeout=600, on_wait=release):
        assert lock_path(target).exists()
    assert holders == [os.getpid()]
    assert not lock_path(target).exists()


def test_file_in_the_way_of_output_folder(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        new_staging_folder(tmp_path / "out")
    assert caught.value.message_key == "output_exists_file"


def test_file_in_the_way_of_a_parent_folder(tmp_path: Path) -> None:
    (tmp_path / "tiedosto").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as caught, output_lock(tmp_path / "tiedosto" / "out", 0):
        pass
    assert caught.value.message_key == "output_exists_file"
    assert caught.value.path == tmp_path / "tiedosto" / "out"


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs")
def test_unwritable_place_is_named() -> None:
    # sysfs refuses new folders even to root, so this runs as root and as a user
    target = Path("/sys/muistiinpanot-testi/out")
    with pytest.raises(OutputError) as caught, output_lock(target, 0):
        pass
    assert caught.value.message_key == "output_not_writable"
    assert caught.value.path == target
    assert "tulostekansioon ei voi kirjoittaa" in caught.value.user_message()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_parent_is_refused(tmp_path: Path) -> None:
    parent = tmp_path / "vain-luku"
    parent.mkdir(mode=0o555)
    try:
        with pytest.raises(OutputError) as caught, output_lock(parent / "out", 0):
            pass
    finally:
        parent.chmod(0o755)
    assert caught.value.message_key == "output_not_writable"


def test_symlinked_output_folder_is_replaced_where_it_points(tmp_path: Path) -> None:
    real = tmp_path / "www" / "klinikka"
    _publish(real, {"notes.csv": "vanha"})
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "klinikka").symlink_to(real)
    with output_lock(tmp_path / "out" / "klinikka", timeout=0):
        with pytest.raises(LockedError), output_lock(real, timeout=0):
            pass  # one lock, whichever path names the folder
        _publish(tmp_path / "out" / "klinikka", {"notes.csv": "uusi"})
    assert (tmp_path / "out" / "klinikka").is_symlink()
    assert _tree(real) == {"notes.csv": "uusi"}
    assert sorted(p.name for p in (tmp_path / "www").iterdir()) == ["klinikka"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["klinikka"]
