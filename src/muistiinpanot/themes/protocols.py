"""What the themes stage needs from the lemmatizer, as Protocols (no import of lemmatize)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from muistiinpanot.content import ParsedToken, Token
from muistiinpanot.content import content_lemmas as shared_content_lemmas
from muistiinpanot.records import Note


class Morphology(Protocol):
    """Cached Voikko as themes uses it: the analyses of a word (dicts with CLASS etc.)."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...


class Analyzer(Protocol):
    """The analyzer as themes uses it: lemmatize and parse texts, give floret word vectors
    and Voikko's analyses of single words."""

    @property
    def voikko(self) -> Morphology: ...

    def analyze(self, texts: Sequence[str]) -> Sequence[Sequence[Token]]: ...

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...

    def parse(self, texts: Sequence[str]) -> Sequence[Sequence[ParsedToken]]: ...


def content_lemmas(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Content lemmas (muistiinpanot.content's rule, as Note.content_lemmas), lowercase."""
    return tuple(lemma.lower() for lemma in shared_content_lemmas(tokens))


def note_doc(note: Note) -> tuple[str, ...]:
    """A note's content lemmas (Note.content_lemmas), lowercase: its document in the themes
    stage's note space."""
    return tuple(lemma.lower() for lemma in note.content_lemmas)
