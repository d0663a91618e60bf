"""What the themes stage needs from the lemmatizer, as Protocols (no import of lemmatize)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

#: Parts of speech kept as content words (same rule as lemmatize's content_lemmas).
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


class Token(Protocol):
    @property
    def lemma(self) -> str: ...
    @property
    def pos(self) -> str: ...
    @property
    def is_stop(self) -> bool: ...
    @property
    def is_punct(self) -> bool: ...
    @property
    def compound_parts(self) -> tuple[str, ...]: ...


class Analyzer(Protocol):
    """The analyzer as themes uses it: lemmatize texts and give floret word vectors."""

    def analyze(self, texts: Sequence[str]) -> Sequence[Sequence[Token]]: ...

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...


def content_lemmas(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Content lemmas with compound parts after each compound (as Note.content_lemmas)."""
    lemmas: list[str] = []
    for token in tokens:
        if token.is_punct or token.is_stop or token.pos not in CONTENT_POS:
            continue
        if len(token.lemma) < 2 or not any(ch.isalpha() for ch in token.lemma):
            continue
        lemmas.append(token.lemma.lower())
        lemmas.extend(part.lower() for part in token.compound_parts)
    return tuple(lemmas)
