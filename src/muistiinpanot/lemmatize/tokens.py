"""LemmaToken, the lemmatize stage's per-token output, and how a Lemma becomes one."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from muistiinpanot.lemmatize.lemmatizer import Lemma


@dataclass(frozen=True, slots=True)
class LemmaToken:
    """One token: its text, lemma (lowercase except names), universal POS tag, whether it is a
    stop word or punctuation, and the lemmas of its compound parts (empty when not a compound)."""

    text: str
    lemma: str
    pos: str
    is_stop: bool = False
    is_punct: bool = False
    compound_parts: tuple[str, ...] = ()


EMPTY_TOKEN = LemmaToken(text="", lemma="", pos="X", is_punct=True)


@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.fi.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def lemma_token(text: str, lemma: Lemma, pos: str) -> LemmaToken:
    """The LemmaToken of `text` lemmatized as `lemma` and tagged `pos`."""
    stop_words = _stop_words()
    is_punct = pos in ("PUNCT", "SPACE") or not (text.isalnum() or any(ch.isalnum() for ch in text))
    return LemmaToken(
        text=text,
        lemma=lemma.lemma if pos == "PROPN" or lemma.pos == "PROPN" else lemma.lemma.lower(),
        pos=pos,
        is_stop=text.lower() in stop_words or lemma.lemma.lower() in stop_words,
        is_punct=is_punct,
        compound_parts=lemma.parts,
    )


@dataclass(frozen=True, slots=True)
class ParsedToken:
    """One token of a parsed text: lemma as the lemmatize stage gives it, universal POS, UD
    features ("Case=Nom|Number=Sing"), dependency relation, the index of its head within the
    text (itself for the root) and whether a space follows it."""

    text: str
    lemma: str
    pos: str
    morph: str
    dep: str
    head: int
    space: bool
    is_stop: bool = False
