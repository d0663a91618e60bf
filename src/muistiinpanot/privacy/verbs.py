"""What kind of subject a verb takes, for verbs the lexicon does not list: a nearest-centroid
reading of the model's floret vectors. A verb whose vector lies nearer the lexicon's verbs of
people (saying, thinking, living, doing: `human_verbs`, `speech_verbs`, `individual_verbs`,
`agent_verbs`) than its verbs of things and businesses (`thing_verbs`, `business_verbs`) is a
verb people do ("ajaa", "tarkistaa", "leipoa" are in no list); one nearer the things' verbs
is not ("sponsoroida", "myydä", "kaatua"). The lists are general Finnish, and the vectors
carry the reading to verbs of any note.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.privacy.context import load_name_lexicon


class Vectors(Protocol):
    """The analyzer's word vectors (`LemmaAnalyzer.word_vector`)."""

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...


class VerbSense:
    """Whether a verb's base form is one people do (`agent`) or one of things and businesses
    (`business`), from the lexicon and, for verbs it does not list, the vectors."""

    def __init__(
        self, vectors: Vectors, margin: float, kept: int = 100_000, nearest: int = 3
    ) -> None:
        self.vectors = vectors
        self.margin = margin
        self.nearest = nearest  # how many nearest verbs of each side are averaged
        lexicon = load_name_lexicon()
        self._people = sorted(
            lexicon.human_verbs
            | lexicon.speech_verbs
            | lexicon.individual_verbs
            | lexicon.agent_verbs
        )
        self._things = sorted(lexicon.thing_verbs | lexicon.business_verbs)
        self._centres: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]] | None = None
        self._scores: BoundedCache[str, float] = BoundedCache(kept)

    def score(self, verb: str) -> float:
        """Mean cosine to the nearest verbs of people minus that to the nearest of things."""
        score = self._scores.get_many([verb]).get(verb)
        if score is None:
            people, things = self._rows()
            vector = self._matrix([verb])[0]
            near_people = np.sort(people @ vector)[-self.nearest :].mean()
            near_things = np.sort(things @ vector)[-self.nearest :].mean()
            score = float(near_people - near_things)
            self._scores.put_many({verb: score})
        return score

    def agent(self, verb: str) -> bool:
        """A verb people do: listed, or nearer those verbs by at least `margin`."""
        lexicon = load_name_lexicon()
        if verb in lexicon.thing_verbs or verb in lexicon.business_verbs:
            return False
        return verb in self._people or self.score(verb) >= self.margin

    def business(self, verb: str) -> bool:
        """A verb of a business (sponsoring, selling, making): listed ones only."""
        return verb in load_name_lexicon().business_verbs

    def _rows(self) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        if self._centres is None:
            self._centres = (
                self._matrix(self._people),
                self._matrix(self._things),
            )
        return self._centres

    def _matrix(self, words: Sequence[str]) -> npt.NDArray[np.float32]:
        return unit_vectors(self.vectors, words)


def unit_vectors(vectors: Vectors, words: Sequence[str]) -> npt.NDArray[np.float32]:
    """The words' vectors as rows of unit length (a zero vector stays zero)."""
    rows = np.array([vectors.word_vector(word) for word in words], dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.where(norms == 0, 1, norms)).astype(np.float32)
