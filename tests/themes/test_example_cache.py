"""The disk cache of lemmatized examples and the fitted classifier: reused when identical,
ignored when broken."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.cache import cache_folder
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.classifier import SeededClassifier
from muistiinpanot.themes.example_cache import cached_classifier, cached_docs, cached_vectors
from muistiinpanot.vectorize import VectorCache


def test_cached_docs_computes_once_per_input(user_cache: Path) -> None:
    calls: list[int] = []

    def compute(texts: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        calls.append(len(texts))
        return tuple((t.lower(),) for t in texts)

    assert cached_docs(["A", "B"], "fast", compute) == (("a",), ("b",))
    assert cached_docs(["A", "B"], "fast", compute) == (("a",), ("b",))
    assert calls == [2]
    cached_docs(["A", "B"], "accurate", compute)
    cached_docs(["A", "C"], "fast", compute)
    assert calls == [2, 2, 2]
    assert cache_folder() == user_cache


def test_cached_docs_ignores_malformed_file(
    user_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cached_docs(["A"], "fast", lambda texts: (("a",),))
    assert not caplog.messages  # a missing entry is no news
    (path,) = user_cache.glob("examples-*.json")
    path.write_text('{"not": "a list"}', encoding="utf-8")
    assert cached_docs(["A"], "fast", lambda texts: (("x",),)) == (("x",),)
    assert caplog.messages == [
        "välimuistin merkintä on rikki tai vanhaa muotoa, rakennetaan uudelleen / "
        f"broken or outdated cache entry, rebuilding: {path}"
    ]


def test_cached_docs_unwritable_cache_warns_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(blocker / "cache"))
    assert cached_docs(["A"], "fast", lambda texts: (("a",),)) == (("a",),)
    (message,) = caplog.messages
    assert message.startswith(f"välimuistiin ei voi kirjoittaa ({blocker / 'cache'}/examples-")
    assert "/ cannot write the cache (" in message


def test_cached_classifier_fits_once_and_loads_identically(
    user_cache: Path, analyzer: LemmaAnalyzer
) -> None:
    vectors = VectorCache(analyzer)
    docs = (("siilo", "raja"), ("luottamus",), ("kahvi",), ("siilo",), ("luottaa",))
    texts = ["siilon raja", "luottamus", "kahvi", "siilot", "luottaa"]
    labels = ["siilot", "luottamus", "other", "siilot", "luottamus"]
    fits: list[int] = []

    def fit() -> SeededClassifier:
        fits.append(1)
        return SeededClassifier(C=2.0).fit(docs, texts, labels, vectors)

    first = cached_classifier(docs, texts, labels, fit, params="C=2")
    second = cached_classifier(docs, texts, labels, fit, params="C=2")
    assert fits == [1]
    np.testing.assert_array_equal(
        first.predict_proba(docs, texts, vectors), second.predict_proba(docs, texts, vectors)
    )
    cached_classifier(docs, texts, labels, fit, params="C=3")
    assert fits == [1, 1]
    cached_classifier(docs, [*texts[:-1], "luotan"], labels, fit, params="C=2")
    assert fits == [1, 1, 1]  # the texts are part of the key


def test_cached_vectors_are_the_lookups_stored_once(
    user_cache: Path, fast_analyzer: LemmaAnalyzer, caplog: pytest.LogCaptureFixture
) -> None:
    vectors = VectorCache(fast_analyzer)
    words = ["siilo", "raja", "luottamus"]
    first = cached_vectors(words, vectors)
    (path,) = user_cache.glob("vectors-*.npy")
    assert first.tobytes() == np.array([vectors.get(w) for w in words]).tobytes()
    assert cached_vectors(words, VectorCache(fast_analyzer)).tobytes() == first.tobytes()
    cached_vectors(words[:2], vectors)
    assert len(list(user_cache.glob("vectors-*.npy"))) == 2
    path.write_bytes(b"broken")
    assert cached_vectors(words, vectors).tobytes() == first.tobytes()
    assert caplog.messages[0].endswith(f"rebuilding: {path}")


def test_cached_generic_words_are_label_generic_words_and_follow_their_inputs(
    user_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from muistiinpanot.themes import example_cache
    from muistiinpanot.themes.label import generic_words

    docs = (("kunta", "siilo"), ("kunta", "luottamus"), ("kunta", "siilo"), ("kunta", "data"))
    labels = ("siilot", "luottamus", "siilot", "data")
    calls: list[float] = []

    def counted(
        docs: Sequence[Sequence[str]], labels: Sequence[str], share: float, spread: float
    ) -> frozenset[str]:
        calls.append(share)
        return generic_words(docs, labels, share, spread)

    monkeypatch.setattr(example_cache, "generic_words", counted)
    expected = generic_words(docs, labels, 0.5, 0.8)
    assert expected == {"kunta"}
    assert example_cache.cached_generic_words(docs, labels, 0.5, 0.8) == expected
    assert example_cache.cached_generic_words(docs, labels, 0.5, 0.8) == expected
    assert calls == [0.5]  # the second came from disk
    relabelled = ("siilot", "siilot", "siilot", "data")
    assert example_cache.cached_generic_words(docs, relabelled, 0.5, 0.8) == generic_words(
        docs, relabelled, 0.5, 0.8
    )
    example_cache.cached_generic_words(docs, labels, 0.0, 0.8)
    assert calls == [0.5, 0.5, 0.0]  # other labels, other thresholds: computed again
    assert len(list(user_cache.glob("derived-generic-words-*.json"))) == 3
