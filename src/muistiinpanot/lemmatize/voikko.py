"""libvoikko with its analyses cached by word form, so that repeated words cost nothing.

Analyses are read through libvoikko's C functions on a handle of our own: per new word the
Python wrapper's `analyze` adds ~9 µs of ctypes work to Voikko's ~12 µs, and decoding the key
names once and walking the pointer arrays directly brings that to ~5 µs (UD Finnish-TDT dev
forms). The wrapper instance still serves `spell` and `suggest`.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Mapping
from ctypes import byref, c_char_p
from typing import Any

import libvoikko

from muistiinpanot.bounded import put_bounded

Analysis = dict[str, str]


class VoikkoCache:
    """A Voikko instance whose `analyze`, `spell` and `suggest` results are cached by form.

    Tests may inspect `hits`/`misses` and call `clear()`. Returned analyses are shared: treat
    them as read-only. Each table (analyses, spellings, suggestions) holds at most
    `max_forms` forms (bounded.put_bounded: emptied when full; results do not depend on it).
    """

    def __init__(self, language: str = "fi", max_forms: int = 100_000) -> None:
        self.max_forms = max_forms
        self._voikko: Any = libvoikko.Voikko(language)
        self._lib: Any = libvoikko.VoikkoLibrary.open()
        error = c_char_p()
        self._handle: int = self._lib.voikkoInit(byref(error), language.encode(), None)
        if error.value is not None or not self._handle:
            raise RuntimeError(f"libvoikko failed to start: {error.value!r}")
        weakref.finalize(self, self._lib.voikkoTerminate, self._handle)
        self._keys: dict[bytes, str] = {}
        self._lock = threading.Lock()
        self._analyses: dict[str, tuple[Analysis, ...]] = {}
        self._spell: dict[str, bool] = {}
        self._suggest: dict[str, tuple[str, ...]] = {}
        self.hits = 0
        self.misses = 0
        self._persisted: dict[str, set[str]] = {"analyze": set(), "spell": set(), "suggest": set()}

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        """All of Voikko's analyses of `word`, in Voikko's order (possibly none)."""
        cached = self._analyses.get(word)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        with self._lock:
            result = self._analyze(word) if "\0" not in word else ()
        return put_bounded(self._analyses, word, result, self.max_forms)

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        lib, names = self._lib, self._keys
        analyses = lib.voikkoAnalyzeWordUcs4(self._handle, word)
        if not analyses:
            return ()
        value_of = lib.voikko_mor_analysis_value_ucs4
        result = []
        i = 0
        while analysis := analyses[i]:
            keys = lib.voikko_mor_analysis_keys(analysis)
            fields: Analysis = {}
            j = 0
            while (key := keys[j]) is not None:
                name = names.get(key)
                if name is None:
                    name = names[key] = key.decode("ascii")
                fields[name] = value_of(analysis, key)
                j += 1
            result.append(fields)
            i += 1
        lib.voikko_free_mor_analysis(analyses)
        return tuple(result)

    def spell(self, word: str) -> bool:
        cached = self._spell.get(word)
        if cached is None:
            with self._lock:
                cached = bool(self._voikko.spell(word))
            put_bounded(self._spell, word, cached, self.max_forms)
        return cached

    def suggest(self, word: str) -> tuple[str, ...]:
        """Voikko's spelling suggestions for `word`, best first."""
        cached = self._suggest.get(word)
        if cached is None:
            with self._lock:
                cached = tuple(self._voikko.suggest(word))
            put_bounded(self._suggest, word, cached, self.max_forms)
        return cached

    def __len__(self) -> int:
        return len(self._analyses)

    def clear(self) -> None:
        self._analyses.clear()
        self._spell.clear()
        self._suggest.clear()
        self.hits = 0
        self.misses = 0
        for forms in self._persisted.values():
            forms.clear()

    def load(self, entries: Mapping[str, Mapping[str, Any]]) -> None:
        """Add cached results, as returned by `dump` (JSON-compatible): {"analyze": {form:
        [analysis, ...]}, "spell": {form: bool}, "suggest": {form: [word, ...]}}: what the
        persistent cache holds, so `dump` then gives every cached result it lacks. At most
        `max_forms` of each kind are kept (the rest is analysed again when met, and dumped
        again: the store ignores a form it has)."""
        limit = self.max_forms
        for kind in self._persisted:
            self._persisted[kind] = set(list(entries.get(kind, {}))[:limit])
        for form, analyses in list(entries.get("analyze", {}).items())[:limit]:
            self._analyses.setdefault(form, tuple(dict(a) for a in analyses))
        for form, correct in list(entries.get("spell", {}).items())[:limit]:
            self._spell.setdefault(form, bool(correct))
        for form, words in list(entries.get("suggest", {}).items())[:limit]:
            self._suggest.setdefault(form, tuple(words))

    def dump(self) -> dict[str, dict[str, Any]]:
        """The cached results that were neither loaded nor dumped before, JSON-compatible, for
        a persistent cache (the archive store keeps them)."""
        result: dict[str, dict[str, Any]] = {}
        for kind, table in self._tables().items():
            persisted = self._persisted[kind]
            result[kind] = {f: _plain(v) for f, v in table.items() if f not in persisted}
            if len(persisted) + len(result[kind]) > self.max_forms:  # memory bound
                persisted.clear()
            persisted.update(result[kind])
        return result

    def _tables(self) -> dict[str, dict[str, Any]]:
        return {"analyze": self._analyses, "spell": self._spell, "suggest": self._suggest}


@functools.cache
def voikko_identity() -> str:
    """libvoikko's version and its dictionaries (language, variant, description): part of the
    key of anything cached on disk that Voikko's analyses decide (another dictionary gives
    another key)."""
    dictionaries = sorted(
        f"{d.language}/{d.script}/{d.variant}/{d.description}" for d in libvoikko.Voikko.listDicts()
    )
    return "\0".join([f"libvoikko {libvoikko.Voikko.getVersion()}", *dictionaries])


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
