"""The `lemmatize --pretokenized` interface: one sentence per line, tokens separated by single
spaces in, exactly one lemma per token out. Used to measure lemma accuracy on treebanks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer

_CHUNK = 2_000


def lemmatize_pretokenized_lines(lines: Iterable[str], analyzer: LemmaAnalyzer) -> Iterator[str]:
    """Yield one output line per input line with one lemma per space-separated token (an empty
    line stays empty). Lemmas never contain spaces: a space inside a lemma becomes '_'."""
    iterator = iter(lines)
    while True:
        chunk = list(islice(iterator, _CHUNK))
        if not chunk:
            return
        sentences = [line.split(" ") if line else [] for line in chunk]
        nonempty = [words for words in sentences if words]
        analysed = iter(analyzer.analyze_pretokenized(nonempty))
        for words in sentences:
            if not words:
                yield ""
                continue
            tokens = next(analysed)
            yield " ".join(token.lemma.replace(" ", "_") or "_" for token in tokens)
