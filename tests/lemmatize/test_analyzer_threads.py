"""The analyzer's per-process caches used from several threads at once (the archive's Dask
workers run clinics in threads): with bounds small enough that every call evicts, results
equal those of one thread, and nothing fails."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pytest

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.lemmatize import LemmaAnalyzer

_TEXTS = [
    f"{name} kertoi, että {place} {thing}"
    for name in ("Matti Virtanen", "Liisa", "Pekka Korhonen", "Anna")
    for place in ("Tampereella", "kokouksessa", "kirjastossa")
    for thing in ("bussit kulkevat harvoin", "ruoka loppui kesken")
]


#: Each batch this many times over, in four threads switching as often as they can (with
#: plain dicts cleared when full, a thread read back spans another had just cleared).
_ROUNDS = 30


def _in_threads(call: Callable[[Sequence[str]], Any], batches: list[list[str]]) -> list[Any]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            return list(pool.map(call, batches * _ROUNDS))
    finally:
        sys.setswitchinterval(interval)


@pytest.fixture()
def small_caches(fast_analyzer: LemmaAnalyzer, monkeypatch: pytest.MonkeyPatch) -> LemmaAnalyzer:
    """The session's fast analyzer with caches so small that every call evicts."""
    monkeypatch.setattr(fast_analyzer.persons, "cache", BoundedCache(2))
    monkeypatch.setattr(fast_analyzer.vectors, "cache", BoundedCache(3))
    return fast_analyzer


def test_person_spans_from_threads_equal_one_thread(small_caches: LemmaAnalyzer) -> None:
    batches = [_TEXTS[i : i + 3] for i in range(0, len(_TEXTS), 3)]
    expected = [small_caches.person_spans(batch) for batch in batches] * _ROUNDS
    assert any(spans for batch in expected for spans in batch)  # names were found
    assert _in_threads(small_caches.person_spans, batches) == expected


def test_word_vectors_from_threads_equal_one_thread(small_caches: LemmaAnalyzer) -> None:
    words = sorted({w for text in _TEXTS for w in text.replace(",", "").split()})
    batches = [words[i : i + 4] for i in range(0, len(words), 4)]
    expected = [small_caches.word_vectors(batch) for batch in batches] * _ROUNDS
    for got, want in zip(_in_threads(small_caches.word_vectors, batches), expected, strict=True):
        assert np.array_equal(got, want)
