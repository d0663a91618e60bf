"""Round 27 (emergent27, review 38 #3–#5): the consensus's clusters read by the lemmas their
notes share (themes/word_links.py), as post-steps for benchmarks/emergent_refine.py:

  words-split   a cluster whose notes fall into two or more word-disjoint parts of at least
                min_cluster_size notes is split into them
  words-relink  a note sharing none of its cluster's own lemmas moves to a cluster it shares
                one with
  words-both    words-split, then words-relink
  words-off     the consensus's cut alone (main before round 27, when words-split shipped)
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from muistiinpanot.themes.emergent import agreement_clusters
from muistiinpanot.themes.word_links import relink_notes, split_word_disjoint
from refine_variants import Batch


def _split(batch: Batch) -> np.ndarray:
    labels = agreement_clusters(batch.agreement, batch.settings)  # the cut alone, then the split
    return split_word_disjoint(
        batch.rows(), labels, batch.agreement, batch.settings.min_cluster_size
    )


def _relink(batch: Batch) -> np.ndarray:  # the cut alone, then the relink
    return relink_notes(
        batch.rows(), agreement_clusters(batch.agreement, batch.settings), batch.agreement
    )


def _both(batch: Batch) -> np.ndarray:
    return relink_notes(batch.rows(), _split(batch), batch.agreement)


WORD_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "words-split": _split,
    "words-relink": _relink,
    "words-both": _both,
    "words-off": lambda batch: agreement_clusters(batch.agreement, batch.settings),
}
