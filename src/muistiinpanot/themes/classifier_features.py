"""The features of the seeded classifier (classifier.py's module docstring): character
n-grams of a note's words, the word-dropout copies of the examples, vocabularies with
smoothed IDF, and sparse rows scaled to unit length."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from muistiinpanot.vectorize import FloatArray

#: Lengths of the character n-grams (see classifier.py's module docstring).
CHAR_NGRAMS = (3, 5)
#: A character n-gram is a feature when at least this many training notes have it.
CHAR_MIN_DF = 2


def char_ngrams(text: str) -> list[str]:
    """Character n-grams (CHAR_NGRAMS) of each lowercased word padded with a space on both
    sides, as scikit-learn's `char_wb` analyzer makes them: a padded word shorter than n
    gives itself once."""
    grams: list[str] = []
    low, high = CHAR_NGRAMS
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:
                grams.append(padded)
                continue
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


#: A seed lemma this long also matches as the beginning or end of a longer lemma.
SEED_AFFIX = 5
#: A seed-word hit by beginning or end only counts this much of an exact hit.
SEED_AFFIX_SHARE = 0.5


def seed_hits(doc: Sequence[str], seed_lemmas: Sequence[Sequence[str]]) -> list[float]:
    """Per theme: 1 when a lemma of `doc` (compound parts included) is one of the theme's
    seed lemmas, SEED_AFFIX_SHARE when one only starts or ends with a seed lemma of
    SEED_AFFIX letters or more (seeded.lexical_scores' match, without the batch's
    background weights), else 0."""
    words = set(doc)
    hits: list[float] = []
    for seeds in seed_lemmas:
        seed_set = set(seeds)
        if words & seed_set:
            hits.append(1.0)
            continue
        long_seeds = tuple(sorted(seed for seed in seed_set if len(seed) >= SEED_AFFIX))
        affix = bool(long_seeds) and any(
            word.startswith(long_seeds) or word.endswith(long_seeds) for word in words
        )
        hits.append(SEED_AFFIX_SHARE if affix else 0.0)
    return hits


def with_dropout(
    docs: Sequence[Sequence[str]],
    texts: Sequence[str],
    labels: Sequence[str],
    share: float,
    random_state: int,
) -> tuple[list[Sequence[str]], list[str], list[str]]:
    """The examples followed by one copy of each with every word of its text, and apart every
    lemma, left out with probability `share` (a copy keeps at least its first word)."""
    rng = np.random.default_rng(random_state)
    copies: list[Sequence[str]] = []
    copy_texts: list[str] = []
    for doc, text in zip(docs, texts, strict=True):
        words = text.split()
        kept = [
            word for word, draw in zip(words, rng.random(len(words)), strict=True) if draw >= share
        ]
        lemmas = [
            lemma for lemma, draw in zip(doc, rng.random(len(doc)), strict=True) if draw >= share
        ]
        copy_texts.append(" ".join(kept or words[:1]))
        copies.append(tuple(lemmas or doc[:1]))
    return [*docs, *copies], [*texts, *copy_texts], [*labels, *labels]


def vocabulary_idf(
    sets: Sequence[set[str]], total: int, min_df: int
) -> tuple[dict[str, int], FloatArray]:
    """Vocabulary (features in at least `min_df` of the sets, sorted) and smoothed IDF."""
    doc_freq: Counter[str] = Counter(item for items in sets for item in items)
    vocabulary = sorted(item for item, count in doc_freq.items() if count >= min_df)
    idf = np.array([math.log((1 + total) / (1 + doc_freq[w])) + 1.0 for w in vocabulary])
    return {item: index for index, item in enumerate(vocabulary)}, idf


class SublinearCounts(dict[int, float]):
    """`1 + log(count)` of each count asked, computed once (math.log, as before)."""

    def __missing__(self, count: int) -> float:
        value = self[count] = 1.0 + math.log(count)
        return value


def unit_rows(rows: Sequence[dict[int, float]], width: int) -> sparse.csr_matrix:
    """Sparse matrix of `rows` ({column: value} each), every non-zero row scaled to length 1
    (each row's norm summed in Python in the row's order, then one numpy division: the same
    floats as dividing value by value)."""
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    norms: list[float] = []
    for weights in rows:
        if not weights:
            indptr.append(len(indices))
            continue
        squares = [v * v for v in weights.values()]
        columns = sorted(weights)
        indices += columns
        values += map(weights.__getitem__, columns)
        norms += [math.sqrt(sum(squares))] * len(columns)
        indptr.append(len(indices))
    scaled = np.array(values, dtype=np.float64) / np.array(norms, dtype=np.float64)
    return sparse.csr_matrix(
        (scaled, np.array(indices, dtype=np.int64), indptr),
        shape=(len(rows), width),
    )
