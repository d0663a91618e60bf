"""libvoikko with its analyses cached by word form, so that repeated words cost nothing."""

from __future__ import annotations

import threading
from typing import Any

import libvoikko

Analysis = dict[str, str]


class VoikkoCache:
    """A Voikko instance whose `analyze`, `spell` and `suggest` results are cached by form.

    Tests may inspect `hits`/`misses` and call `clear()`. Returned analyses are shared: treat
    them as read-only.
    """

    def __init__(self, language: str = "fi") -> None:
        self._voikko: Any = libvoikko.Voikko(language)
        self._lock = threading.Lock()
        self._analyses: dict[str, tuple[Analysis, ...]] = {}
        self._spell: dict[str, bool] = {}
        self._suggest: dict[str, tuple[str, ...]] = {}
        self.hits = 0
        self.misses = 0

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        """All of Voikko's analyses of `word`, in Voikko's order (possibly none)."""
        cached = self._analyses.get(word)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        with self._lock:
            result = tuple(dict(a) for a in self._voikko.analyze(word))
        self._analyses[word] = result
        return result

    def spell(self, word: str) -> bool:
        cached = self._spell.get(word)
        if cached is None:
            with self._lock:
                cached = bool(self._voikko.spell(word))
            self._spell[word] = cached
        return cached

    def suggest(self, word: str) -> tuple[str, ...]:
        """Voikko's spelling suggestions for `word`, best first."""
        cached = self._suggest.get(word)
        if cached is None:
            with self._lock:
                cached = tuple(self._voikko.suggest(word))
            self._suggest[word] = cached
        return cached

    def __len__(self) -> int:
        return len(self._analyses)

    def clear(self) -> None:
        self._analyses.clear()
        self._spell.clear()
        self._suggest.clear()
        self.hits = 0
        self.misses = 0
