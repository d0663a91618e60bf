"""A note's dependency parse as chatter/bind.py reads it: each word's base relation and the
head it is read under (a nominal the parser misattaches to a predicate or an adverb read as
the predicate's oblique), the comma-separated stretch each word is in, and the tokens each
meeting pattern covers. Geometry of the parse only: what the words mean to the meeting
(the lexicon, the rules) stays in chatter/bind.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class ParsedWord(Protocol):
    """What binding reads of a parsed token (lemmatize.ParsedToken has it)."""

    @property
    def text(self) -> str: ...
    @property
    def pos(self) -> str: ...
    @property
    def dep(self) -> str: ...
    @property
    def head(self) -> int: ...


NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_SEPARATORS = frozenset({",", ";", ":", "-", "–", "—", "(", ")", "!", "?", "."})


def relation_of(word: ParsedWord, parsed: Sequence[ParsedWord]) -> str:
    """The base relation of a word, a nominal that the parse attaches to a predicate as a
    noun modifier or a conjunct read as its oblique: `nmod` modifies nominals and `conj`
    joins like with like, so "auki klo 17" (nmod) and "varattu … 15 minuuttia" (conj) are
    misattachments of an oblique."""
    relation = word.dep.split(":")[0]
    if (
        relation in ("nmod", "conj")
        and word.pos in NOMINALS
        and parsed[word.head].pos not in NOMINALS
    ):
        return "obl"
    return relation


def head_of(index: int, parsed: Sequence[ParsedWord], relation: Sequence[str]) -> int:
    """The head a word is read under: a misattached oblique (see `relation_of`) hangs on the
    predicate its adverb modifies ("auki arkisin klo 9": "klo" under "auki")."""
    head = parsed[index].head
    if relation[index] != "obl" or parsed[index].dep.split(":")[0] == "obl":
        return head
    for _ in range(len(parsed)):
        word = parsed[head]
        if word.pos != "ADV" or word.head == head or relation[head] not in ("advmod", "obl"):
            break
        if parsed[word.head].pos in NOMINALS:
            break
        head = word.head
    return head


def segments_of(parsed: Sequence[ParsedWord]) -> list[int]:
    """The comma- or dash-separated stretch of the note each token is in: "sori, naapurin
    koira haukkuu" is an apology beside a clause, whatever the parser attaches it to."""
    segments, current = [], 0
    for word in parsed:
        if word.pos == "PUNCT" and word.text in _SEPARATORS:
            current += 1
        segments.append(current)
    return segments


def pattern_spans(
    text: str, parsed: Sequence[ParsedWord], patterns: Sequence[re.Pattern[str]]
) -> list[frozenset[int]]:
    """The token indices each pattern match covers (tokens found in order in the text)."""
    offsets: list[tuple[int, int]] = []
    position = 0
    for word in parsed:
        start = text.find(word.text, position)
        start = position if start < 0 else start
        offsets.append((start, start + len(word.text)))
        position = start + len(word.text)
    spans = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            covered = frozenset(
                i for i, (a, b) in enumerate(offsets) if a < match.end() and b > match.start()
            )
            if covered:
                spans.append(covered)
    return spans
