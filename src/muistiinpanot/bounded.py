"""A bounded, thread-safe cache: what the per-process caches of the analyzer (word vectors,
person spans) and of the labelled examples (word scores) share.

The archive's Dask workers may run several clinics at once in threads of one process, all
using the process's models; every read and write here holds one lock, and a caller keeps the
values it got or computed instead of reading them back (another thread may have evicted them
in between). Least recently used entries go first once `max_items` is passed; results never
depend on the bound, only memory does.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def put_bounded(table: dict[K, V], key: K, value: V, max_items: int) -> V:
    """`table[key] = value`, after emptying `table` when it already holds `max_items`
    entries: the memory bound of the per-word memo tables (Voikko's analyses, lemmas), read
    on every word, so a hit stays one plain dict lookup; emptied whole rather than least
    recently used first, and results never depend on the bound. Returns `value`."""
    if len(table) >= max_items:
        table.clear()
    table[key] = value
    return value


class BoundedCache(Generic[K, V]):
    """At most `max_items` entries, least recently used out first; thread-safe."""

    def __init__(self, max_items: int) -> None:
        if max_items < 1:
            raise ValueError(f"max_items must be at least 1, not {max_items}")
        self.max_items = max_items
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, keys: Iterable[K]) -> dict[K, V]:
        """The entries of `keys` that are kept (each marked as used now)."""
        found: dict[K, V] = {}
        with self._lock:
            for key in keys:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    found[key] = self._entries[key]
        return found

    def put_many(self, items: Mapping[K, V]) -> None:
        """Keep `items` (as used now), dropping the least recently used beyond the bound."""
        with self._lock:
            for key, value in items.items():
                self._entries[key] = value
                self._entries.move_to_end(key)
            while len(self._entries) > self.max_items:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._entries

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
