"""Round 30 (emergent30): a cluster-level merge of side groups as post-steps for
benchmarks/emergent_refine.py: the shipped cut and word step (main), then
themes/side_groups.py's merge with each of its tests (named before any was run):

  merge-centroid  a small cluster whose notes are mostly nearer its partner's lemma TF-IDF
                  centroid than the rest of their own cluster's
  merge-spread    ... whose notes' mean cosine to the partner's centroid is inside the
                  partner's own spread (its notes' mean leave-one-out cosine minus one sd)
  merge-null      ... whose centroid is nearer the partner's than 95 % of seeded draws of as
                  many notes from outside both (a permutation test)
  merge-lemma     ... whose most distinctive lemma is its partner's too

The coherence test follows, as in a run. Nothing read from gold.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np

from muistiinpanot.themes.emergent import agreement_clusters, word_links
from refine_variants import Batch


def _merged(mode: str) -> Callable[[Batch], np.ndarray]:
    def step(batch: Batch) -> np.ndarray:
        settings = dataclasses.replace(batch.settings, side_group_merge=mode)
        labels = agreement_clusters(batch.agreement, settings)
        return word_links(batch.rows(), labels, batch.agreement, settings)

    return step


SIDE_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    f"merge-{mode}": _merged(mode) for mode in ("centroid", "spread", "null", "lemma")
}
