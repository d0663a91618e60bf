"""Which sentences made from a note carry its personal data, and each such sentence as it
may be published: without the piece that carries the data when the rest stays a sentence
(pieces.py, by rules of Finnish sentence structure), checked again as published text is read;
else left out whole (None)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from muistiinpanot.privacy.detect import find_published_data, privacy_settings
from muistiinpanot.privacy.lemmas import banned_words, near_banned
from muistiinpanot.privacy.pieces import drop_personal_pieces
from muistiinpanot.privacy.protocols import PrivacyAnalyzer
from muistiinpanot.privacy.spans import PersonalSpan, merge_spans

_WORD = re.compile(r"\w+")


def carries_personal_data(
    sentences: Sequence[str], text: str, spans: Sequence[PersonalSpan], analyzer: PrivacyAnalyzer
) -> list[bool]:
    """For each sentence made from `text` (tidied, respelt), whether it carries a word of
    `spans`, the personal data found in `text`: the same word, or one as near it as
    `lemma_nearness` (a name the tidier respelt into a word: "tepa" -> "Taepa")."""
    if not spans:
        return [False] * len(sentences)
    return _carried(sentences, _carrier(text, spans, analyzer))


def _carrier(
    text: str, spans: Sequence[PersonalSpan], analyzer: PrivacyAnalyzer
) -> Callable[[str], bool]:
    """Whether a lower-case word is a word of `spans` in `text`, or as near one as
    `lemma_nearness`."""
    banned = banned_words(text, spans, analyzer.voikko)
    near = privacy_settings(analyzer).lemma_nearness
    return lambda word: word in banned or near_banned(word, banned, near)


def _carried(sentences: Sequence[str], carrier: Callable[[str], bool]) -> list[bool]:
    return [any(carrier(w) for w in _WORD.findall(s.casefold())) for s in sentences]


def trim_sentences(
    sentences: Sequence[str],
    found: Sequence[Sequence[PersonalSpan]],
    text: str,
    spans: Sequence[PersonalSpan],
    analyzer: PrivacyAnalyzer,
) -> list[str | None]:
    """Each sentence made from `text` (tidied, respelt) as it may be published: unchanged
    when it carries nothing of `spans` (the personal data found in `text`) nor of `found`
    (that found in the sentence itself); without the piece that carries it when the rest
    stays a sentence (an opinion's frame, a main clause, a list member: pieces.py) and holds
    nothing a check of published text or `carries_personal_data` finds; else None (the
    sentence is left out whole)."""
    carrier = _carrier(text, spans, analyzer)
    carried = _carried(sentences, carrier) if spans else [False] * len(sentences)
    result: list[str | None] = []
    for sentence, own, carry in zip(sentences, found, carried, strict=True):
        if not own and not carry:
            result.append(sentence)
            continue
        words = [  # words the tidier made of the note's personal data ("Taepa")
            PersonalSpan(m.start(), m.end(), "nimi")
            for m in _WORD.finditer(sentence)
            if carrier(m.group(0).casefold())
        ]
        result.append(
            drop_personal_pieces(sentence, merge_spans(sentence, [*own, *words]), analyzer.voikko)
        )
    trimmed = [
        i
        for i, (s, t) in enumerate(zip(sentences, result, strict=True))
        if t is not None and t != s
    ]
    rechecked = find_published_data([result[i] or "" for i in trimmed], analyzer, ner=False)
    again = _carried([result[i] or "" for i in trimmed], carrier)
    for i, spans_left, carry in zip(trimmed, rechecked, again, strict=True):
        if spans_left or carry:
            result[i] = None
    return result
