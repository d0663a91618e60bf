"""Seeded themes: how well each note fits each theme of models/themes.toml, in [0, 1].

Two signals per (note, theme): the soft word match of soft.py (floret cosines of the note's
words to the theme's seed lemmas and seed-phrase words) and the lexical match: a content lemma
or compound part equals a seed lemma (`lexical_score`, rising with more hits) or starts/ends
with a seed lemma of 5+ letters (`prefix_score`). Nothing here knows any corpus sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import Analyzer
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.soft import background_weights, word_match_scores
from muistiinpanot.vectorize import FloatArray, VectorCache

_MIN_AFFIX = 5


@dataclass(frozen=True, slots=True)
class SeededScores:
    """`scores[i, t]`: fit of note i to definition t; `lexical[i, t]`: the lexical part."""

    scores: FloatArray
    lexical: FloatArray


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
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    cache: VectorCache,
    settings: ThemeSettings,
) -> SeededScores:
    """Scores of every note (lemma lists `docs`) for every theme."""
    if not definitions:
        empty = np.zeros((len(docs), 0))
        return SeededScores(empty, empty)
    lexical = lexical_scores(docs, definitions, settings)
    words = word_match_scores(docs, definitions, analyzer, cache, settings)
    return SeededScores(words, lexical)


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
