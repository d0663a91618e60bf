"""Lemma lists → vectors: SIF-weighted floret note vectors, TF-IDF matrices and the one
maximal-marginal-relevance selection (mmr) used by themes and summarize.

Note vectors are the weighted mean of the word vectors of a note's content lemmas (compound
parts included), each lemma weighted by `a / (a + p(lemma))` with `p` its relative frequency in
the batch (smooth inverse frequency, Arora et al. 2017), then L2-normalised. The batch's common
component (first principal direction) can be removed so that what all notes share (workshop
vocabulary) does not dominate the similarities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt
from scipy import sparse

from muistiinpanot.tfidf import fit_tfidf

FloatArray = npt.NDArray[np.float64]

#: SIF smoothing constant; larger values flatten the weights towards a plain mean.
SIF_A = 1e-3
#: Word-by-token similarities computed at once by alignment_similarity (bounds its memory).
_ALIGN_BLOCK_CELLS = 4_000_000


class WordVectors(Protocol):
    """What vectorize needs from the analyzer: a vector for any word (floret never misses)."""

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...


class VectorCache:
    """Unit-length word vectors by lemma, looked up once per word."""

    def __init__(self, source: WordVectors) -> None:
        self.source = source
        self.vectors_: dict[str, FloatArray] = {}

    def get(self, word: str) -> FloatArray:
        vector = self.vectors_.get(word)
        if vector is None:
            vector = np.asarray(self.source.word_vector(word), dtype=np.float64)
            norm = float(np.linalg.norm(vector))
            vector = vector / norm if norm > 0 else vector
            self.vectors_[word] = vector
        return vector

    def prefetch(self, words: Iterable[str]) -> None:
        """Look up the vectors of `words` not cached yet in one batch, when the source can
        (`word_vectors`: far cheaper than one lookup per word); `get` then finds them."""
        missing = sorted({word for word in words if word not in self.vectors_})
        batch = getattr(self.source, "word_vectors", None)
        if missing and callable(batch):
            batch(missing)  # the source keeps them: `get` reads each from there

    @property
    def dim(self) -> int:
        return int(self.get("ja").shape[0])


def sif_weights(docs: Iterable[Sequence[str]], a: float = SIF_A) -> dict[str, float]:
    """`a / (a + p(w))` for every lemma in `docs`, `p` its relative frequency there."""
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(doc)
    total = max(sum(counts.values()), 1)
    return {word: a / (a + count / total) for word, count in counts.items()}


def embed_docs(
    docs: Sequence[Sequence[str]], cache: VectorCache, weights: dict[str, float]
) -> FloatArray:
    """One unit row per lemma list: the weighted mean of its word vectors (zeros when empty).
    Lemmas missing from `weights` get the largest weight (they are rare by definition)."""
    default = max(weights.values(), default=1.0)
    cache.prefetch(word for doc in docs for word in doc)
    matrix = np.zeros((len(docs), cache.dim), dtype=np.float64)
    for row, doc in enumerate(docs):
        if not doc:
            continue
        for word in doc:
            matrix[row] += weights.get(word, default) * cache.get(word)
    return normalize_rows(matrix)


def common_component(matrix: FloatArray) -> FloatArray | None:
    """The first right singular vector of `matrix` (None for fewer than three non-empty rows)."""
    rows = matrix[np.linalg.norm(matrix, axis=1) > 0]
    if rows.shape[0] < 3:
        return None
    _, _, vt = np.linalg.svd(rows, full_matrices=False)
    component: FloatArray = vt[0]
    # Fix the sign so that reruns give identical vectors.
    return component if component[np.argmax(np.abs(component))] > 0 else -component


def remove_component(matrix: FloatArray, component: FloatArray | None) -> FloatArray:
    """`matrix` without its projection on `component`, rows renormalised."""
    if component is None:
        return matrix
    return normalize_rows(matrix - np.outer(matrix @ component, component))


@dataclass(frozen=True)
class NoteSpace:
    """A batch's note vectors (`vectors`: SIF-weighted, the batch's common component removed)
    with the `weights` and `component` that define the space, to embed other lemma lists in it."""

    weights: dict[str, float]
    component: FloatArray | None
    vectors: FloatArray

    def embed(self, docs: Sequence[Sequence[str]], cache: VectorCache) -> FloatArray:
        """Vectors of `docs` in this space (no rows for no docs)."""
        if not docs:
            return self.vectors[:0]
        return remove_component(embed_docs(docs, cache, self.weights), self.component)


def note_space(docs: Sequence[Sequence[str]], cache: VectorCache) -> NoteSpace:
    """The note vectors of `docs` as one batch (see the module docstring)."""
    weights = sif_weights(docs)
    raw = embed_docs(docs, cache, weights)
    component = common_component(raw)
    return NoteSpace(weights, component, remove_component(raw, component))


def normalize_rows(matrix: FloatArray) -> FloatArray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    result: FloatArray = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return result


def alignment_similarity(
    docs: Sequence[Sequence[str]],
    cache: VectorCache,
    weights: dict[str, float],
    *,
    weight_power: float = 0.5,
) -> FloatArray:
    """Soft word-alignment similarity of lemma lists (as BERTScore aligns tokens): each word
    of note i is matched with its most similar word of note j (floret cosine; the same word
    scores 1), and sim(i -> j) is the mean of these best matches weighted by
    `weights[word] ** weight_power` (SIF weights, softened). The result is symmetric,
    (sim(i -> j) + sim(j -> i)) / 2; rows of empty lists are zero. Unlike the cosine of two
    mean vectors, one shared topic word is not averaged away by the rest of a note."""
    n = len(docs)
    unique = [sorted(set(doc)) for doc in docs]
    vocabulary = sorted({word for doc in unique for word in doc})
    result = np.zeros((n, n))
    if not vocabulary:
        return result
    index = {word: i for i, word in enumerate(vocabulary)}
    words = np.array([cache.get(word) for word in vocabulary], dtype=np.float32)
    filled = [row for row in range(n) if unique[row]]
    tokens = np.array([index[word] for row in filled for word in unique[row]], dtype=np.int64)
    starts = np.cumsum([0] + [len(unique[row]) for row in filled[:-1]])
    # best[w, j]: how well note j matches word w, in blocks of words to bound memory
    best = np.zeros((len(vocabulary), len(filled)), dtype=np.float32)
    block = max(1, _ALIGN_BLOCK_CELLS // max(len(tokens), 1))
    for first in range(0, len(vocabulary), block):
        similarity = words[first : first + block] @ words[tokens].T
        best[first : first + block] = np.maximum.reduceat(similarity, starts, axis=1)
    default = max(weights.values(), default=1.0)
    share = np.zeros((n, len(vocabulary)))
    for row in filled:
        for word in unique[row]:
            share[row, index[word]] = weights.get(word, default) ** weight_power
    share /= np.maximum(share.sum(axis=1, keepdims=True), 1e-12)
    result[:, filled] = share @ best.astype(np.float64)
    return (result + result.T) / 2.0


def double_centre(similarity: FloatArray) -> FloatArray:
    """`similarity` less its row and column means (plus the grand mean), as classical MDS
    centres a Gram matrix: what a note shares with every note does not make it near any."""
    centred: FloatArray = (
        similarity
        - similarity.mean(axis=0, keepdims=True)
        - similarity.mean(axis=1, keepdims=True)
        + similarity.mean()
    )
    return centred


def identity_analyzer(doc: Sequence[str]) -> list[str]:
    """TfidfVectorizer's analyzer for documents that are already lemma lists."""
    return list(doc)


def tfidf_matrix(
    docs: Sequence[Sequence[str]], *, min_df: int = 1
) -> tuple[sparse.csr_matrix, list[str]]:
    """TF-IDF (sublinear tf, l2 rows) over lemma lists, and the vocabulary in column order."""
    return fit_tfidf([identity_analyzer(doc) for doc in docs], min_df)


def mmr(
    vectors: FloatArray,
    relevance: Sequence[float] | FloatArray,
    count: int,
    *,
    relevance_weight: float,
    duplicate_similarity: float = np.inf,
) -> list[int]:
    """Maximal marginal relevance, the one implementation for themes and summarize.

    Indices of up to `count` rows of `vectors` (unit rows), chosen greedily by
    `relevance_weight * relevance - (1 - relevance_weight) * max cosine to the rows already
    chosen`: 1 = most relevant only, 0 = most different only. A row at least
    `duplicate_similarity` similar to a chosen row is never chosen. Ties go to the lower
    index, so the result is deterministic."""
    scores = np.asarray(relevance, dtype=np.float64)
    similarity = vectors @ vectors.T if len(vectors) else np.zeros((0, 0))
    chosen: list[int] = []
    remaining = list(range(scores.size))
    while remaining and len(chosen) < count:
        best_index, best_score = -1, -np.inf
        for index in remaining:
            redundancy = max((float(similarity[index, j]) for j in chosen), default=0.0)
            if chosen and redundancy >= duplicate_similarity:
                continue
            score = relevance_weight * scores[index] - (1.0 - relevance_weight) * redundancy
            if score > best_score + 1e-12:
                best_index, best_score = index, score
        if best_index < 0:
            break
        chosen.append(best_index)
        remaining.remove(best_index)
    return chosen
