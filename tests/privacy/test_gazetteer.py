"""The name gazetteer is read from Faker's providers once and then from the user cache (JSON)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from muistiinpanot.privacy import gazetteer


def test_load_gazetteer_cached_equals_read_from_faker_and_a_broken_entry_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path))
    built = gazetteer.load_gazetteer.__wrapped__()  # type: ignore[attr-defined]
    (entry,) = tmp_path.glob("gazetteer-*.json")
    assert built == gazetteer._read_providers()
    assert "dmitri" in built.first and "mäkelä" in built.last and "mäkelä" in built.finnish
    assert gazetteer.load_gazetteer.__wrapped__() == built  # type: ignore[attr-defined]
    entry.write_text('{"first": ["x"]}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="muistiinpanot.privacy.gazetteer"):
        assert gazetteer.load_gazetteer.__wrapped__() == built  # type: ignore[attr-defined]
    assert "broken or outdated cache entry" in caplog.text
    assert json.loads(entry.read_text(encoding="utf-8"))["first"] == sorted(built.first)


def test_the_cache_key_changes_with_the_register_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed register file is a new cache entry, not the old names (its bytes are in the
    key)."""
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path / "cache"))
    gazetteer.load_gazetteer.__wrapped__()  # type: ignore[attr-defined]
    data = tmp_path / "data"
    data.mkdir()
    for name in gazetteer._REGISTER:
        text = gazetteer._register_file(name).read_text(encoding="utf-8")
        (data / name).write_text(text + "Testinimi;100\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "_register_file", lambda name: data / name)
    changed = gazetteer.load_gazetteer.__wrapped__()  # type: ignore[attr-defined]
    assert "testinimi" in changed.register
    assert len(list((tmp_path / "cache").glob("gazetteer-*.json"))) == 2


@pytest.mark.parametrize("word", ["Omarille", "fatimalle", "ekana", "Virtanen", "xyzzy"])
def test_gazetteer_reading_kept_per_word_answers_as_read_afresh(word: str) -> None:
    gazetteer.gazetteer_reading.cache_clear()
    first = gazetteer.gazetteer_reading(word)
    assert gazetteer.gazetteer_reading.cache_info().misses == 1
    assert (
        gazetteer.gazetteer_reading(word) == first == gazetteer.gazetteer_reading.__wrapped__(word)
    )
    assert gazetteer.gazetteer_reading.cache_info().hits == 1  # the second ask: no lookup
