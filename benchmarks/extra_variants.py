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
  dissolve-bare    round 26 (docs, "Emergent themes, emergent26"): a cluster whose notes share
                   a lemma (one in at least half of them) only among the words that hold the
                   mixed clusters, and none once those are left out: the batch's own topic
                   words (assign.background_lemmas), the time and measure class (label_time:
                   the closed class and Voikko compounds ending in a unit), and the batch's
                   spread verbs (Voikko verbs said in the notes of at least half of the
                   consensus's clusters); a cluster sharing no word at all is left alone
  dissolve-spread  round 26, after dissolve-bare was seen to dissolve real themes (not named
                   before): the same with a topic word holding only when it is in the notes
                   of at least half of the consensus's clusters (a theme's own head word is a
                   topic word of the batch once the theme holds over `common_share` of it)

Both are judged by the round's protocol (docs) with `python benchmarks/extra_judge.py`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from muistiinpanot.themes.assign import background_lemmas
from muistiinpanot.themes.emergent import NOISE, agreement_clusters
from muistiinpanot.themes.label_time import closed_class, measure_nouns, time_nouns
from muistiinpanot.themes.word_classes import is_verb
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


def _shared_words(docs: list[tuple[str, ...]], rows: list[int]) -> set[str]:
    """The lemmas in at least half of the rows' notes."""
    counts: dict[str, int] = {}
    for row in rows:
        for word in set(docs[row]):
            counts[word] = counts.get(word, 0) + 1
    return {word for word, count in counts.items() if 2 * count >= len(rows)}


def holding_words(
    batch: Batch, groups: dict[int, list[int]], *, spread_topic: bool = False
) -> Callable[[str], bool]:
    """Whether a word holds a mixed cluster without naming a topic, derived from the batch:
    one of its topic words (background_lemmas over all its notes), a name of a time or a
    measure (the closed class, or a word Voikko reads as a compound ending in one), or one of
    its spread verbs (a Voikko verb in the notes of at least half of the clusters). With
    `spread_topic`, a topic word only when it too is in the notes of at least half of the
    clusters (a theme's own head word is a topic word of the batch once the theme holds over
    `common_share` of it). Read lazily, word by word (only the words a cluster shares are
    asked)."""
    docs = batch.rows()
    analyze = getattr(getattr(batch.cache.source, "voikko", None), "analyze", None)
    is_time, is_measure = time_nouns(analyze), measure_nouns(analyze)
    background, closed = background_lemmas(batch.docs, batch.settings), closed_class()
    spread: dict[str, int] = {}
    for rows in groups.values():
        for word in {w for row in rows for w in docs[row]}:
            spread[word] = spread.get(word, 0) + 1

    def holds(word: str) -> bool:
        spread_out = 2 * spread.get(word, 0) >= len(groups)
        if word in background and (spread_out or not spread_topic):
            return True
        if word in closed or is_time(word) or is_measure(word):
            return True
        return spread_out and analyze is not None and is_verb(word, analyze(word))

    return holds


def _bare(
    batch: Batch, groups: dict[int, list[int]], cluster: int, holds: Callable[[str], bool]
) -> bool:
    """Whether the cluster's notes share a lemma, but only words that hold (holding_words)."""
    shared = _shared_words(batch.rows(), groups[cluster])
    return bool(shared) and all(holds(word) for word in sorted(shared))


def _flagged(
    batch: Batch, flag: Callable[[np.ndarray, dict[int, list[int]], int], bool]
) -> list[int]:
    """The consensus's clusters `flag` picks, smallest first, never the largest, at least two
    clusters staying."""
    groups = _groups(agreement_clusters(batch.agreement, batch.settings))
    if len(groups) <= 2:
        return []
    similarity = _similarity(batch)
    largest = max(groups, key=lambda c: (len(groups[c]), -groups[c][0]))
    flagged = [c for c in groups if c != largest and flag(similarity, groups, c)]
    flagged.sort(key=lambda c: (len(groups[c]), groups[c][0]))
    return flagged[: max(0, len(groups) - 2)]


def _dissolve(
    batch: Batch, flag: Callable[[np.ndarray, dict[int, list[int]], int], bool]
) -> np.ndarray:
    labels = agreement_clusters(batch.agreement, batch.settings).copy()
    groups = _groups(labels)
    flagged = _flagged(batch, flag)
    if not flagged:
        return labels
    similarity = _similarity(batch)
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


def _bare_flag(
    batch: Batch, spread_topic: bool = False
) -> Callable[[np.ndarray, dict[int, list[int]], int], bool]:
    held: list[Callable[[str], bool]] = []

    def flag(_s: np.ndarray, groups: dict[int, list[int]], cluster: int) -> bool:
        if not held:
            held.append(holding_words(batch, groups, spread_topic=spread_topic))
        return _bare(batch, groups, cluster, held[0])

    return flag


def bare_flags(batch: Batch, spread_topic: bool = False) -> list[int]:
    """The consensus clusters dissolve-bare (dissolve-spread with `spread_topic`) dissolves
    (benchmarks/extra_bare_check.py)."""
    return _flagged(batch, _bare_flag(batch, spread_topic))


def _bare_step(batch: Batch) -> np.ndarray:
    return _dissolve(batch, _bare_flag(batch))


EXTRA_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "dissolve-loo": _loo,
    "dissolve-noword": _noword,
    "dissolve-bare": _bare_step,
    "dissolve-spread": lambda batch: _dissolve(batch, _bare_flag(batch, spread_topic=True)),
}
