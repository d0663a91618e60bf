"""What the summary needs from the lemmatize stage's analyzer, as small Protocols (so that the
summary depends on a shape, not on spaCy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from muistiinpanot.content import ParsedToken as ParsedToken  # re-exported for summarize


class Speller(Protocol):
    """Cached Voikko: analyses (dicts with e.g. CLASS, BASEFORM), spelling and suggestions."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...

    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...


class SummaryAnalyzer(Protocol):
    """The parts of `muistiinpanot.lemmatize.LemmaAnalyzer` the summary uses."""

    @property
    def voikko(self) -> Speller: ...

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]: ...

    def parse(self, texts: Sequence[str]) -> Sequence[Sequence[ParsedToken]]: ...
