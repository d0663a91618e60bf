"""Average-linkage clustering of a precomputed distance matrix, cut at a distance threshold,
and with it the linking of emergent themes of different clinics all at once
(`link_across_clinics`, the archive's trends).

`average_linkage_labels` gives, label for label, what scikit-learn's
`AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
distance_threshold=t).fit_predict(distance)` gives (scikit-learn builds the same tree with
scipy's `linkage` and cuts it the same way; a test compares), without importing scikit-learn,
which costs about a second of every start-up.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.cluster.hierarchy import linkage

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: The distance of two themes that are not a candidate link (opposite vectors).
_APART = 2.0


def average_linkage_labels(distance: FloatArray, threshold: float) -> IntArray:
    """Cluster label per row of the square, symmetric `distance`: the clusters of the
    average-linkage tree that stay apart at `threshold` (merges at a distance of at least
    `threshold` are undone), numbered as scikit-learn numbers them."""
    n = distance.shape[0]
    if n < 2 or distance.shape != (n, n):
        raise ValueError(
            f"a square distance matrix of at least 2 rows is needed, not {distance.shape}"
        )
    rows, columns = np.triu_indices(n, k=1)
    tree = linkage(np.asarray(distance, dtype=np.float64)[rows, columns], method="average")
    children = tree[:, :2].astype(int).tolist()
    clusters = int(np.count_nonzero(tree[:, 2] >= threshold)) + 1
    # undo the last merges, always splitting the newest node left (a max-heap of node ids)
    nodes = [-(max(children[-1]) + 1)]
    for _ in range(clusters - 1):
        left, right = children[-nodes[0] - n]
        heapq.heappush(nodes, -left)
        heapq.heappushpop(nodes, -right)
    labels = np.zeros(n, dtype=np.int64)
    for label, node in enumerate(nodes):
        labels[_leaves(-node, children, n)] = label
    return labels


def _leaves(node: int, children: list[list[int]], n: int) -> list[int]:
    """The rows under `node` of the tree (`children[i]` merged into node `n + i`)."""
    if node < n:
        return [node]
    leaves: list[int] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current < n:
            leaves.append(current)
        else:
            stack.extend(children[current - n])
    return leaves


@dataclass(frozen=True, slots=True)
class CandidateTest:
    """What a mutual best match of two clinics' themes needs besides to be a candidate link:
    `min_shared` shared keywords unless its centred cosine reaches `without_keywords`, and
    with `beyond_siblings` a cosine above each theme's cosine with every other theme of its
    own clinic; with `null_quantile` q > 0 a cosine at least the q-quantile of each theme's
    best matches in every other clinic (a permutation null over the clinics: were the
    partner's clinic drawn at random, a best match this close would come up in at most a
    share 1 - q of them). The defaults test nothing more."""

    min_shared: int = 0
    without_keywords: float = 1.0
    beyond_siblings: bool = False
    null_quantile: float = 0.0


def link_across_clinics(
    centroids: FloatArray,
    clinics: Sequence[str],
    min_cosine: float,
    keywords: Sequence[AbstractSet[str]] | None = None,
    test: CandidateTest = CandidateTest(),
) -> IntArray:
    """A group label per row of `centroids` (emergent themes' centroids; `clinics[i]` the
    clinic of row i), over all the themes at once:

    1. The centroids are centred: their mean over the rows is subtracted (what every theme of
       one domain shares counts for nothing) and the rows renormalised.
    2. Candidate links are *mutual best matches*: theme a of clinic A and theme b of clinic B
       are a candidate when b is the most similar of B's themes to a and a the most similar of
       A's themes to b (a rank condition, whatever the scale of an archive's cosines). Two
       clinics on different subjects always have best matches, however unrelated, so `test`
       (CandidateTest) may ask more: that a and b be more alike than either is to any other
       theme of its own clinic (themes the clinic's clustering kept apart as different: the
       archive's own null), and that they share a keyword (a theme's distinctive lemmas: the
       same theme in two clinics is said with one same word at least) unless their centred
       cosine is above what themes of clinics on different subjects reach.
    3. Average linkage over all rows on 1 - the centred cosine of candidates; any other pair of
       different clinics is as far apart as opposite vectors, and two themes of one clinic
       farther than any average can bridge, so a group never holds two themes of a clinic.
       The tree is cut where the average centred cosine falls below `min_cosine`."""
    n = centroids.shape[0]
    if n < 2:
        return np.zeros(n, dtype=np.int64)
    unit = _unit_rows(centroids)
    unit = _unit_rows(unit - unit.mean(axis=0))
    distance = _candidate_distances(unit @ unit.T, clinics, keywords, test)
    return average_linkage_labels(distance, 1.0 - min_cosine)


def _candidate_distances(
    cosines: FloatArray,
    clinics: Sequence[str],
    keywords: Sequence[AbstractSet[str]] | None = None,
    test: CandidateTest = CandidateTest(),
) -> FloatArray:
    """1 - cosine for mutual best matches of different clinics that pass `test` (keywords
    None: no keyword test), `_APART` for other pairs of different clinics, more than any
    average can bridge within a clinic."""
    n = len(clinics)
    distance = np.full((n, n), _APART)
    members: dict[str, list[int]] = {}
    for row, clinic in enumerate(clinics):
        members.setdefault(clinic, []).append(row)
    groups = list(members.values())
    sibling = np.full(n, -np.inf)  # each theme's highest cosine with another of its clinic
    if test.beyond_siblings:
        for rows_of_clinic in groups:
            if len(rows_of_clinic) > 1:
                block = cosines[np.ix_(rows_of_clinic, rows_of_clinic)].copy()
                np.fill_diagonal(block, -np.inf)
                sibling[rows_of_clinic] = block.max(axis=1)
    null = _null_cut(cosines, groups, test.null_quantile)
    for first, rows_a in enumerate(groups):
        for rows_b in groups[first + 1 :]:
            block = cosines[np.ix_(rows_a, rows_b)]
            best_a = block.argmax(axis=0).tolist()
            for a, b in enumerate(block.argmax(axis=1).tolist()):
                if best_a[b] != a:
                    continue
                i, j = rows_a[a], rows_b[b]
                cosine = float(cosines[i, j])
                if cosine <= max(sibling[i], sibling[j]) or cosine < max(null[i], null[j]):
                    continue
                if (
                    keywords is None
                    or cosine >= test.without_keywords
                    or len(keywords[i] & keywords[j]) >= test.min_shared
                ):
                    distance[i, j] = distance[j, i] = 1.0 - cosine
    # a merge that joins two rows of one clinic averages at least within / (n² / 4) = 8 > _APART
    within = _APART * n * n
    for rows_of_clinic in groups:
        for i in rows_of_clinic:
            distance[i, rows_of_clinic] = within
    np.fill_diagonal(distance, 0.0)
    return distance


def _null_cut(cosines: FloatArray, groups: Sequence[Sequence[int]], quantile: float) -> FloatArray:
    """Each row's `quantile` of its best cosines with the themes of each other clinic
    (CandidateTest.null_quantile; -inf everywhere when 0 or with fewer than three clinics)."""
    n = cosines.shape[0]
    if quantile <= 0 or len(groups) < 3:
        return np.full(n, -np.inf)
    best = np.empty((n, len(groups)))
    for column, rows in enumerate(groups):
        best[:, column] = cosines[:, rows].max(axis=1)
        best[rows, column] = np.nan  # not its own clinic
    cut: FloatArray = np.nanquantile(best, quantile, axis=1)
    return cut


def _unit_rows(matrix: FloatArray) -> FloatArray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: FloatArray = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return unit
