"""Pretokenized text for the CLI (`muistiinpanot lemmatize --pretokenized`): one sentence per
line, tokens separated by single spaces; one line of lemmas out per line in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer

_CHUNK = 1024


def lemmatize_pretokenized_lines(lines: Iterable[str], analyzer: LemmaAnalyzer) -> Iterator[str]:
    """Yield, for each input line, its lemmas separated by single spaces (one per token).

    Lines are split on single spaces only, so the output has exactly as many lemmas as the line
    has tokens; an empty line gives an empty line. Spaces inside a lemma (never produced by
    Voikko, but possible in lexicon entries) are replaced by `_` to keep the count.
    """
    iterator = iter(lines)
    while chunk := list(islice(iterator, _CHUNK)):
        sentences = [_split(line) for line in chunk]
        for tokens in analyzer.analyze_pretokenized(sentences):
            yield " ".join(token.lemma.replace(" ", "_") or "_" for token in tokens)


def _split(line: str) -> list[str]:
    stripped = line.rstrip("\r\n")
    return stripped.split(" ") if stripped else []
