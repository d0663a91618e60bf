"""The user cache folder: bounded, least recently used first, and never touches what is not ours."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from muistiinpanot import cache


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path))
    return tmp_path


def _entry(folder: Path, name: str, size: int, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"x" * size)
    stamp = 1_700_000_000 - age
    os.utime(path, (stamp, stamp))
    return path


def test_cache_prune_evicts_least_recently_used_until_under_the_bound(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    old = _entry(folder, "examples-aaaa.json", 400, age=300)
    middle = _entry(folder, "classifier-bbbb", 400, age=200)
    new = _entry(folder, "examples-cccc.json", 400, age=100)
    with caplog.at_level(logging.INFO, logger="muistiinpanot.cache"):
        assert cache.prune(900) == 1
    assert caplog.messages == [
        "välimuistista poistettiin 1 vähiten käytettyä merkintää (raja 0 Mt) / "
        "evicted 1 least recently used cache entries (limit 0 MB)"
    ]
    assert not old.exists() and middle.exists() and new.exists()
    cache.mark_used(middle)  # a hit makes it the most recent
    assert cache.prune(500) == 1
    assert middle.exists() and not new.exists()


def test_cache_clear_and_prune_leave_files_that_are_not_ours(folder: Path) -> None:
    ours = _entry(folder, "simplemma-fi-2.0.0-b32-abcd", 10, age=10)
    theirs = _entry(folder, "my-notes.txt", 10, age=1000)
    (folder / "google-chrome").mkdir()
    assert cache.prune(0) == 1
    _entry(folder, "examples-dddd.json", 10, age=10)
    removed = cache.clear()
    assert removed.entries == 1
    assert not ours.exists()
    assert theirs.exists() and (folder / "google-chrome").is_dir()
