"""NER runs only on texts with a letter: the name rules read its spans only through the words
they overlap, and a text without a letter has none (note ids' pieces, dates, phone numbers),
so its findings are the same without NER. Texts of our own."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_published_data
from muistiinpanot.privacy.names import find_name_spans


def test_ner_reads_only_texts_with_a_letter(
    analyzer: LemmaAnalyzer, ner_calls: list[list[str]]
) -> None:
    texts = ["12", "2020-03-15", "puh. 040 123 4567", "040 123 4567", "Kysy Pekka Virtaselta"]
    found = [
        [(text[s.start : s.end], s.kind) for s in spans]
        for text, spans in zip(texts, find_published_data(texts, analyzer), strict=True)
    ]
    assert [text for call in ner_calls for text in call] == [
        "puh. 040 123 4567",
        "Kysy Pekka Virtaselta",
    ]
    assert found[:2] == [[], []]
    assert found[3] == [("040 123 4567", "puhelin")]  # the patterns still read it
    assert found[2] == [("040 123 4567", "puhelin")]
    assert ("Pekka Virtaselta", "nimi") in found[4]


@pytest.mark.parametrize("text", ["12", "2020-03-15  17:30", "040 123 4567", "__ 3 --"])
def test_ner_spans_tell_nothing_about_a_text_without_a_letter(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    whole = [(0, len(text)), (0, 2)]
    for cautious in (False, True):
        assert find_name_spans(text, analyzer.voikko, whole, cautious=cautious) == []
