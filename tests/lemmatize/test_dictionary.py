"""simplemma's dictionary opened through the block index kept in the user cache gives what
simplemma's own reader gives; a broken index is rebuilt with a warning; the cache is keyed by
the dictionary's content."""

from __future__ import annotations

import random
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pytest
from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from muistiinpanot.lemmatize.dictionary import _cache_name, _IndexedStreamMap


def test_indexed_dictionary_from_the_cache_equals_simplemma(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path))
    built = _IndexedStreamMap("fi")  # indexes the stream and stores the index
    (folder,) = tmp_path.glob("simplemma-fi-*")
    cached = _IndexedStreamMap("fi")  # reads the stored index
    reference = StreamMap("fi")
    keys = random.Random(0).sample(list(reference), 3000)
    words = [*keys, "siilorajat", "pitäis", "xyzzy", "", "ö", "zzzzzz"]
    assert [cached.get(w) for w in words] == [reference.get(w) for w in words]
    assert [built.get(w) for w in words] == [reference.get(w) for w in words]
    assert len(cached) == len(reference)
    assert not caplog.messages
    np.save(folder / "lengths.npy", np.zeros((1, 3), dtype=np.int64), allow_pickle=False)
    rebuilt = _IndexedStreamMap("fi")
    assert [rebuilt.get(w) for w in words[:50]] == [reference.get(w) for w in words[:50]]
    assert caplog.messages == [
        "välimuistin merkintä on rikki tai vanhaa muotoa, rakennetaan uudelleen / "
        f"broken or outdated cache entry, rebuilding: {folder}"
    ]
    caplog.clear()
    stream = folder / "stream.bin"  # the decompressed stream is kept beside the index
    assert _IndexedStreamMap("fi").get("siilorajat") == reference.get("siilorajat")
    stream.write_bytes(stream.read_bytes()[:-1000])  # cut short: the last block runs out
    again = _IndexedStreamMap("fi")
    assert [again.get(w) for w in words[:50]] == [reference.get(w) for w in words[:50]]
    assert len(caplog.messages) == 1 and "broken or outdated cache entry" in caplog.messages[0]
    assert stream.stat().st_size > 1000 and _IndexedStreamMap("fi").get("pitäis") == reference.get(
        "pitäis"
    )


def test_dictionary_cache_is_keyed_by_content_not_size(tmp_path: Path) -> None:
    """A shipped dictionary changed in place keeps its size: the cache folder it names still
    changes (the content hash), so the old index is never read for it; the same bytes name
    the same folder, and simplemma's version is part of the name."""
    packed = (DATA_FOLDER / "fi.plzma").read_bytes()
    first, changed, same = (tmp_path / name for name in ("a.plzma", "b.plzma", "c.plzma"))
    first.write_bytes(packed)
    changed.write_bytes(packed[:-1] + bytes([packed[-1] ^ 0xFF]))
    same.write_bytes(packed)
    assert first.stat().st_size == changed.stat().st_size
    assert _cache_name("fi", first) != _cache_name("fi", changed)
    assert _cache_name("fi", first) == _cache_name("fi", same)
    assert f"-{version('simplemma')}-" in _cache_name("fi", first)


def test_repeated_lookups_are_answered_without_decoding_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key asked again (found or not) is answered from the dictionary's memo, not by
    decoding its block again, and the answers stay simplemma's own."""
    from simplemma.strategies.dictionaries import frontcode

    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path))
    indexed = _IndexedStreamMap("fi")
    reference = StreamMap("fi")
    words = ["taloissa", "kirjastossa", "talosa", "kirjatso", "qwxyzzy", "tlaoissa"]
    expected = [reference.get(w) for w in words]
    decoded = []
    records = frontcode._iter_records

    def counting(*args: object) -> object:
        decoded.append(args)
        return records(*args)

    monkeypatch.setattr(frontcode, "_iter_records", counting)
    assert [indexed.get(w) for w in words] == expected
    first = len(decoded)
    assert first > 0
    assert [indexed.get(w) for w in words] == expected
    assert [indexed[w] for w in words if indexed.get(w) is not None] == [
        e for e in expected if e is not None
    ]
    assert len(decoded) == first


def test_known_among_finds_what_get_finds_decoding_each_block_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`known_among` (fast mode's check of an unknown word's one-typo neighbours) answers as
    simplemma's own reader does, for keys inside blocks, at block starts, before the first key
    and after the last; it decodes each block at most once per call and fewer blocks than
    there are keys; keys asked again are answered from the memo, without decoding."""
    from simplemma.strategies.dictionaries import frontcode

    from muistiinpanot.lemmatize.edits import single_edits

    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path))
    indexed = _IndexedStreamMap("fi")
    reference = StreamMap("fi")
    listed = sorted(reference)
    rng = random.Random(1)
    starts = [listed[i] for i in range(0, len(listed), 32)]  # the blocks' first keys
    words = [*rng.sample(listed, 200), "kirjatso", "tlaoissa", "pyöräilijä"]
    for word in words:
        keys = [*single_edits(word), word]
        assert indexed.known_among(keys) == {k for k in keys if reference.get(k) is not None}
    edges = [listed[0], listed[-1], "", "\x00", listed[-1] + "x", *rng.sample(starts, 50)]
    assert indexed.known_among(edges) == {k for k in edges if reference.get(k) is not None}
    keys = list(single_edits("kirjastoissa"))
    expected = {k for k in keys if reference.get(k) is not None}
    decoded = []
    records = frontcode._iter_records

    def counting(*args: object) -> object:
        decoded.append(args[1:])
        return records(*args)

    monkeypatch.setattr(frontcode, "_iter_records", counting)
    found = indexed.known_among(keys)
    assert found == expected
    assert 0 < len(decoded) == len(set(decoded)) < len(keys)
    first = len(decoded)
    assert indexed.known_among(keys) == found
    assert len(decoded) == first
