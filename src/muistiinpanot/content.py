"""Which lemmas of an analysed text carry its content: the one rule behind
Note.content_lemmas (lemmatize stage) and the lemma lists that themes makes of theme
definitions and example notes, so that both sides always pick the same words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

#: Parts of speech kept as content words.
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


class Token(Protocol):
    """What the rule reads of a token (lemmatize.LemmaToken has it)."""

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


class ParsedToken(Protocol):
    """One token of a dependency parse (lemmatize.ParsedToken has this shape), as the summary
    and the emergent labels read it."""

    @property
    def text(self) -> str: ...
    @property
    def lemma(self) -> str: ...
    @property
    def pos(self) -> str: ...
    @property
    def morph(self) -> str: ...
    @property
    def dep(self) -> str: ...
    @property
    def head(self) -> int: ...
    @property
    def space(self) -> bool: ...
    @property
    def is_stop(self) -> bool: ...


def content_lemmas(tokens: Iterable[Token]) -> tuple[str, ...]:
    """Lemmas of content words (CONTENT_POS, not stop words, two characters or more with a
    letter), each compound followed by its parts; case as the lemmatizer gave it."""
    lemmas: list[str] = []
    for token in tokens:
        if token.is_punct or token.is_stop or token.pos not in CONTENT_POS:
            continue
        if len(token.lemma) < 2 or not any(ch.isalpha() for ch in token.lemma):
            continue
        lemmas.append(token.lemma)
        lemmas.extend(token.compound_parts)
    return tuple(lemmas)
