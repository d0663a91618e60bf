"""TF-IDF of documents already split into features (lemma lists, character n-grams), written
out instead of taken from scikit-learn: importing scikit-learn costs about a second of every
start-up, more than anything else on the `--fast` path, and nothing else on that path needs it.

`fit_tfidf` is scikit-learn's `TfidfVectorizer(sublinear_tf=True, min_df=...)` step for step
(the same vocabulary, the same sparse operations, the same floating-point operations in the
same order), so its values are bit-identical to scikit-learn's; tests/test_tfidf.py compares
them on generated documents.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

_WHITE_SPACES = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character `low`- to `high`-grams of each word padded with a space on both sides, in
    the order scikit-learn's `char_wb` analyzer gives them (a padded word shorter than `low`
    counted once)."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            grams.extend(padded[i : i + n] for i in range(max(len(padded) - n, 0) + 1))
            if len(padded) <= n:
                break
    return grams


def fit_tfidf(
    analyzed: Sequence[Sequence[str]], min_df: int
) -> tuple[sparse.csr_matrix, list[str]]:
    """scikit-learn's `TfidfVectorizer(sublinear_tf=True, min_df=min_df).fit_transform` of
    documents already split into features, step for step: the same sparse operations and
    floating-point operations in the same order give bit-identical values. Returns the
    matrix and the features in column order; ValueError when no feature is left."""
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for doc in analyzed:
        counter: dict[int, int] = {}
        for feature in doc:
            index = vocabulary.setdefault(feature, len(vocabulary))
            counter[index] = counter.get(index, 0) + 1
        indices.extend(counter)
        counts.extend(counter.values())
        indptr.append(len(indices))
    if not vocabulary:
        raise ValueError("empty vocabulary")
    matrix = sparse.csr_array(
        (
            np.array(counts, dtype=np.intc),
            np.array(indices, dtype=np.int32),
            np.array(indptr, dtype=np.int32),
        ),
        shape=(len(analyzed), len(vocabulary)),
        dtype=np.float64,
    )
    matrix.sort_indices()
    frequency = np.bincount(matrix.indices, minlength=matrix.shape[1])
    mask = (frequency <= 1.0 * len(analyzed)) & (frequency >= min_df)
    if not mask.any():
        raise ValueError("no feature in min_df documents")
    matrix = matrix[:, np.flatnonzero(mask)]
    limited = np.cumsum(mask) - 1  # column of each kept feature after the cut
    terms = sorted((term, int(limited[old])) for term, old in vocabulary.items() if mask[old])
    remap = np.empty(len(terms), dtype=matrix.indices.dtype)
    for new, (_, old) in enumerate(terms):
        remap[old] = new
    matrix.indices = remap.take(matrix.indices, mode="clip")
    # smoothed IDF, sublinear TF, then each row scaled to unit length (summed in row order)
    document_frequency: npt.NDArray[np.float64] = np.bincount(
        matrix.indices, minlength=matrix.shape[1]
    ).astype(np.float64)
    document_frequency += 1.0
    idf = np.full_like(document_frequency, fill_value=len(analyzed) + 1, dtype=np.float64)
    idf /= document_frequency
    np.log(idf, out=idf)
    idf += 1.0
    data = matrix.data
    np.log(data, data)
    data += 1.0
    data *= idf[matrix.indices]
    for row in range(matrix.shape[0]):
        start, stop = int(matrix.indptr[row]), int(matrix.indptr[row + 1])
        total = 0.0
        for value in data[start:stop].tolist():
            total += value * value
        if total != 0.0:
            data[start:stop] /= math.sqrt(total)
    return sparse.csr_matrix(matrix), [term for term, _ in terms]
