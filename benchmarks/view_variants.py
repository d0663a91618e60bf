"""Round 22 of issue 12: the consensus without one of its word-alignment views, run by
benchmarks/emergent_refine.py (docs/how-it-works.md, round 22). Over all sets ours joins a
note to another topic's cluster through a shared lemma more often than the best true-k
baseline (emergent_kinds.py: 270 notes against 196); the view that weighs a note's words
alike (`align_weight_powers` 0) gives a shared frequent word as much weight as a rare one.

  no-flat   the views of SIF ** 0.5 and SIF ** 1 only (the equal-weight view left out)
  no-full   the views of SIF ** 0 and SIF ** 0.5 only (the full-SIF view left out)

Round 23 (docs/how-it-works.md, "The full-SIF view's weight, round 23"): the setting
`align_view_weights` with the full-SIF view's weight lowered, the other two views at 1:

  full-0.5, full-0.25, full-0   its base partitions count 0.5 / 0.25 / 0 (0 = no-full)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np
from threadpoolctl import threadpool_limits

from muistiinpanot.themes.emergent import agreement_clusters, co_association
from refine_variants import Batch


def _without(batch: Batch, power: float) -> np.ndarray:
    """The consensus's cut over the batch's views but the one of `power`."""
    powers = batch.settings.align_weight_powers
    views = [view for p, view in zip(powers, batch.similarities, strict=True) if p != power]
    with threadpool_limits(limits=1):
        agreement = co_association(views, batch.settings)
    return agreement_clusters(agreement, batch.settings)


def _weighted(batch: Batch, full: float) -> np.ndarray:
    """The consensus's cut with the full-SIF view's partitions weighted `full` (setting
    `align_view_weights`; the batch's views must be the default three)."""
    powers = batch.settings.align_weight_powers
    weights = tuple(full if p == 1.0 else 1.0 for p in powers)
    settings = dataclasses.replace(batch.settings, align_view_weights=weights)
    with threadpool_limits(limits=1):
        agreement = co_association(batch.similarities, settings)
    return agreement_clusters(agreement, settings)


VIEW_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "no-flat": lambda b: _without(b, 0.0),
    "no-full": lambda b: _without(b, 1.0),
    "full-0.5": lambda b: _weighted(b, 0.5),
    "full-0.25": lambda b: _weighted(b, 0.25),
    "full-0": lambda b: _weighted(b, 0.0),
}
