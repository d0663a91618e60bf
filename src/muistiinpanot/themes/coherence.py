"""Whether an emergent cluster is a theme or should go to muu: coherence, measured.

A cluster is coherent when its notes say related things more than chance would have them
do in this batch: the mean pairwise word-alignment similarity of its notes
(vectorize.alignment_similarity, which matches each word with its nearest word of the other
note, so "asukasraati" and "osallistuva budjetointi" are near without sharing a word),
double-centred as in the consensus (vectorize.double_centre: what a note shares with every
note of the batch does not count), is compared with the same mean over random groups of as
many notes drawn from the whole batch (a permutation test). The cluster is kept when at most
`coherence_p` of the random groups reach its value. No size cut and no word list: a tight
group of four notes is a theme, a grab-bag of nine loosely related remarks is not, whatever
the clinic. A cluster that fails is split in two and its halves are tested (two themes run
together are not lost), and a coherent cluster of at least twice `min_cluster_size` notes
is cut in two the same way: when both halves have `min_cluster_size` notes and one half is
coherent and the other is not, the other half
is stray notes that the first half's theme carried, and only the first half is kept (tested
in turn). Uncentred, the test sent small topics to muu (a participation discussion, issue
12): of the consensus's 110 clusters on the 17 clinic-sized sets of benchmarks/emergent.py
(random_state 0) it dropped notes of 36, 17 of them over half one gold topic; now 6, one of
them over half one topic (README).
A part that fails and is not split further keeps its word-linked cores when several groups
made the point (rescue.py, muu44): in a small clinic the test has little power.

Deterministic (seeded draws); large batches are tested on seeded samples of at most
`coherence_pool` notes (and as many members of a cluster) to keep memory bounded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from muistiinpanot.themes.draws import repeated_choice
from muistiinpanot.themes.rescue import linked_cores
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import (
    FloatArray,
    VectorCache,
    alignment_similarity,
    double_centre,
    sif_weights,
)


def coherent_themes(
    clusters: Sequence[Sequence[int]],
    docs: Sequence[Sequence[str]],
    word_vectors: VectorCache,
    settings: ThemeSettings,
    groups: Sequence[str] | None = None,
) -> list[list[int]]:
    """The coherent clusters (row indices into `docs`, the batch's lemma lists; see the
    module docstring). A cluster that is not coherent is split in two (average linkage on
    the word-alignment similarity of its notes), up to `coherence_splits` times, and its
    parts of at least `min_cluster_size` notes are tested in turn: two themes that the
    clustering ran together are kept apart instead of both going to muu. A part that fails
    and is not split keeps its word-linked core (rescue.py; `groups`: each row's group)."""
    rng = np.random.default_rng(settings.random_state)
    filled = [row for row, doc in enumerate(docs) if doc]
    pool = _sample(filled, settings.coherence_pool, rng)
    members = [_sample([row for row in rows if docs[row]], len(pool), rng) for rows in clusters]
    rows = sorted(set(pool).union(*members))
    if len(pool) < 3 or not rows:
        return []
    position = {row: i for i, row in enumerate(rows)}
    sampled = [docs[row] for row in rows]
    similarity = double_centre(
        alignment_similarity(
            sampled, word_vectors, sif_weights(sampled), weight_power=settings.align_weight_power
        )
    )
    pool_positions = np.array([position[row] for row in pool])

    loose_rng = np.random.default_rng(settings.random_state)  # rescue.py's draws apart

    def is_coherent(
        own: Sequence[int], p: float = settings.coherence_p, draw: np.random.Generator = rng
    ) -> bool:
        observed = _mean_pair(similarity, np.array([[position[row] for row in own]]))[0]
        # the same groups as coherence_draws calls of rng.choice, made at once (draws.py)
        draws = repeated_choice(draw, pool_positions, len(own), settings.coherence_draws)
        reached = int((_mean_pair(similarity, draws) >= observed).sum())
        return (1 + reached) / (1 + settings.coherence_draws) <= p

    def loosely_coherent(own: Sequence[int]) -> bool:
        return len(own) >= 2 and is_coherent(own, settings.rescue_p, loose_rng)

    themes: list[list[int]] = []
    for cluster, own in zip(clusters, members, strict=True):
        whole = len(own) == len([row for row in cluster if docs[row]])
        pending = [(list(own), 0)]
        while pending:
            part, depth = pending.pop(0)
            can_split = (
                whole
                and depth < settings.coherence_splits
                and len(part) >= 2 * settings.min_cluster_size
            )
            if len(part) >= max(2, settings.min_cluster_size) and is_coherent(part):
                halves = _halves(similarity, part, position) if can_split else []
                if min(map(len, halves), default=0) < settings.min_cluster_size:
                    halves = []  # a few notes cut off are the edge of the theme, not strays
                strays = [half for half in halves if not is_coherent(half)]
                if len(strays) == 1:  # a theme run together with stray notes: keep the theme
                    pending += [(half, depth + 1) for half in halves if half is not strays[0]]
                else:
                    themes.append(sorted(cluster) if depth == 0 else sorted(part))
            elif can_split:
                pending += [(half, depth + 1) for half in _halves(similarity, part, position)]
            else:
                themes += linked_cores(part, docs, groups, settings, loosely_coherent)
    return themes


def _halves(
    similarity: FloatArray, part: Sequence[int], position: dict[int, int]
) -> list[list[int]]:
    """`part` cut in two by average linkage on the similarity of its notes."""
    index = [position[row] for row in part]
    distance = 1.0 - similarity[np.ix_(index, index)]
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(np.clip(distance, 0.0, None), checks=False), method="average")
    labels = fcluster(tree, 2, criterion="maxclust")  # no scikit-learn: run --fast avoids it
    return [
        [row for row, label in zip(part, labels, strict=True) if label == side] for side in (1, 2)
    ]


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
