"""What the summary needs from the lemmatize stage's analyzer, as small Protocols (so that the
summary depends on a shape, not on spaCy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt


class Speller(Protocol):
    """Cached Voikko: analyses (dicts with e.g. CLASS, BASEFORM), spelling and suggestions."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...

    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...


class ParsedToken(Protocol):
    """One token of a dependency parse (lemmatize.ParsedToken has this shape)."""

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


class SummaryAnalyzer(Protocol):
    """The parts of `muistiinpanot.lemmatize.LemmaAnalyzer` the summary uses."""

    @property
    def voikko(self) -> Speller: ...

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]: ...

    def parse(self, texts: Sequence[str]) -> Sequence[Sequence[ParsedToken]]: ...
