"""Voikko's analyses as the chatter stage reads them: `Analyze`, the analyses of one word as
typed (a function), and `Morphology`, the object that gives them (the lemmatizer's Voikko)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

#: Voikko's analyses of a word as typed (dicts with CLASS, SIJAMUOTO, PERSON...).
Analyze = Callable[[str], Sequence[Mapping[str, str]]]


class Morphology(Protocol):
    """Voikko's analyses of one word (dicts with PERSON, MOOD...)."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...
