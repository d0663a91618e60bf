"""The detector reads each text once per reading (notes or published text, with or without
NER, under one set of the domain's words) and keeps what it found: the same text checked
again gives the same spans without being read again; the allowed strings, the settings and the
domain's words still decide. Sentences of our own."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import (
    PrivacySettings,
    configure_privacy,
    domain_words,
    find_personal_data,
    lower_case_nouns,
)
from muistiinpanot.privacy import detect as detect_module


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the name rules read (the real rules, counted)."""
    seen: list[str] = []
    real = detect_module.find_name_spans

    def counted(text: str, *args: object, **kwargs: object) -> object:
        seen.append(text.strip())
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(detect_module, "find_name_spans", counted)
    return seen


def _found(analyzer: LemmaAnalyzer, texts: list[str], **options: object) -> list[list[str]]:
    spans = find_personal_data(texts, analyzer, **options)  # type: ignore[arg-type]
    return [
        [text[s.start : s.end] for s in found] for text, found in zip(texts, spans, strict=True)
    ]


def test_a_text_is_read_once_per_reading(analyzer: LemmaAnalyzer, reads: list[str]) -> None:
    configure_privacy(analyzer, PrivacySettings())  # a memo of our own
    text = "Pekka Virtanen lupasi selvittää asian ensi viikolla"
    assert _found(analyzer, [text, text]) == [["Pekka Virtanen"], ["Pekka Virtanen"]]
    assert _found(analyzer, [text]) == [["Pekka Virtanen"]]
    assert reads == [text]
    assert _found(analyzer, [text], cautious=True) == [["Pekka Virtanen"]]
    assert _found(analyzer, [text], ner=False) == [["Pekka Virtanen"]]
    assert reads == [text] * 3  # each reading once
    # the allowed strings are left out after reading: the same findings, another answer
    assert _found(analyzer, [text], allowed=["pekka virtanen, puh. 040"]) == [[]]
    assert _found(analyzer, [text]) == [["Pekka Virtanen"]]
    assert reads == [text] * 3


def test_the_memo_follows_the_settings_and_the_domain_words(
    analyzer: LemmaAnalyzer, reads: list[str]
) -> None:
    configure_privacy(analyzer, PrivacySettings())
    # "Sumu": no given name of the register, so only the publisher's reading of nouns finds
    # it ("Usva lupasi" is a name by given_words.py in either mode, whatever the settings)
    text = "Sumu lupasi selvittää asian"
    assert _found(analyzer, [text], cautious=True) == [["Sumu"]]
    with domain_words(lower_case_nouns(["aamulla oli sumu järven päällä"], analyzer.voikko)):
        assert _found(analyzer, [text], cautious=True) == [[]]
        assert _found(analyzer, [text], cautious=True) == [[]]
    assert _found(analyzer, [text], cautious=True) == [["Sumu"]]  # outside the block again
    assert reads == [text, text]
    try:
        configure_privacy(analyzer, PrivacySettings(publish_unfitting_nouns=False))
        assert _found(analyzer, [text], cautious=True) == [[]]  # read again, as now set
        assert reads == [text] * 3
    finally:
        configure_privacy(analyzer, PrivacySettings())


def test_the_memo_is_bounded_by_the_setting(analyzer: LemmaAnalyzer, reads: list[str]) -> None:
    try:
        configure_privacy(analyzer, PrivacySettings(detected_texts_kept=2))
        texts = ["Tiina soitti eilen", "Matti lupasi kysyä", "Anna palautetta ajoissa"]
        first = _found(analyzer, texts)
        assert _found(analyzer, texts[:1]) == first[:1]  # evicted: read again, same spans
        assert reads == [*texts, texts[0]]
    finally:
        configure_privacy(analyzer, PrivacySettings())
