"""Seeded themes: how well each note fits each theme of models/themes.toml, in [0, 1].

Default (`scorer = "soft"`): the soft lexical match of soft.py alone; it beat the blend below
on the corpus and on a held-out set written without looking at the corpus.

`scorer = "blend"` (the first version): two signals per (note, theme), the larger wins:
  lexical  a content lemma or compound part equals a seed lemma (`lexical_score`, rising with
           more hits) or starts/ends with a seed lemma of 5+ letters (`prefix_score`);
  meaning  cosine between the note vector and the theme's anchors (SIF-weighted floret vectors
           of each seed phrase, of the description and of the seed lemmas), the mean of the two
           best anchors mapped linearly from [similarity_low, similarity_high] to [0, 1].
Then one semi-supervised pass: each theme's anchors are joined by the centroid of the notes the
first pass gave it (leave-one-out), so notes that resemble how this clinic talks about the
theme are drawn in. Nothing here knows any corpus sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import Analyzer, content_lemmas
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.soft import background_weights, word_match_scores
from muistiinpanot.vectorize import FloatArray, VectorCache, embed_docs, normalize_rows

_MIN_AFFIX = 5


@dataclass(frozen=True, slots=True)
class SeededScores:
    """`scores[i, t]`: fit of note i to definition t; `lexical[i, t]`: the lexical part."""

    scores: FloatArray
    lexical: FloatArray


def theme_anchor_docs(definition: ThemeDefinition, analyzer: Analyzer) -> list[tuple[str, ...]]:
    """Lemma lists that express a theme: each seed phrase, the description and the seed
    lemmas themselves (each seed lemma a one-word anchor as well)."""
    texts = [*definition.seed_phrases]
    if definition.description:
        texts.append(definition.description)
    docs = [content_lemmas(tokens) for tokens in analyzer.analyze(texts)] if texts else []
    docs = [doc for doc in docs if doc]
    docs.append(definition.seed_lemmas)
    docs.extend((lemma,) for lemma in definition.seed_lemmas)
    return [doc for doc in docs if doc]


def lexical_scores(
    docs: Sequence[Sequence[str]], definitions: Sequence[ThemeDefinition], settings: ThemeSettings
) -> FloatArray:
    """Exact and affix matches of note lemmas against each theme's seed lemmas.

    A seed lemma found in more notes than `max(common_share * notes, common_min_notes)` is
    the batch's background vocabulary (a clinic on experiments says "kokeilu" everywhere), so
    its hits count for proportionally less and meaning decides."""
    background = background_weights(docs, settings)
    result = np.zeros((len(docs), len(definitions)))
    for column, definition in enumerate(definitions):
        seeds = set(definition.seed_lemmas)
        long_seeds = tuple(sorted(seed for seed in seeds if len(seed) >= _MIN_AFFIX))
        for row, doc in enumerate(docs):
            strengths: list[float] = []
            for lemma in set(doc):
                if lemma in seeds:
                    strength = settings.lexical_score
                elif long_seeds and (lemma.startswith(long_seeds) or lemma.endswith(long_seeds)):
                    strength = settings.prefix_score
                else:
                    continue
                strengths.append(strength * background[lemma])
            if strengths:
                miss = np.prod([1.0 - value for value in strengths])
                result[row, column] = 1.0 - float(miss)
    return result


def score_seeded(
    docs: Sequence[Sequence[str]],
    note_matrix: FloatArray,
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    cache: VectorCache,
    weights: dict[str, float],
    settings: ThemeSettings,
) -> SeededScores:
    """Scores of every note (rows of `note_matrix`, lemma lists `docs`) for every theme."""
    if not definitions:
        empty = np.zeros((len(docs), 0))
        return SeededScores(empty, empty)
    lexical = lexical_scores(docs, definitions, settings)
    words = word_match_scores(docs, definitions, analyzer, cache, settings)
    if settings.scorer != "blend":
        return SeededScores(words, lexical)
    anchors = [
        embed_docs(theme_anchor_docs(definition, analyzer), cache, weights)
        for definition in definitions
    ]
    sentence = np.column_stack([_top_similarity(note_matrix, a) for a in anchors])
    word_part = _scale(words, settings.word_low, settings.word_high)
    semantic = sentence
    first = _combine(lexical, _semantic(semantic, word_part, settings))
    if settings.refine_weight <= 0:
        return SeededScores(first, lexical)
    refined = semantic.copy()
    best = first.argmax(axis=1)
    confident = first.max(axis=1) >= settings.seed_threshold
    for column in range(len(definitions)):
        members = np.flatnonzero(confident & (best == column))
        if members.size < settings.refine_min_notes:
            continue
        total = note_matrix[members].sum(axis=0)
        centroids = np.tile(total, (note_matrix.shape[0], 1))
        centroids[members] -= note_matrix[members]  # leave-one-out for the members
        similarity = np.einsum("ij,ij->i", note_matrix, normalize_rows(centroids))
        weight = settings.refine_weight
        refined[:, column] = (1 - weight) * semantic[:, column] + weight * similarity
    return SeededScores(_combine(lexical, _semantic(refined, word_part, settings)), lexical)


def _top_similarity(note_matrix: FloatArray, anchors: FloatArray, top: int = 2) -> FloatArray:
    similarity = note_matrix @ anchors.T
    if similarity.shape[1] == 0:
        return np.zeros(note_matrix.shape[0])
    count = min(top, similarity.shape[1])
    best = -np.sort(-similarity, axis=1)[:, :count]
    result: FloatArray = best.mean(axis=1)
    return result


def _semantic(sentence: FloatArray, word_part: FloatArray, settings: ThemeSettings) -> FloatArray:
    scaled = _scale(sentence, settings.similarity_low, settings.similarity_high)
    weight = settings.word_weight
    result: FloatArray = (1 - weight) * scaled + weight * word_part
    return result


def _scale(similarity: FloatArray, low: float, high: float) -> FloatArray:
    span = max(high - low, 1e-9)
    return np.clip((similarity - low) / span, 0.0, 1.0)


def _combine(lexical: FloatArray, semantic: FloatArray) -> FloatArray:
    """Lexical evidence with a little meaning on top (to break ties), or meaning alone."""
    return np.clip(np.maximum(lexical + 0.1 * semantic, semantic), 0.0, 1.0)


def seed_threshold(best: FloatArray, settings: ThemeSettings) -> float:
    """The score a note needs to join its best seeded theme, calibrated on the batch.

    The best seeded scores of a clinic are a mixture of notes on the seeded themes and notes
    on other topics; Otsu's split (the cut maximising the between-group variance) separates the
    two without a tuned constant. `seed_threshold` stays the floor, and batches smaller than
    `calibrate_min_notes` use it alone (too few notes to see two groups)."""
    if best.size < max(settings.calibrate_min_notes, 4):
        return settings.seed_threshold
    return max(settings.seed_threshold, otsu_threshold(best))


def otsu_threshold(values: FloatArray) -> float:
    """Midpoint of the cut of sorted `values` with the largest between-group variance."""
    ordered = np.sort(values)
    count = ordered.size
    cumulative = np.cumsum(ordered)
    sizes = np.arange(1, count)
    low_mean = cumulative[:-1] / sizes
    high_mean = (cumulative[-1] - cumulative[:-1]) / (count - sizes)
    between = sizes * (count - sizes) * (high_mean - low_mean) ** 2
    cut = int(np.argmax(between))
    return float((ordered[cut] + ordered[cut + 1]) / 2)
