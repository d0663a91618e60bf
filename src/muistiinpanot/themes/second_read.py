"""A second read of the notes the consensus places with low agreement (docs/how-it-works.md,
"Emergent, round 29").

The consensus (emergent.py) joins notes whose words are near in floret space; a note whose
partitions disagree about it lands in a cluster it shares little with. The true-k baselines
that beat us on some clinics (NMF of lemma TF-IDF) read the words the notes actually share.
So a clustered note whose mean co-association with the rest of its cluster is under
`min_agreement` (the cut's own level: the consensus did not place it firmly) is read again in
lemma TF-IDF space (sublinear tf, l2 rows, compound parts included): it goes to the cluster
whose centroid of firmly placed notes is nearest by cosine (its own included, so it may stay).
A note sharing no lemma with any cluster stays; muu stays muu; k does not change.

Deterministic (no draws; ties by cluster number) and cheap (one TF-IDF matrix of the batch).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from muistiinpanot.vectorize import FloatArray, tfidf_matrix

IntArray = npt.NDArray[np.int64]
NOISE = -1


def loosely_placed(labels: IntArray, agreement: FloatArray, level: float) -> npt.NDArray[np.bool_]:
    """True for each clustered note whose mean `agreement` with the other notes of its
    cluster is under `level` (a note alone in its cluster never is)."""
    low = np.zeros(len(labels), dtype=bool)
    for cluster in sorted(set(labels.tolist()) - {NOISE}):
        rows = np.flatnonzero(labels == cluster)
        if len(rows) < 2:
            continue
        inside = agreement[np.ix_(rows, rows)]
        means = (inside.sum(axis=1) - np.diag(inside)) / (len(rows) - 1)
        low[rows] = means < level
    return low


def read_again(
    docs: Sequence[Sequence[str]], labels: IntArray, agreement: FloatArray, level: float
) -> IntArray:
    """`labels` with each note `loosely_placed` at `level` moved to the cluster of nearest
    lemma TF-IDF centroid of firmly placed notes (see the module docstring)."""
    clusters = sorted(set(labels.tolist()) - {NOISE})
    low = loosely_placed(labels, agreement, level)
    if len(clusters) < 2 or not low.any():
        return labels
    matrix = np.asarray(tfidf_matrix(docs)[0].toarray())
    centroids = np.zeros((len(clusters), matrix.shape[1]))
    for number, cluster in enumerate(clusters):
        members = (labels == cluster) & ~low
        if not members.any():
            members = labels == cluster
        centroid = matrix[members].mean(axis=0)
        centroids[number] = centroid / max(float(np.linalg.norm(centroid)), 1e-12)
    cosines = matrix @ centroids.T
    result = labels.copy()
    for row in np.flatnonzero(low):
        if cosines[row].max() > 0:
            result[row] = clusters[int(np.argmax(cosines[row]))]
    return result
