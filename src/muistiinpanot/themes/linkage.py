"""Average-linkage clustering of a precomputed distance matrix, cut at a distance threshold.

Label for label what scikit-learn's `AgglomerativeClustering(n_clusters=None,
metric="precomputed", linkage="average", distance_threshold=t).fit_predict(distance)` gives
(scikit-learn builds the same tree with scipy's `linkage` and cuts it the same way; a test
compares), without importing scikit-learn, which costs about a second of every start-up.
"""

from __future__ import annotations

import heapq

import numpy as np
import numpy.typing as npt
from scipy.cluster.hierarchy import linkage

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


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
