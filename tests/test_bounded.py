"""BoundedCache: least recently used out beyond the bound, safe from several threads."""

from __future__ import annotations

import threading

import pytest

from muistiinpanot.bounded import BoundedCache, put_bounded
from muistiinpanot.lemmatize.voikko import VoikkoCache


def test_bounded_cache_drops_the_least_recently_used() -> None:
    cache: BoundedCache[str, int] = BoundedCache(3)
    cache.put_many({"a": 1, "b": 2, "c": 3})
    assert cache.get_many(["a", "x"]) == {"a": 1}  # 'a' used now: 'b' is the oldest
    cache.put_many({"d": 4})
    assert len(cache) == 3 and "b" not in cache
    assert cache.get_many("acd") == {"a": 1, "c": 3, "d": 4}
    cache.put_many({"e": 5, "f": 6, "g": 7, "h": 8})  # more than fits at once
    assert cache.get_many("efgh") == {"f": 6, "g": 7, "h": 8}
    cache.clear()
    assert len(cache) == 0


def test_bounded_cache_rejects_a_bound_below_one() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        BoundedCache(0)


def test_bounded_cache_from_many_threads_keeps_its_bound_and_values() -> None:
    """Threads reading and writing overlapping keys of a small cache: no error, never over
    the bound, and a value read is always the one written for its key."""
    cache: BoundedCache[int, int] = BoundedCache(8)
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for step in range(2000):
                keys = [(offset + step + k) % 20 for k in range(5)]
                for key, value in cache.get_many(keys).items():
                    assert value == key * key
                cache.put_many({key: key * key for key in keys})
                assert len(cache) <= 8
        except BaseException as err:  # collected for the main thread's assertion
            errors.append(err)

    threads = [threading.Thread(target=work, args=(offset,)) for offset in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_put_bounded_empties_a_full_table_first() -> None:
    table: dict[str, int] = {}
    for number, key in enumerate("abcde"):
        assert put_bounded(table, key, number, 3) == number
        assert len(table) <= 3
    assert table == {"d": 3, "e": 4}


def test_voikko_cache_bounded_gives_the_same_analyses() -> None:
    words = ["talo", "talossa", "kunnan", "yhteistyö", "siilot", "luottamus", "talo"]
    bounded, free = VoikkoCache(max_forms=3), VoikkoCache()
    for word in words:
        assert bounded.analyze(word) == free.analyze(word)
        assert bounded.spell(word) == free.spell(word)
        assert len(bounded) <= 3
    # loading a persistent cache keeps at most max_forms of each kind; dump gives only what
    # the loaded entries lacked
    loaded = VoikkoCache(max_forms=3)
    loaded.load(free.dump())
    assert len(loaded) == 3
    loaded.analyze("uusisana")
    assert set(loaded.dump()["analyze"]) == {"uusisana"}
