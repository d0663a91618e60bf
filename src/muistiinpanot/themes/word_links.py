"""Word links inside the consensus's clusters (review 38 #3–#5, docs/how-it-works.md,
"Emergent themes, emergent27").

The consensus joins notes whose words are near in floret space; it can join two subjects
that four groups each raised ("lokero" and "melu") or carry a note that shares no word with
its theme (an evacuation note under "Hissi"). Read by the lemmas the notes share:

- A cluster's *own* lemmas are those in at least two of its notes whose share of the
  batch's notes holding them that fall in the cluster is above the cluster's share of the
  batch (the lemma is more the cluster's than chance would make it); the only threshold is
  that share, derived from the batch.
- `split_word_disjoint`: a cluster whose notes, linked by shared own lemmas, fall into two
  or more parts of at least `min_size` notes each is split into those parts; its other
  notes join the part they agree with most (co-association).
- `relink_notes`: a note that shares none of its cluster's own lemmas with another member,
  and shares an own lemma of another cluster with one of that cluster's notes, moves to
  that cluster (the one it agrees with most among such).

Deterministic (no draws; ties by cluster number) and cheap (set operations over tens of
notes).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
NOISE = -1


def own_lemmas(docs: Sequence[Sequence[str]], labels: IntArray, cluster: int) -> frozenset[str]:
    """The lemmas of `cluster` in at least two of its notes whose in-cluster share of the
    notes holding them is above the cluster's share of the batch."""
    rows = np.flatnonzero(labels == cluster)
    size_share = len(rows) / max(len(docs), 1)
    inside: dict[str, int] = {}
    for row in rows:
        for word in set(docs[int(row)]):
            inside[word] = inside.get(word, 0) + 1
    everywhere: dict[str, int] = {}
    for doc in docs:
        for word in set(doc):
            if word in inside:
                everywhere[word] = everywhere.get(word, 0) + 1
    return frozenset(
        word
        for word, count in inside.items()
        if count >= 2 and count / everywhere[word] > size_share
    )


def _linked(
    docs: Sequence[Sequence[str]], row: int, others: Sequence[int], own: frozenset[str]
) -> bool:
    words = set(docs[row]) & own
    return any(words & set(docs[other]) for other in others if other != row)


def _parts(
    docs: Sequence[Sequence[str]], rows: Sequence[int], own: frozenset[str]
) -> list[list[int]]:
    """`rows` in connected parts: two notes linked when they share an own lemma."""
    parent = {row: row for row in rows}

    def find(row: int) -> int:
        while parent[row] != row:
            parent[row] = parent[parent[row]]
            row = parent[row]
        return row

    for i, first in enumerate(rows):
        for second in rows[i + 1 :]:
            if set(docs[first]) & set(docs[second]) & own:
                parent[find(second)] = find(first)
    parts: dict[int, list[int]] = {}
    for row in rows:
        parts.setdefault(find(row), []).append(row)
    return sorted(parts.values(), key=lambda part: part[0])


def split_word_disjoint(
    docs: Sequence[Sequence[str]], labels: IntArray, agreement: np.ndarray, min_size: int
) -> IntArray:
    """`labels` with each cluster whose own-lemma parts of at least `min_size` notes are two
    or more split into them (see the module docstring)."""
    result = labels.copy()
    next_label = int(labels.max()) + 1 if labels.size else 0
    for cluster in sorted(set(labels.tolist()) - {NOISE}):
        rows = [int(row) for row in np.flatnonzero(labels == cluster)]
        parts = _parts(docs, rows, own_lemmas(docs, labels, cluster))
        big = [part for part in parts if len(part) >= min_size]
        if len(big) < 2:
            continue
        names = [cluster] + list(range(next_label, next_label + len(big) - 1))
        next_label += len(big) - 1
        for name, part in zip(names, big, strict=True):
            result[part] = name
        for part in parts:
            if len(part) >= min_size:
                continue
            for row in part:
                means = [float(agreement[row, big_part].mean()) for big_part in big]
                result[row] = names[int(np.argmax(means))]
    return result


def relink_notes(
    docs: Sequence[Sequence[str]], labels: IntArray, agreement: np.ndarray
) -> IntArray:
    """`labels` with each note that shares no own lemma with its cluster moved to a cluster
    it does share one with (the one it agrees with most), when there is one."""
    clusters = sorted(set(labels.tolist()) - {NOISE})
    own = {cluster: own_lemmas(docs, labels, cluster) for cluster in clusters}
    members = {cluster: [int(r) for r in np.flatnonzero(labels == cluster)] for cluster in clusters}
    result = labels.copy()
    for row in range(len(docs)):
        cluster = int(labels[row])
        if cluster == NOISE or _linked(docs, row, members[cluster], own[cluster]):
            continue
        targets = [
            other
            for other in clusters
            if other != cluster and _linked(docs, row, members[other], own[other])
        ]
        if targets:
            means = [float(agreement[row, members[other]].mean()) for other in targets]
            result[row] = targets[int(np.argmax(means))]
    return result
