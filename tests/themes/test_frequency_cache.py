"""The labels' general-Finnish Zipf frequencies kept in the user cache (themes/
frequency_cache.py): a later process answers from the entry without importing wordfreq; a
broken, malformed or stale entry is never trusted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.themes import ThemeSettings, assign_themes, frequency_cache
from muistiinpanot.themes.frequency_cache import (
    cached_frequency,
    clear_frequencies,
    save_frequencies,
)
from muistiinpanot.themes.label_general import general_zipf

#: everyday words, a rare one and a non-word
WORDS = ["hinta", "koulu", "lupiini", "xqzvw"]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path / "c"))
    clear_frequencies()
    yield tmp_path / "c"
    clear_frequencies()


def _entry(cache: Path) -> Path:
    (path,) = cache.glob("derived-zipf-*.json")
    return path


def test_assign_themes_keeps_label_frequencies_for_the_next_process(
    cache: Path,
    make_notes: Callable[[Sequence[tuple[str, str]]], list[Note]],
    analyzer: LemmaAnalyzer,
    emergent_pairs: list[tuple[str, str]],
) -> None:
    assign_themes(make_notes(emergent_pairs), (), analyzer, ThemeSettings())
    kept = json.loads(_entry(cache).read_text(encoding="utf-8"))
    assert kept  # the words the labels asked about
    assert all(value == general_zipf(word) for word, value in kept.items())
    script = (
        "import json, sys\n"
        "from muistiinpanot.themes.frequency_cache import cached_frequency\n"
        f"values = {{w: cached_frequency(w) for w in {sorted(kept)!r}}}\n"
        "print(json.dumps([values, 'wordfreq' in sys.modules]))\n"
    )
    env = {**os.environ, "MUISTIINPANOT_CACHE": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout
    values, imported = json.loads(out)
    assert values == kept
    assert imported is False


def test_a_word_missing_from_the_entry_is_read_and_added(cache: Path) -> None:
    assert cached_frequency("hinta") == general_zipf("hinta")
    save_frequencies()
    clear_frequencies()
    assert cached_frequency("koulu") == general_zipf("koulu")
    # another process added a word meanwhile: saving keeps it
    path = _entry(cache)
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**on_disk, "lupiini": 1.5}), encoding="utf-8")
    save_frequencies()
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "hinta": general_zipf("hinta"),
        "koulu": general_zipf("koulu"),
        "lupiini": 1.5,
    }


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '["hinta", 9.0]',
        '{"hinta": "9.0"}',
        '{"hinta": 9}',
        '{"hinta": true}',
        '{"hinta": -1.0}',
        '{"hinta": NaN}',
    ],
)
def test_a_broken_entry_is_rebuilt_never_trusted(
    cache: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    cached_frequency("koulu")
    save_frequencies()
    path = _entry(cache)
    clear_frequencies()
    path.write_text(content, encoding="utf-8")
    assert [cached_frequency(word) for word in WORDS] == [general_zipf(word) for word in WORDS]
    assert any("rebuilding" in message for message in caplog.messages)
    save_frequencies()
    assert json.loads(path.read_text(encoding="utf-8")) == {
        word: general_zipf(word) for word in WORDS
    }


def test_an_entry_of_another_wordfreq_version_is_not_read(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached_frequency("hinta")
    save_frequencies()
    _entry(cache).write_text('{"hinta": 9.5}', encoding="utf-8")
    clear_frequencies()
    assert cached_frequency("hinta") == 9.5  # the entry is what answers
    clear_frequencies()
    monkeypatch.setattr(frequency_cache, "version", lambda name: "0.0-other")
    assert cached_frequency("hinta") == general_zipf("hinta") != 9.5
