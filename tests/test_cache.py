"""The user cache folder: bounded, least recently used first, and never touches what is not ours."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
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


def _decode_words(data: object) -> frozenset[str]:
    if not isinstance(data, list) or not all(isinstance(word, str) for word in data):
        raise TypeError("a list of words")
    return frozenset(data)


def _cached_words(key: list[str], calls: list[list[str]]) -> frozenset[str]:
    def compute() -> frozenset[str]:
        calls.append(key)
        return frozenset(word.lower() for word in key)

    return cache.cached_json("test-words", key, compute, sorted, _decode_words)


def test_cached_json_computes_once_per_key_and_again_for_another(folder: Path) -> None:
    calls: list[list[str]] = []
    assert _cached_words(["Kela", "Sitra"], calls) == {"kela", "sitra"}
    assert _cached_words(["Kela", "Sitra"], calls) == {"kela", "sitra"}  # read back
    assert len(calls) == 1
    assert _cached_words(["Kela", "Usva"], calls) == {"kela", "usva"}  # another input
    assert _cached_words(["KelaSitra"], calls) == {"kelasitra"}  # parts are kept apart
    assert len(calls) == 3
    assert len(list(folder.glob("derived-test-words-*.json"))) == 3
    assert cache.usage().entries == 3  # ours: pruned and cleared like the others


def test_cached_json_ignores_a_broken_entry_with_a_warning_and_rewrites_it(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[list[str]] = []
    _cached_words(["Kela"], calls)
    (path,) = folder.glob("derived-test-words-*.json")
    for broken in ('{"kela": 1}', "[1, 2]", '["kela"', ""):
        path.write_text(broken, encoding="utf-8")
        caplog.clear()
        assert _cached_words(["Kela"], calls) == {"kela"}
        assert caplog.messages == [
            "välimuistin merkintä on rikki tai vanhaa muotoa, rakennetaan uudelleen / "
            f"broken or outdated cache entry, rebuilding: {path}"
        ]
        assert path.read_text(encoding="utf-8") == '["kela"]'  # rewritten
    assert len(calls) == 5


def test_cached_json_writes_whole_entries_when_many_write_at_once(folder: Path) -> None:
    import concurrent.futures as cf

    key = [f"sana{number}" for number in range(2000)]
    with cf.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: _cached_words(key, []), range(16)))
    assert all(result == frozenset(key) for result in results)
    (path,) = folder.glob("derived-*")  # one entry, no staging file left behind
    assert _decode_words(json.loads(path.read_text(encoding="utf-8"))) == frozenset(key)


def _write_two_files(text: str) -> Callable[[Path], None]:
    def write(staging: Path) -> None:
        (staging / "a.txt").write_text(text, encoding="utf-8")
        (staging / "b.txt").write_text(text.upper(), encoding="utf-8")

    return write


def test_write_folder_replaces_the_entry_whole_and_leaves_no_staging(folder: Path) -> None:
    entry = folder / "classifier-0123abcd"
    cache.write_folder(entry, _write_two_files("vanha"))
    (entry / "stale.txt").write_text("x", encoding="utf-8")
    cache.write_folder(entry, _write_two_files("uusi"))
    assert sorted(path.name for path in entry.iterdir()) == ["a.txt", "b.txt"]
    assert (entry / "b.txt").read_text(encoding="utf-8") == "UUSI"
    assert sorted(path.name for path in folder.iterdir()) == ["classifier-0123abcd"]


def test_write_folder_warns_and_goes_on_when_the_cache_cannot_be_written(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    entry = blocker / "cache" / "simplemma-fi"
    cache.write_folder(entry, _write_two_files("sana"))
    (message,) = caplog.messages
    assert message.startswith(f"välimuistiin ei voi kirjoittaa ({entry}: ")
    assert not entry.exists()


def test_source_digest_changes_with_the_code(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text("A = 1\n", encoding="utf-8")
    before = cache.source_digest(source)
    source.write_text("A = 2\n", encoding="utf-8")
    assert cache.source_digest(source) != before
