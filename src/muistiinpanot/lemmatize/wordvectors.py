"""The model's floret word vectors, each word's computed once per process (the `max_vectors`
used last kept)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from muistiinpanot.bounded import BoundedCache

__all__ = ["WordVectors"]


class WordVectors:
    """Floret vectors from the vector table of `nlp`'s vocabulary, `batch_size` words a
    `get_batch` call, the `max_vectors` used last kept (thread-safe: bounded.BoundedCache)."""

    def __init__(self, nlp: Any, batch_size: int, max_vectors: int) -> None:
        self._table = nlp.vocab.vectors
        self._batch_size = batch_size
        #: Word vectors by word, each looked up once per process.
        self.cache: BoundedCache[str, npt.NDArray[np.float32]] = BoundedCache(max_vectors)

    def vector(self, word: str) -> npt.NDArray[np.float32]:
        """The floret vector of `word` (subword-based, so never missing); read-only."""
        found = self.cache.get_many((word,))
        return found[word] if found else self.vectors([word])[0]

    def vectors(self, words: Sequence[str]) -> npt.NDArray[np.float32]:
        """The floret vectors of `words` (rows, read-only), those not yet seen computed in one
        batch (`Vectors.get_batch`: each row the mean of its subword rows, as one lookup gives,
        without adding a lexeme per word to the vocabulary) and kept."""
        table = self._table
        if not words:
            return np.zeros((0, table.shape[1]), dtype=np.float32)
        found = self.cache.get_many(words)
        missing = sorted({w for w in words if w not in found})
        if missing:
            # `batch_size` words a call: get_batch's memory (and time) per word grows with the
            # batch (every word's subword rows at once); each word's row is the same either way
            step = self._batch_size
            batch = np.concatenate(
                [
                    np.asarray(table.get_batch(missing[i : i + step]), dtype=np.float32)
                    for i in range(0, len(missing), step)
                ]
            )
            computed = {}
            for word, row in zip(missing, batch, strict=True):
                vector = row.copy() if word else np.zeros(table.shape[1], dtype=np.float32)
                vector.flags.writeable = False
                computed[word] = vector
            self.cache.put_many(computed)
            found.update(computed)
        return np.array([found[w] for w in words], dtype=np.float32)
