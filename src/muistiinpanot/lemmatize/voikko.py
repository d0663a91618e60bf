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
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from ctypes import byref, c_char_p
from typing import Any

import libvoikko

from muistiinpanot.bounded import put_bounded

Analysis = dict[str, str]
#: A persistent cache's stored results of `kind` for `forms` ({form: JSON value}, only the
#: forms it holds): the archive store's indexed lookup (attach).
Lookup = Callable[[str, Sequence[str]], Mapping[str, Any]]


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
        self._lookup: Lookup | None = None

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        """All of Voikko's analyses of `word`, in Voikko's order (possibly none)."""
        cached = self._analyses.get(word)
        if cached is not None:
            self.hits += 1
            return cached
        with self._lock:
            stored: tuple[Analysis, ...] | None = self._stored("analyze", word)
            if stored is not None:
                self.hits += 1
                return stored
            self.misses += 1
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
                cached = self._stored("spell", word)
                if cached is None:
                    cached = bool(self._voikko.spell(word))
                    put_bounded(self._spell, word, cached, self.max_forms)
        return cached

    def suggest(self, word: str) -> tuple[str, ...]:
        """Voikko's spelling suggestions for `word`, best first."""
        cached = self._suggest.get(word)
        if cached is None:
            with self._lock:
                cached = self._stored("suggest", word)
                if cached is None:
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
        self._lookup = None
        for kind, table in self._tables().items():
            self._persisted[kind] = set(list(entries.get(kind, {}))[:limit])
            for form, value in list(entries.get(kind, {}).items())[:limit]:
                table.setdefault(form, _decoded(kind, value))

    def attach(self, lookup: Lookup) -> None:
        """Instead of `load`ing a persistent cache whole, ask `lookup` for a form met that is
        not in memory, before Voikko (and `prefetch` a clinic's words in one query): a run
        then reads only the forms it meets, however large the store. What the lookup finds
        counts as loaded (`dump` leaves it out); forms in memory from before are dumped again
        (the store ignores a form it has)."""
        with self._lock:
            self._lookup = lookup
            for forms in self._persisted.values():
                forms.clear()

    def prefetch(self, forms: Iterable[str]) -> None:
        """Read the attached lookup's analyses and spellings of `forms` not in memory, in
        one batched query per kind (a form not stored is analysed when met)."""
        if self._lookup is None:
            return
        wanted = list(dict.fromkeys(forms))
        with self._lock:
            for kind in ("analyze", "spell"):
                table = self._tables()[kind]
                missing = [form for form in wanted if form not in table]
                self._keep(kind, self._lookup(kind, missing) if missing else {})

    def _stored(self, kind: str, form: str) -> Any:
        """The attached lookup's result of `kind` for `form`, kept in memory; None when
        nothing is attached or it has none. Called holding the lock."""
        if self._lookup is None:
            return None
        return self._keep(kind, self._lookup(kind, [form])).get(form)

    def _keep(self, kind: str, found: Mapping[str, Any]) -> dict[str, Any]:
        table, persisted = self._tables()[kind], self._persisted[kind]
        kept = {}
        for form, value in found.items():
            kept[form] = put_bounded(table, form, _decoded(kind, value), self.max_forms)
            if len(persisted) >= self.max_forms:  # memory bound, as in dump
                persisted.clear()
            persisted.add(form)
        return kept

    def dump(self, forms: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
        """The cached results that were neither loaded nor dumped before, JSON-compatible, for
        a persistent cache (the archive store keeps them); with `forms`, only theirs (a
        clinic's own words: not what loading the models analysed, the example notes' words),
        the others left for a later dump."""
        result: dict[str, dict[str, Any]] = {}
        for kind, table in self._tables().items():
            persisted = self._persisted[kind]
            result[kind] = {
                f: _plain(v)
                for f, v in table.items()
                if f not in persisted and (forms is None or f in forms)
            }
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


def _decoded(kind: str, value: Any) -> Any:
    """A persistent cache's JSON value of `kind` as the tables hold it."""
    if kind == "analyze":
        return tuple(dict(analysis) for analysis in value)
    if kind == "spell":
        return bool(value)
    return tuple(value)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
