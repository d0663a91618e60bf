"""Whether an emergent cluster is a theme or should go to muu: coherence, measured.

A cluster is coherent when its notes say related things more than chance would have them
do in this batch: the mean pairwise word-alignment similarity of its notes
(vectorize.alignment_similarity, which matches each word with its nearest word of the other
note, so "asukasraati" and "osallistuva budjetointi" are near without sharing a word) is
compared with the same mean over random groups of as many notes drawn from the whole batch
(a permutation test). The cluster is kept when at most `coherence_p` of the random groups
reach its value. No size cut and no word list: a tight group of four notes is a theme, a
grab-bag of nine loosely related remarks is not, whatever the clinic.

Deterministic (seeded draws); large batches are tested on seeded samples of at most
`coherence_pool` notes (and as many members of a cluster) to keep memory bounded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray, VectorCache, alignment_similarity, sif_weights


def coherent_clusters(
    clusters: Sequence[Sequence[int]],
    docs: Sequence[Sequence[str]],
    word_vectors: VectorCache,
    settings: ThemeSettings,
) -> list[bool]:
    """For each cluster (row indices into `docs`, the batch's lemma lists), whether it is
    coherent (see the module docstring). Clusters of fewer than two notes are not."""
    rng = np.random.default_rng(settings.random_state)
    filled = [row for row, doc in enumerate(docs) if doc]
    pool = _sample(filled, settings.coherence_pool, rng)
    members = [_sample([row for row in rows if docs[row]], len(pool), rng) for rows in clusters]
    rows = sorted(set(pool).union(*members))
    if len(pool) < 3 or not rows:
        return [False] * len(clusters)
    position = {row: i for i, row in enumerate(rows)}
    sampled = [docs[row] for row in rows]
    similarity = alignment_similarity(
        sampled, word_vectors, sif_weights(sampled), weight_power=settings.align_weight_power
    )
    pool_positions = np.array([position[row] for row in pool])
    result = []
    for own in members:
        size = len(own)
        if size < 2:
            result.append(False)
            continue
        observed = _mean_pair(similarity, np.array([[position[row] for row in own]]))[0]
        draws = np.array(
            [
                rng.choice(pool_positions, size, replace=False)
                for _ in range(settings.coherence_draws)
            ]
        )
        reached = int((_mean_pair(similarity, draws) >= observed).sum())
        result.append((1 + reached) / (1 + settings.coherence_draws) <= settings.coherence_p)
    return result


def _sample(rows: Sequence[int], limit: int, rng: np.random.Generator) -> list[int]:
    if len(rows) <= limit:
        return list(rows)
    return sorted(int(row) for row in rng.choice(np.asarray(rows), limit, replace=False))


def _mean_pair(similarity: FloatArray, groups: np.ndarray) -> FloatArray:
    """Mean similarity over the distinct pairs of each row of `groups` (indices)."""
    size = groups.shape[1]
    blocks = similarity[groups[:, :, None], groups[:, None, :]]
    diagonal = np.trace(blocks, axis1=1, axis2=2)
    means: FloatArray = (blocks.sum(axis=(1, 2)) - diagonal) / (size * (size - 1))
    return means
