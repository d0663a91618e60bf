"""Labelled example notes (models/training/*.csv): what each seeded theme sounds like.

Each CSV has the columns `text,label` (read by ingest/labelled.py; app/pipeline.py passes the
rows in, with their normalised text); a label that is not a seeded theme id is "other" (a
note on some other topic). The examples are written by us, never taken from clinics' notes,
and analysts may add their own (corrections from review belong here too).

Two models learn from them, both cheap enough to build at start-up (no fitted files, no
pickle): exemplar similarity (a note's soft word alignment with its nearest examples of each
theme) and a logistic regression (themes/classifier.py). seeded.py blends both with the soft
match to the theme definitions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from muistiinpanot.themes.classifier import OTHER, SeededClassifier
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.example_cache import cached_classifier, cached_docs, cached_vectors
from muistiinpanot.themes.protocols import Analyzer, content_lemmas
from muistiinpanot.themes.soft import GENERIC_LEMMAS
from muistiinpanot.vectorize import FloatArray, VectorCache

#: Nearest examples averaged per theme.
NEIGHBOURS = 3
#: Notes whose words are compared with the examples' words in one matrix product.
_CHUNK = 128
#: Inverse regularisation of the classifier, chosen by leave-one-file-out cross-validation over
#: the training files only (benchmarks/themes_examples_cv.py).
CLASSIFIER_C = 10.0


@dataclass(frozen=True)
class ExampleIndex:
    """The examples' words for exemplar_scores, built once per example set: `vocabulary`
    rows are the unit vectors of the distinct words; `words` gives for each word occurrence
    its row there, each example's words contiguous from `starts[j]` (examples without words
    left out); `word_weights` their IDF; `example_weight` the sum per example; `labels` the
    label of each example that has words."""

    vocabulary: FloatArray
    words: npt.NDArray[np.int64]
    word_weights: FloatArray
    starts: npt.NDArray[np.int64]
    example_weight: FloatArray
    labels: npt.NDArray[np.str_]


@dataclass(frozen=True)
class ExampleSet:
    """Lemmatized examples: `docs[i]` (distinct content lemmas) of the normalised text
    `texts[i]` has label `labels[i]`."""

    docs: tuple[tuple[str, ...], ...]
    texts: tuple[str, ...]
    labels: tuple[str, ...]
    classifier: SeededClassifier
    idf: dict[str, float]
    index: ExampleIndex

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.labels)))


#: One labelled example: the text as written, its normalised text and its label.
ExampleRow = tuple[str, str, str]

_LOADED: dict[tuple[object, ...], ExampleSet | None] = {}


def load_examples(
    rows: Sequence[ExampleRow],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    *,
    random_state: int = 0,
) -> ExampleSet | None:
    """The examples of `rows`, built once per process (None when there is nothing to learn:
    no rows, or fewer than two classes)."""
    key = (tuple(rows), tuple(d.id for d in definitions), id(analyzer), random_state)
    if key not in _LOADED:
        _LOADED[key] = build_examples(
            rows,
            [d.id for d in definitions],
            analyzer,
            VectorCache(analyzer),
            random_state=random_state,
        )
    return _LOADED[key]


def build_examples(
    rows: Sequence[ExampleRow],
    seeded_ids: Sequence[str],
    analyzer: Analyzer,
    cache: VectorCache,
    *,
    random_state: int = 0,
) -> ExampleSet | None:
    """Lemmatize the examples and fit the classifier; None when there is nothing to learn
    (fewer than two classes)."""
    seeded = set(seeded_ids)
    labels = tuple(label if label in seeded else OTHER for _, _, label in rows)
    if len(set(labels)) < 2:
        return None

    def lemmatize(texts: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(distinct_lemmas(content_lemmas(t)) for t in analyzer.analyze(texts))

    mode = str(getattr(analyzer, "mode", type(analyzer).__name__))
    texts = tuple(clean for _, clean, _ in rows)
    docs = cached_docs([text for text, _, _ in rows], mode, lemmatize)
    doc_freq: Counter[str] = Counter(w for doc in docs for w in doc)
    idf = {w: math.log((1 + len(docs)) / (1 + c)) + 1.0 for w, c in sorted(doc_freq.items())}
    classifier = cached_classifier(
        docs,
        texts,
        labels,
        lambda: SeededClassifier(C=CLASSIFIER_C, random_state=random_state).fit(
            docs, texts, labels, cache
        ),
        params=f"C={CLASSIFIER_C};random_state={random_state}",
    )
    index = _index(docs, labels, idf, cache)
    return ExampleSet(
        docs=docs, texts=texts, labels=labels, classifier=classifier, idf=idf, index=index
    )


def _index(
    docs: Sequence[Sequence[str]],
    labels: Sequence[str],
    idf: dict[str, float],
    cache: VectorCache,
) -> ExampleIndex:
    default_idf = max(idf.values(), default=1.0)
    segment = [index for index, doc in enumerate(docs) for _ in doc]
    words = [word for doc in docs for word in doc]
    distinct = sorted(set(words))
    row_of = {word: row for row, word in enumerate(distinct)}
    seg = np.array(segment, dtype=np.int64)
    word_weights = np.array([idf.get(word, default_idf) for word in words])
    starts = np.flatnonzero(np.r_[True, seg[1:] != seg[:-1]]) if seg.size else seg
    return ExampleIndex(
        vocabulary=cached_vectors(distinct, cache) if distinct else np.zeros((0, cache.dim)),
        words=np.array([row_of[w] for w in words], dtype=np.int64),
        word_weights=word_weights,
        starts=starts,
        example_weight=np.add.reduceat(word_weights, starts) if seg.size else word_weights,
        labels=np.array([label for label, doc in zip(labels, docs, strict=True) if doc]),
    )


def exemplar_scores(
    docs: Sequence[Sequence[str]], examples: ExampleSet, cache: VectorCache
) -> FloatArray:
    """`scores[i, c]`: mean similarity of note i to its NEIGHBOURS nearest examples of class
    `examples.classes[c]`. Similarity of two notes: the IDF-weighted mean, both ways, of each
    word's best cosine among the other note's words (a soft word alignment). Cosines are
    computed once per distinct example word and spread to its occurrences."""
    classes = examples.classes
    default_idf = max(examples.idf.values(), default=1.0)
    index = examples.index
    members = [index.labels == label for label in classes]
    result = np.zeros((len(docs), len(classes)))
    if not index.words.size:
        return result
    note_words = [distinct_lemmas(doc) for doc in docs]
    for first in range(0, len(docs), _CHUNK):
        rows = [r for r in range(first, min(first + _CHUNK, len(docs))) if note_words[r]]
        if not rows:
            continue
        # one matrix product for the chunk's words: far faster than one per note
        stacked = np.array([cache.get(w) for r in rows for w in note_words[r]])
        chunk_cosines = stacked @ index.vocabulary.T
        offset = 0
        for row in rows:
            words = note_words[row]
            distinct_cosines = chunk_cosines[offset : offset + len(words)]
            offset += len(words)
            note_weights = np.array([examples.idf.get(w, default_idf) for w in words])
            cosines = distinct_cosines[:, index.words]
            # examples' words are contiguous: reduce each example's block at once
            forward = np.maximum.reduceat(cosines, index.starts, axis=1)
            to_example = (forward * note_weights[:, None]).sum(axis=0) / note_weights.sum()
            best_back = distinct_cosines.max(axis=0)[index.words] * index.word_weights
            from_example = np.add.reduceat(best_back, index.starts) / index.example_weight
            similarity = (to_example + from_example) / 2
            for column, member in enumerate(members):
                values = np.sort(similarity[member])[::-1][:NEIGHBOURS]
                result[row, column] = float(values.mean()) if values.size else 0.0
    return result


def distinct_lemmas(lemmas: Sequence[str]) -> tuple[str, ...]:
    """Distinct lowercase lemmas in order, very general words left out (as examples are)."""
    return tuple(dict.fromkeys(w.lower() for w in lemmas if w.lower() not in GENERIC_LEMMAS))
