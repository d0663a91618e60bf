"""Word vectors looked up in batches of `batch_size` words: spaCy's get_batch holds every
subword row of its batch at once, so one call for thousands of new words held ~160 MB; each
word's row is the same however the words are batched."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.lemmatize import LemmaAnalyzer

#: Words of our own that no cache has seen (compounds with a running number).
_NEW_WORDS = [f"kokeilu{i}kunta" for i in range(3000)]


@pytest.fixture()
def fresh_vectors(fast_analyzer: LemmaAnalyzer, monkeypatch: pytest.MonkeyPatch) -> LemmaAnalyzer:
    monkeypatch.setattr(fast_analyzer.vectors, "cache", BoundedCache(10_000))
    return fast_analyzer


def test_many_new_words_take_memory_of_a_batch_not_of_them_all(
    fresh_vectors: LemmaAnalyzer,
) -> None:
    fresh_vectors.word_vectors(["kunta"])  # the table's own first-use allocations
    tracemalloc.start()
    try:
        rows = fresh_vectors.word_vectors(_NEW_WORDS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rows.shape == (len(_NEW_WORDS), fresh_vectors.nlp.vocab.vectors.shape[1])
    assert peak < 10 * rows.nbytes  # the rows, their kept copies and one batch's work


def test_batched_rows_are_each_words_own(fresh_vectors: LemmaAnalyzer) -> None:
    words = _NEW_WORDS[:700]  # more than two batches of 256
    assert fresh_vectors.batch_size < len(words) // 2
    rows = fresh_vectors.word_vectors(words)
    table = fresh_vectors.nlp.vocab.vectors
    alone = np.array([np.asarray(table.get_batch([w]), dtype=np.float32)[0] for w in words])
    assert np.array_equal(rows, alone)
