"""A clause that opens with a quotation mark (a quoted utterance whose speaker was cut off)
opens no bullet, nor is it said after an opening (compose._openable, summary37): it is
someone's words as said, lower case inside quotes, not the groups' point written out.
Sentences of our own."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.compose import _openable


@pytest.mark.parametrize(
    "text",
    [
        '"kirjasto suljetaan kesäksi, koska lainaajia ei ole".',
        "”Vuoroja jaetaan aina samoille seuroille”.",
    ],
)
def test_a_quotation_opens_no_bullet(analyzer: LemmaAnalyzer, text: str) -> None:
    assert not _openable(text, analyzer.voikko)
    assert not _openable(text, analyzer.voikko, least=2)


def test_the_same_words_unquoted_open_one(analyzer: LemmaAnalyzer) -> None:
    assert _openable("Kirjasto suljetaan kesäksi, koska lainaajia ei ole.", analyzer.voikko)
