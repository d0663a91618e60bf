"""The classifier of chatter/mark.py and what its features read: the fitted model shipped in
models/fitted/chatter.json, the meeting lexicon as features, and unit floret vectors of
words. Split from chatter/mark.py (review 55 #5: a code move)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from muistiinpanot.chatter.model import ChatterModel, MeetingWords
from muistiinpanot.chatter.rule import MeetingLexicon
from muistiinpanot.resources import bundled_path


class WordVectors(Protocol):
    """The lemmatizer's floret word vectors, one word or many at a time."""

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...

    def word_vectors(self, words: Sequence[str]) -> npt.NDArray[np.float32]: ...


@functools.cache
def chatter_model() -> ChatterModel:
    """The fitted classifier shipped in models/fitted/chatter.json (read once per process)."""
    path = bundled_path("models/fitted/chatter.json")
    return ChatterModel.from_json(path.read_text(encoding="utf-8"))


def meeting_words(
    lexicon: MeetingLexicon,
    analyzer: WordVectors,
    vector: Callable[[str], npt.NDArray[np.float64]] | None = None,
) -> MeetingWords:
    """The lexicon as chatter/model.py's features read it (with unit floret vectors; `vector`
    gives them, by default `unit_vectors(analyzer)`)."""
    vector = vector or unit_vectors(analyzer)
    return MeetingWords(
        acts=lexicon.acts,
        general=lexicon.vocabulary - lexicon.acts,
        forms=lexicon.forms,
        patterns=lexicon.patterns,
        vectors=np.array([vector(lemma) for lemma in sorted(lexicon.acts)]),
        deixis=lexicon.deixis,
        first_person=lexicon.first_person,
        second_person=lexicon.second_person,
        pointers=lexicon.pointers,
    )


def unit_vectors(
    analyzer: WordVectors, words: Sequence[str] = ()
) -> Callable[[str], npt.NDArray[np.float64]]:
    """The unit floret vector of a word; each word's computed once for the function's life
    (`mark_chatter` makes one per clinic, so what it keeps is one clinic's words), those of
    `words` at once (one call of the analyzer instead of one per word)."""
    kept: dict[str, npt.NDArray[np.float64]] = {}

    def keep(word: str, row: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        values = np.asarray(row, dtype=np.float64)
        norm = float(np.linalg.norm(values))
        found = kept[word] = values / norm if norm > 0 else values
        found.flags.writeable = False
        return found

    def vector(word: str) -> npt.NDArray[np.float64]:
        found = kept.get(word)
        return keep(word, analyzer.word_vector(word)) if found is None else found

    for word, row in zip(words, analyzer.word_vectors(words) if words else (), strict=True):
        keep(word, row)
    return vector
