"""Blend the three views of a seeded theme into one decision per note.

1. soft match to the theme definition (soft.py): seed lemmas and phrases of themes.toml;
2. exemplar similarity to the labelled examples (examples.py);
3. the logistic regression trained on the examples (classifier.py).

Each view gives every note a score per seeded theme and for "other" (for the soft view,
"other" is the batch's calibrated threshold, seeded.seed_threshold; its theme scores are
the soft match lifted to the exact seed-word score where that is higher). Within a batch of
at least `calibrate_min_notes` notes:
- the classifier's probabilities are adjusted to the batch's share of notes on no seeded
  theme (`adapt_other_share`; adapt_other_share below): the examples are about two thirds
  seeded, a clinic's notes often a third, and a classifier trained on the first share claims
  too many notes of the second;
- each view's theme columns are centred, keeping the view's overall level: a clinic whose
  topic word is a theme's word ("kokeilu" in a clinic on experiments) lifts that theme for
  every note, and centring removes that lift. "other" is not centred (centring it made about
  half of every clinic seeded, whatever its notes were about).
The views are averaged with `view_weights` (soft, exemplar, classifier; the theme scores and
"other" alike), and a note goes to its best seeded theme when that beats "other". The
classifier's probabilities spread far more than the two similarity views, so it decides and
they break its near-ties (README, Themes); weighing it four times either view (equal weights
until session 17) was chosen leave-one-round-out over the dev seeded sets (docs/how-it-works.md,
"Seeded themes leave-one-round-out (session 17)").
A theme without examples is decided by the soft view alone.
`exemplar_view = false` (fast mode's trade) leaves view 2 out: it costs more CPU than the
other two together (a note word's cosines to every example word).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from muistiinpanot.themes.classifier import OTHER
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.examples import ExampleSet, distinct_lemmas, exemplar_scores
from muistiinpanot.themes.seeded import seed_threshold
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray, VectorCache


@dataclass(frozen=True, slots=True)
class BlendedScores:
    """`decision[i, t]` compares themes (and `other[i]`) for note i; `fit[i, t]` in [0, 1] is
    the uncentred mean of the views, reported as the note's score for theme t."""

    decision: FloatArray
    other: FloatArray
    fit: FloatArray


def blend_views(
    docs: Sequence[Sequence[str]],
    texts: Sequence[str],
    soft: FloatArray,
    definitions: Sequence[ThemeDefinition],
    examples: ExampleSet,
    cache: VectorCache,
    settings: ThemeSettings,
) -> BlendedScores:
    """Average the soft, exemplar and classifier views (see the module docstring) for notes
    with content lemmas `docs[i]` and normalised text `texts[i]`."""
    views, fit = view_scores(docs, texts, soft, definitions, examples, cache, settings)
    decision, other = combine_views(views, settings)
    return BlendedScores(decision=decision, other=other, fit=fit)


def combine_views(
    views: Sequence[tuple[FloatArray, FloatArray]], settings: ThemeSettings
) -> tuple[FloatArray, FloatArray]:
    """The blended theme scores and "other" of `view_scores`' views: their means weighted by
    `settings.view_weights` (the exemplar's left out when `exemplar_view` is off)."""
    soft_weight, exemplar_weight, classifier_weight = settings.view_weights
    weights = np.array(
        [soft_weight, *([exemplar_weight] if settings.exemplar_view else []), classifier_weight]
    )
    decision = _mean_known([seeded for seeded, _ in views], weights)
    other: FloatArray = np.stack([other for _, other in views]).T @ weights / weights.sum()
    return decision, other


def view_scores(
    docs: Sequence[Sequence[str]],
    texts: Sequence[str],
    soft: FloatArray,
    definitions: Sequence[ThemeDefinition],
    examples: ExampleSet,
    cache: VectorCache,
    settings: ThemeSettings,
) -> tuple[list[tuple[FloatArray, FloatArray]], FloatArray]:
    """Each view's (theme scores, "other" score) as `blend_views` averages them (centred in
    a batch of `calibrate_min_notes` or more), and the uncentred mean `fit`."""
    count = soft.shape[0]
    classes = examples.classes
    docs = [distinct_lemmas(doc) for doc in docs]
    proba = examples.classifier.predict_proba(docs, texts, cache)
    proba = proba[:, [examples.classifier.classes_.index(c) for c in classes]]
    if settings.adapt_other_share and count >= settings.calibrate_min_notes:
        shares = np.array([examples.labels.count(c) for c in classes]) / len(examples.labels)
        proba = adapt_other_share(proba, classes.index(OTHER), shares, settings.adapt_iterations)
    views = [
        (
            soft,
            np.full(
                count,
                seed_threshold(soft.max(axis=1), settings)
                if soft.size
                else settings.seed_threshold,
            ),
        )
    ]
    raws = [exemplar_scores(docs, examples, cache)] if settings.exemplar_view else []
    for raw in (*raws, proba):  # columns: classes
        seeded = np.full((count, len(definitions)), np.nan)
        for column, definition in enumerate(definitions):
            if definition.id in classes:
                seeded[:, column] = raw[:, classes.index(definition.id)]
        views.append((seeded, raw[:, classes.index(OTHER)]))
    fit = np.clip(_mean_known([seeded for seeded, _ in views], np.ones(len(views))), 0.0, 1.0)
    if count >= settings.calibrate_min_notes:
        views = [(_centre(seeded), other) for seeded, other in views]
    return views, fit


def _centre(seeded: FloatArray) -> FloatArray:
    """Remove each theme column's batch mean and put back the view's mean over all its theme
    columns: only the themes' relative lift goes."""
    known = ~np.isnan(seeded).all(axis=0)
    means = np.zeros(seeded.shape[1])
    means[known] = seeded[:, known].mean(axis=0)
    result: FloatArray = seeded - means + (seeded[:, known].mean() if known.any() else 0.0)
    return result


def adapt_other_share(
    proba: FloatArray, other: int, shares: FloatArray, iterations: int = 100
) -> FloatArray:
    """`proba` (notes × classes, fitted where the classes had `shares`) adjusted to the
    batch's own share of class `other`, estimated by EM (Saerens, Latinne & Decaestecker
    2002, "Adjusting the outputs of a classifier to new a priori probabilities"): reweigh
    each row by new share / old share, take the mean reweighted probability of `other` as
    the new share, repeat. Only the share of `other` moves; the seeded classes keep their
    ratios to one another (re-estimating each theme's share too lifted a clinic's main
    theme for every note: corpus/gold 0.858 -> 0.821)."""
    prior = np.asarray(shares, dtype=np.float64)
    current = prior.copy()
    adjusted = proba
    for _ in range(iterations):
        adjusted = proba * (current / prior)
        adjusted /= adjusted.sum(axis=1, keepdims=True)
        share = float(np.clip(adjusted[:, other].mean(), 1e-6, 1 - 1e-6))
        updated = prior * (1.0 - share) / (1.0 - prior[other])
        updated[other] = share
        if np.abs(updated - current).max() < 1e-7:
            current = updated
            break
        current = updated
    result: FloatArray = proba * (current / prior)
    result /= result.sum(axis=1, keepdims=True)
    return result


def _mean_known(matrices: Sequence[FloatArray], weights: FloatArray) -> FloatArray:
    """Element-wise mean over the matrices weighted by `weights`, skipping NaN (a view that
    does not know a theme); the first (soft) view is never NaN, and weighs more than 0."""
    stack = np.stack(matrices)
    known = ~np.isnan(stack)
    scale = weights[:, None, None] * known
    result: FloatArray = (np.where(known, stack, 0.0) * scale).sum(axis=0) / scale.sum(axis=0)
    return result
