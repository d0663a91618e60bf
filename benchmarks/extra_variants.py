"""Round 25 of issue 12: one cluster too many, run by benchmarks/emergent_refine.py
(docs/how-it-works.md, "Emergent themes, emergent25"). The extra clusters of the losing sets
(benchmarks/emergent_extra.py) are mostly mixed: 3-5 notes of three or four topics, one or two
each, as tight in the co-association as a real theme (its partitions put them together) but
not nearer each other in what they say. Both variants dissolve such a cluster after the
consensus's cut and before the coherence test; its notes each join the remaining cluster whose
notes they are most similar to (the mean over the consensus's views of the centred
word-alignment similarity, each view with its weight), the largest cluster is never
dissolved, and at least two clusters stay.

  dissolve-loo     a cluster where fewer than half of the notes, each held out in turn, are
                   nearer (mean similarity) to the rest of their own cluster than to any other
                   cluster: a held-out note cannot tell its own cluster from another
  dissolve-noword  a cluster where no lemma is in at least half of its notes: no word of its
                   own

Both are judged by the round's protocol (docs) with `python benchmarks/extra_judge.py`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from muistiinpanot.themes.emergent import NOISE, agreement_clusters
from refine_variants import Batch


def _similarity(batch: Batch) -> np.ndarray:
    weights = batch.settings.align_view_weights
    if len(weights) != len(batch.similarities):
        weights = (1.0,) * len(batch.similarities)
    total = sum(weights)
    return sum(w * s for w, s in zip(weights, batch.similarities, strict=True)) / total


def _groups(labels: np.ndarray) -> dict[int, list[int]]:
    return {
        int(c): np.flatnonzero(labels == c).tolist() for c in sorted(set(labels.tolist()) - {NOISE})
    }


def _held_out_own(similarity: np.ndarray, groups: dict[int, list[int]], own: int) -> float:
    """Share of the cluster's notes that, held out, are nearer the rest of it than any other."""
    rows = groups[own]
    if len(rows) < 2:
        return 0.0
    nearer = 0
    for row in rows:
        rest = [r for r in rows if r != row]
        mine = float(similarity[row, rest].mean())
        others = [float(similarity[row, g].mean()) for c, g in groups.items() if c != own]
        nearer += int(not others or mine > max(others))
    return nearer / len(rows)


def _no_word(batch: Batch, rows: list[int]) -> bool:
    docs = batch.rows()
    counts: dict[str, int] = {}
    for row in rows:
        for word in set(docs[row]):
            counts[word] = counts.get(word, 0) + 1
    return not any(2 * count >= len(rows) for count in counts.values())


def _dissolve(
    batch: Batch, flag: Callable[[np.ndarray, dict[int, list[int]], int], bool]
) -> np.ndarray:
    labels = agreement_clusters(batch.agreement, batch.settings).copy()
    groups = _groups(labels)
    if len(groups) <= 2:
        return labels
    similarity = _similarity(batch)
    largest = max(groups, key=lambda c: (len(groups[c]), -groups[c][0]))
    flagged = [c for c in groups if c != largest and flag(similarity, groups, c)]
    # smallest first; at least two clusters stay
    flagged.sort(key=lambda c: (len(groups[c]), groups[c][0]))
    flagged = flagged[: max(0, len(groups) - 2)]
    kept = {c: g for c, g in groups.items() if c not in flagged}
    for cluster in flagged:
        for row in groups[cluster]:
            means = {c: float(similarity[row, g].mean()) for c, g in kept.items()}
            labels[row] = max(means, key=lambda c: (means[c], -c))
    return labels


def _loo(batch: Batch) -> np.ndarray:
    return _dissolve(batch, lambda s, g, c: 2 * _held_out_own(s, g, c) < 1)


def _noword(batch: Batch) -> np.ndarray:
    return _dissolve(batch, lambda _s, g, c: _no_word(batch, g[c]))


EXTRA_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "dissolve-loo": _loo,
    "dissolve-noword": _noword,
}
