"""What every clinic shares, kept between runs: the example notes' lower-case nouns (the
publisher's domain words) come from the user cache when the same texts, code and Voikko made
them, and are computed again when any of them changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.app import models
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import lower_case_nouns


def test_domain_nouns_are_computed_once_per_texts_and_read_back(
    user_cache: Path, fast_analyzer: LemmaAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def counted(texts: list[str], voikko: object) -> frozenset[str]:
        calls.append(len(texts))
        return lower_case_nouns(texts, fast_analyzer.voikko)

    monkeypatch.setattr(models, "lower_case_nouns", counted)
    texts = ["kelan kanssa asiat hoituu hitaasti", "päivystyksen jonot ovat pitkiä"]
    expected = lower_case_nouns(texts, fast_analyzer.voikko)
    assert {"kela", "päivystys", "jono"} <= expected
    assert models.domain_nouns(texts, fast_analyzer) == expected
    assert models.domain_nouns(texts, fast_analyzer) == expected
    assert calls == [2]
    more = [*texts, "aamulla oli usva järven päällä"]
    assert "usva" in models.domain_nouns(more, fast_analyzer)  # new texts: computed again
    assert calls == [2, 3]


def test_domain_nouns_key_holds_voikko_and_the_code(
    user_cache: Path, fast_analyzer: LemmaAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["kelan kanssa asiat hoituu hitaasti"]
    models.domain_nouns(texts, fast_analyzer)
    monkeypatch.setattr(models, "voikko_identity", lambda: "libvoikko 9.9\0fi/another")
    models.domain_nouns(texts, fast_analyzer)
    monkeypatch.setattr(models, "__version__", "0.0.0-other")
    models.domain_nouns(texts, fast_analyzer)
    assert len(list(user_cache.glob("derived-domain-words-*.json"))) == 3
