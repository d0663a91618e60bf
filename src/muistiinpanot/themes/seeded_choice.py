"""Each note's seeded theme, for the themes stage (assign.py): with labelled examples, by the
blended views (blend.py); without, by the batch's seeded-score threshold (seeded.py).
`seeded_evidence` is what the decision reads (the notes as the seed-sense step leaves them,
and the soft scores): assign.py and benchmarks/themes_recall.py both call it, so the benchmark
scores the path `run` takes (seeded36)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from muistiinpanot.records import NO_THEME
from muistiinpanot.themes.blend import blend_views
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.examples import ExampleSet
from muistiinpanot.themes.protocols import Analyzer
from muistiinpanot.themes.seeded import score_seeded, seed_threshold
from muistiinpanot.themes.seedsense import sensed_views
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import VectorCache

__all__ = ["decide_seeded", "seeded_evidence"]


def seeded_evidence(
    docs: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    cache: VectorCache,
    settings: ThemeSettings,
    with_examples: bool,
) -> tuple[list[tuple[str, ...]], list[str], np.ndarray]:
    """The notes' lemma lists and texts as the seeded views read them (without a seed word in
    another sense, seedsense.py) and their soft seeded scores, lifted to the exact seed-word
    score where that is higher when `with_examples` (the blend's soft view)."""
    # a seed word in another sense ("julkinen liikenne") is not read by the seeded views
    sensed, sensed_texts = sensed_views(docs, texts, definitions, analyzer, cache, settings)
    seeded_scores = score_seeded(sensed, definitions, analyzer, cache, settings)
    scores = seeded_scores.scores
    if with_examples and scores.shape[1]:
        # exact seed words are the strongest evidence there is: they lift the soft view
        scores = np.maximum(scores, seeded_scores.lexical)
    return sensed, sensed_texts, scores


def decide_seeded(
    docs: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    scores: np.ndarray,
    definitions: Sequence[ThemeDefinition],
    examples: ExampleSet | None,
    cache: VectorCache,
    settings: ThemeSettings,
    lift: np.ndarray | None = None,
) -> tuple[list[str], np.ndarray]:
    """Each note's seeded theme (or NO_THEME: left for clustering) and its score. With
    examples, the best theme's blended decision plus `settings.other_margin` must beat the
    blended "other" score: new writers' notes on a theme are less sure than the examples'
    (cross-validation over the example files, settings.py). `lift[i, t]`, when given, is
    added to note i's blended decision for theme t (promise.promise_lift)."""
    theme_of: list[str] = [NO_THEME] * len(docs)
    score_of = np.zeros(len(docs))
    if not scores.shape[1]:
        return theme_of, score_of
    if examples is not None:
        blended = blend_views(docs, texts, scores, definitions, examples, cache, settings)
        decision = blended.decision if lift is None else blended.decision + lift
        for row in range(len(docs)):
            best = int(decision[row].argmax())
            margin = settings.other_margin
            if docs[row] and decision[row, best] + margin > blended.other[row]:
                theme_of[row] = definitions[best].id
                score_of[row] = blended.fit[row, best]
            elif docs[row]:
                score_of[row] = 1.0 - blended.fit[row].max()
        return theme_of, score_of
    best_seeded = scores.max(axis=1)
    threshold = seed_threshold(best_seeded[[bool(doc) for doc in docs]], settings)
    for row in range(len(docs)):
        if best_seeded[row] >= threshold:
            theme_of[row] = definitions[int(scores[row].argmax())].id
            score_of[row] = best_seeded[row]
        elif docs[row]:
            score_of[row] = 1.0 - best_seeded[row]
    return theme_of, score_of
