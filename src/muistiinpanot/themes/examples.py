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
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.themes.classifier import OTHER, SeededClassifier
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.example_cache import cached_classifier, cached_docs
from muistiinpanot.themes.example_index import ExampleIndex, build_index, per_example
from muistiinpanot.themes.protocols import Analyzer, content_lemmas
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.soft import GENERIC_LEMMAS
from muistiinpanot.vectorize import FloatArray, VectorCache

#: Nearest examples averaged per theme.
NEIGHBOURS = 3
#: New note words compared with the examples' words in one matrix product (always this many
#: rows: see _word_scores).
_WORD_BLOCK = 64
#: The [themes] defaults (ThemeSettings), for callers without settings.
_DEFAULTS = ThemeSettings()
#: Notes whose best cosines are summed per example at once (bounds the memory: 1 MB a note).
_NOTE_BLOCK = 64


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
    #: Per note word form, kept across clinics: (cosines to `index.vocabulary`, best cosine
    #: within each example); filled by exemplar_scores. About 110 KB a word for the bundled
    #: examples: [themes] example_words_kept (a memory bound) words used last are kept.
    word_scores: BoundedCache[str, tuple[FloatArray, FloatArray]] = field(
        default_factory=lambda: BoundedCache(_DEFAULTS.example_words_kept),
        compare=False,
        repr=False,
    )

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.labels)))


#: One labelled example: the text as written, its normalised text and its label.
ExampleRow = tuple[str, str, str]

_LOADED: dict[tuple[object, ...], ExampleSet | None] = {}
_LOADING = threading.Lock()


def load_examples(
    rows: Sequence[ExampleRow],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    settings: ThemeSettings = _DEFAULTS,
    weights: Sequence[float] | None = None,
) -> ExampleSet | None:
    """The examples of `rows`, built once per process (None when there is nothing to learn:
    no rows, or fewer than two classes); `settings`: the classifier's and the word scores'
    ([themes] classifier_*, random_state, example_words_kept); `weights`: each row's weight
    in the classifier's loss (app/models.example_weights)."""
    key = (
        tuple(rows),
        None if weights is None else tuple(weights),
        tuple(d.id for d in definitions),
        id(analyzer),
        settings.random_state,
        settings.example_words_kept,
        settings.classifier_c,
        settings.classifier_char_weight,
        settings.classifier_dropout,
        settings.classifier_seed_weight,
        tuple(d.seed_lemmas for d in definitions),
    )
    with _LOADING:  # one build per process, whichever thread asks first
        if key not in _LOADED:
            _LOADED[key] = build_examples(
                rows,
                [d.id for d in definitions],
                analyzer,
                VectorCache(analyzer),
                settings,
                seed_lemmas=[d.seed_lemmas for d in definitions],
                weights=weights,
            )
        return _LOADED[key]


def build_examples(
    rows: Sequence[ExampleRow],
    seeded_ids: Sequence[str],
    analyzer: Analyzer,
    cache: VectorCache,
    settings: ThemeSettings = _DEFAULTS,
    seed_lemmas: Sequence[Sequence[str]] = (),
    weights: Sequence[float] | None = None,
) -> ExampleSet | None:
    """Lemmatize the examples and fit the classifier; None when there is nothing to learn
    (fewer than two classes). `settings.example_words_kept`: the bound of `word_scores`;
    `seed_lemmas`: each seeded theme's (as `seeded_ids`), for the classifier's seed-hit
    block (`settings.classifier_seed_weight`); `weights`: each row's weight in the
    classifier's loss (all 1 when None; the exemplar view counts every example alike)."""
    seeded = set(seeded_ids)
    labels = tuple(label if label in seeded else OTHER for _, _, label in rows)
    if len(set(labels)) < 2:
        return None

    def lemmatize(texts: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(distinct_lemmas(content_lemmas(t)) for t in analyzer.analyze(texts))

    identity = str(
        getattr(analyzer, "lemma_identity", None) or getattr(analyzer, "mode", type(analyzer))
    )
    texts = tuple(clean for _, clean, _ in rows)
    docs = cached_docs([text for text, _, _ in rows], identity, lemmatize)
    doc_freq: Counter[str] = Counter(w for doc in docs for w in doc)
    idf = {w: math.log((1 + len(docs)) / (1 + c)) + 1.0 for w, c in sorted(doc_freq.items())}
    model = SeededClassifier(
        C=settings.classifier_c,
        random_state=settings.random_state,
        char_weight=settings.classifier_char_weight,
        dropout=settings.classifier_dropout,
        seed_weight=settings.classifier_seed_weight,
        seed_lemmas=tuple(tuple(seeds) for seeds in seed_lemmas),
    )
    classifier = cached_classifier(
        docs,
        texts,
        labels,
        lambda: model.fit(docs, texts, labels, cache, weights),
        params=f"C={model.C};random_state={model.random_state};"
        f"char_weight={model.char_weight};dropout={model.dropout}"
        + (
            f";seed_weight={model.seed_weight};seeds={model.seed_lemmas!r}"
            if model.seed_weight > 0
            else ""
        )
        + (f";weights={list(weights)!r}" if weights is not None else ""),
    )
    index = build_index(docs, labels, idf, cache)
    return ExampleSet(
        docs=docs,
        texts=texts,
        labels=labels,
        classifier=classifier,
        idf=idf,
        index=index,
        word_scores=BoundedCache(settings.example_words_kept),
    )


def exemplar_scores(
    docs: Sequence[Sequence[str]], examples: ExampleSet, cache: VectorCache
) -> FloatArray:
    """`scores[i, c]`: mean similarity of note i to its NEIGHBOURS nearest examples of class
    `examples.classes[c]`. Similarity of two notes: the IDF-weighted mean, both ways, of each
    word's best cosine among the other note's words (a soft word alignment). A note word's
    cosines to the examples' words, and its best cosine within each example, do not depend
    on the note: they are computed once per word form and kept (examples.word_scores)."""
    classes = examples.classes
    default_idf = max(examples.idf.values(), default=1.0)
    index = examples.index
    result = np.zeros((len(docs), len(classes)))
    if not index.words.size:
        return result
    note_words = [distinct_lemmas(doc) for doc in docs]
    rows = [row for row, words in enumerate(note_words) if words]
    scores = _word_scores(sorted({w for row in rows for w in note_words[row]}), examples, cache)
    similarity = np.empty((len(rows), index.starts.size))
    for first in range(0, len(rows), _NOTE_BLOCK):
        block = rows[first : first + _NOTE_BLOCK]
        # each example word's best cosine among a note's words (columns: the block's notes)
        best_back = np.empty((index.vocabulary.shape[0], len(block)))
        for column, row in enumerate(block):
            best_back[:, column] = np.max([scores[w][0] for w in note_words[row]], axis=0)
        from_example = per_example(best_back, index, weighted=True).T / index.example_weight
        for position, row in enumerate(block):
            words = note_words[row]
            note_weights = np.array([examples.idf.get(w, default_idf) for w in words])
            forward = np.array([scores[w][1] for w in words])
            to_example = (forward * note_weights[:, None]).sum(axis=0) / note_weights.sum()
            similarity[first + position] = (to_example + from_example[position]) / 2
    for column, label in enumerate(classes):
        member = similarity[:, index.labels == label]
        if member.shape[1]:  # the NEIGHBOURS best, largest first
            nearest = -np.sort(-member, axis=1)[:, :NEIGHBOURS]
            result[rows, column] = nearest.mean(axis=1)
    return result


def _word_scores(
    words: Sequence[str], examples: ExampleSet, cache: VectorCache
) -> dict[str, tuple[FloatArray, FloatArray]]:
    """For each of `words`: its cosines to the examples' distinct words and its best cosine
    within each example, from examples.word_scores or computed there. New words go through
    the matrix product in blocks of exactly _WORD_BLOCK rows (zero-padded): a word's cosines
    then never depend on which other words shared its block, so a kept word scores the same
    whichever clinic met it first."""
    found = examples.word_scores.get_many(words)  # marked as used now
    missing = [word for word in words if word not in found]
    index = examples.index
    cache.prefetch(missing)
    computed = {}
    for first in range(0, len(missing), _WORD_BLOCK):
        block = missing[first : first + _WORD_BLOCK]
        vectors = np.zeros((_WORD_BLOCK, index.vocabulary.shape[1]))
        vectors[: len(block)] = [cache.get(word) for word in block]
        cosines = vectors @ index.vocabulary.T
        best = per_example(np.ascontiguousarray(cosines[: len(block)].T), index).T
        for position, word in enumerate(block):
            computed[word] = (cosines[position].copy(), best[position].copy())
    examples.word_scores.put_many(computed)  # least recently used out; `found` keeps ours
    return found | computed


def distinct_lemmas(lemmas: Sequence[str]) -> tuple[str, ...]:
    """Distinct lowercase lemmas in order, very general words left out (as examples are)."""
    return tuple(dict.fromkeys(w.lower() for w in lemmas if w.lower() not in GENERIC_LEMMAS))
