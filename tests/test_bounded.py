"""BoundedCache: least recently used out beyond the bound, safe from several threads."""

from __future__ import annotations

import threading

import pytest

from muistiinpanot.bounded import BoundedCache


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
