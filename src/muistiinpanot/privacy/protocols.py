"""What the detectors need from the lemmatize stage's analyzer, as small Protocols."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt


class Analyses(Protocol):
    """Cached Voikko analyses (dicts with e.g. CLASS and BASEFORM) by word form."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...


class LemmaTokenLike(Protocol):
    """A token as the lemmatize stage gives it (`muistiinpanot.lemmatize.LemmaToken`)."""

    @property
    def text(self) -> str: ...

    @property
    def lemma(self) -> str: ...

    @property
    def compound_parts(self) -> tuple[str, ...]: ...


class PrivacyAnalyzer(Protocol):
    """The parts of `muistiinpanot.lemmatize.LemmaAnalyzer` the detectors use."""

    @property
    def voikko(self) -> Analyses: ...

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]: ...

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...


class RedactingAnalyzer(PrivacyAnalyzer, Protocol):
    """A `PrivacyAnalyzer` that also lemmatizes (`--redact` removes a removed word's lemmas
    as the lemmatize stage gave them)."""

    def analyze(self, texts: Sequence[str]) -> Sequence[Sequence[LemmaTokenLike]]: ...
