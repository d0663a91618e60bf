"""Generic words and representative notes per theme, and a theme's members, keywords and
representatives put on its record (`with_members`). Keywords: keywords.py (the ranking),
keyword_rule.py (a batch's rule); Voikko's word classes: word_classes.py; emergent labels:
naming.py.

Representatives: maximal marginal relevance (vectorize.mmr) over unit note vectors, relevance
being the cosine to the theme's centroid.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

import numpy as np

from muistiinpanot.records import Theme
from muistiinpanot.themes.keywords import KeywordLists
from muistiinpanot.vectorize import FloatArray, mmr, normalize_rows


def generic_words(
    docs: Sequence[Sequence[str]], labels: Sequence[str], share: float, spread: float
) -> frozenset[str]:
    """Words too general to name a theme alone, measured on labelled example notes: said in
    at least `share` of all notes, and spread over the labels (normalised entropy of the
    word's label distribution, each label's count divided by the label's size, at least
    `spread`). 'kunta', 'palvelu', 'ryhmä' come out generic; 'luottamus' (one label) and
    'osallisuus' (rare) do not. With `share` 0, every word spread so evenly (the verbs
    among them are left out of keywords: keywords.keyword_lists)."""
    sizes = Counter(labels)
    if len(sizes) < 2 or not docs:
        return frozenset()
    by_word: dict[str, Counter[str]] = {}
    for doc, label in zip(docs, labels, strict=True):
        for word in set(doc):
            by_word.setdefault(word, Counter())[label] += 1
    result = set()
    for word, counts in by_word.items():
        if sum(counts.values()) < share * len(docs):
            continue
        rates = np.array([counts[label] / sizes[label] for label in sorted(sizes)])
        p = rates[rates > 0] / rates.sum()
        if float(-(p * np.log(p)).sum() / np.log(len(sizes))) >= spread:
            result.add(word)
    return frozenset(result)


def example_shares(docs: Sequence[Sequence[str]]) -> dict[str, float]:
    """Each lemma's document share in `docs` (the labelled example notes; naming.py)."""
    counts = Counter(word for doc in docs for word in set(doc))
    return {word: count / len(docs) for word, count in counts.items()}


def representative_ids(
    ids: Sequence[str], vectors: FloatArray, count: int = 4, relevance_weight: float = 0.6
) -> tuple[str, ...]:
    """Up to `count` ids of notes typical of the group (rows of `vectors`) and unlike each
    other, best first (vectorize.mmr, relevance = cosine to the group's centroid); ties go to
    the smaller id."""
    if not ids:
        return ()
    order = np.argsort(np.asarray(ids), kind="stable")
    ids = [ids[i] for i in order]
    vectors = vectors[order]
    centroid = normalize_rows(vectors.mean(axis=0, keepdims=True))[0]
    chosen = mmr(vectors, vectors @ centroid, count, relevance_weight=relevance_weight)
    return tuple(ids[i] for i in chosen)


def with_members(
    theme: Theme,
    rows: Sequence[int],
    ids: Sequence[str],
    vectors: FloatArray,
    keywords: tuple[str, ...] | KeywordLists,
    *,
    total: int,
    representatives: int,
    relevance_weight: float,
) -> Theme:
    """`theme` with the size, share (of `total` notes), keywords (read and shown, when
    `keywords` are both) and representative notes of its member `rows` (indices into `ids`
    and `vectors`)."""
    lists = keywords if isinstance(keywords, KeywordLists) else KeywordLists(keywords, keywords)
    return dataclasses.replace(
        theme,
        size=len(rows),
        share=round(len(rows) / total, 4),
        keywords=lists.read,
        shown_keywords=None if lists.shown == lists.read else lists.shown,
        representative_ids=representative_ids(
            [ids[r] for r in rows], vectors[list(rows)], representatives, relevance_weight
        ),
    )
