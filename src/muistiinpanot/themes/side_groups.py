"""A cluster-level merge of side groups (docs/how-it-works.md, "Emergent, round 30").

Rounds 22, 28 and 29 found the emergent clusters over the true k to be, among others, *side
groups*: a topic's notes split into its main cluster and a small one, where NMF of lemma
TF-IDF keeps the topic whole by a distinctive lemma the notes share. This step reads the
final partition in lemma TF-IDF (sublinear tf, l2 rows: what NMF reads) and merges a small
cluster into the cluster it is most alike, when a scale-free test says its notes belong
there:

- A cluster is *small* when it holds fewer notes than the batch's mean cluster size
  (clustered notes / clusters); its *partner* is the other cluster whose TF-IDF centroid is
  nearest its own by cosine.
- `centroid`: more than half of its notes are nearer the partner's centroid than the
  centroid of the rest of their own cluster (leave-one-out).
- `spread`: its notes' mean cosine to the partner's centroid is at least the partner's own
  notes' mean leave-one-out cosine to theirs minus its standard deviation (the small
  cluster lies inside the partner's own spread).
- `null`: the cosine of the two centroids exceeds the 95th percentile of 200 seeded draws
  of as many clustered notes from outside both (a permutation test, p < 0.05; `[themes]
  side_group_null_draws`, `side_group_null_quantile`).
- `lemma`: its most distinctive lemma (the share of its notes holding it times log(notes /
  notes holding it in the batch)) is the partner's most distinctive lemma too.

Small clusters are visited smallest first (ties by number), one merge at a time with the
centroids read again; at least two clusters stay; muu stays muu. Deterministic (`null`
draws from a seeded generator) and cheap (one TF-IDF matrix of the batch).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from muistiinpanot.themes.settings import SIDE_GROUP_MODES, ThemeSettings
from muistiinpanot.vectorize import FloatArray, tfidf_matrix

IntArray = npt.NDArray[np.int64]
NOISE = -1
#: The tests a merge may be made by ("off": none).
MODES = SIDE_GROUP_MODES
#: The documented defaults of the permutation test's draws and level ([themes]).
_DEFAULTS = ThemeSettings()


def merge_side_groups(
    docs: Sequence[Sequence[str]],
    labels: IntArray,
    mode: str,
    random_state: int = 0,
    *,
    null_draws: int = _DEFAULTS.side_group_null_draws,
    null_quantile: float = _DEFAULTS.side_group_null_quantile,
) -> IntArray:
    """`labels` with small clusters merged into their partners by the test `mode` (see the
    module docstring); the labels of merged clusters are the partner's. `null_draws`,
    `null_quantile`: the "null" test's draws and the quantile of them to exceed."""
    if mode not in MODES:
        raise ValueError(f"side group merge: unknown mode {mode!r} (one of {', '.join(MODES)})")
    result = labels.copy()
    if mode == "off":
        return result
    matrix = np.asarray(tfidf_matrix(docs)[0].toarray())
    rng = np.random.default_rng(random_state)
    tried: set[int] = set()
    while True:
        clusters = sorted(set(result.tolist()) - {NOISE})
        if len(clusters) <= 2:
            return result
        sizes = {c: int((result == c).sum()) for c in clusters}
        mean_size = sum(sizes.values()) / len(clusters)
        small = sorted((sizes[c], c) for c in clusters if sizes[c] < mean_size and c not in tried)
        if not small:
            return result
        cluster = small[0][1]
        tried.add(cluster)
        partner = _partner(matrix, result, cluster, clusters)
        null = (rng, null_draws, null_quantile)
        if partner is not None and _belongs(matrix, result, cluster, partner, mode, docs, null):
            result[result == cluster] = partner
            tried.discard(partner)


def _centroid(rows: FloatArray) -> FloatArray:
    centroid: FloatArray = rows.mean(axis=0)
    norm = float(np.linalg.norm(centroid))
    return centroid / norm if norm > 0 else centroid


def _partner(
    matrix: FloatArray, labels: IntArray, cluster: int, clusters: Sequence[int]
) -> int | None:
    own = _centroid(matrix[labels == cluster])
    best: tuple[float, int] | None = None
    for other in clusters:
        if other == cluster:
            continue
        cosine = float(own @ _centroid(matrix[labels == other]))
        if best is None or cosine > best[0]:
            best = (cosine, other)
    return best[1] if best is not None and best[0] > 0 else None


def _loo_cosines(rows: FloatArray) -> FloatArray:
    """Each row's cosine to the centroid of the other rows."""
    total = rows.sum(axis=0)
    cosines = np.zeros(len(rows))
    for i, row in enumerate(rows):
        rest = total - row
        norm = float(np.linalg.norm(rest))
        cosines[i] = float(row @ rest) / norm if norm > 0 else 0.0
    return cosines


def _belongs(
    matrix: FloatArray,
    labels: IntArray,
    cluster: int,
    partner: int,
    mode: str,
    docs: Sequence[Sequence[str]],
    null: tuple[np.random.Generator, int, float],
) -> bool:
    mine, theirs = matrix[labels == cluster], matrix[labels == partner]
    centre = _centroid(theirs)
    if mode == "centroid":
        nearer = (mine @ centre) > _loo_cosines(mine)
        return int(nearer.sum()) * 2 > len(mine)
    if mode == "spread":
        spread = _loo_cosines(theirs)
        return float((mine @ centre).mean()) >= float(spread.mean() - spread.std())
    if mode == "null":
        outside = np.flatnonzero((labels != NOISE) & (labels != cluster) & (labels != partner))
        if len(outside) < len(mine):
            return False
        observed = float(_centroid(mine) @ centre)
        rng, draws, quantile = null
        drawn = [
            float(_centroid(matrix[rng.choice(outside, len(mine), replace=False)]) @ centre)
            for _ in range(draws)
        ]
        return observed > float(np.quantile(drawn, quantile))
    top = _top_lemma(docs, labels, cluster)
    return top is not None and top == _top_lemma(docs, labels, partner)


def _top_lemma(docs: Sequence[Sequence[str]], labels: IntArray, cluster: int) -> str | None:
    held: dict[str, int] = {}
    for doc in docs:
        for word in set(doc):
            held[word] = held.get(word, 0) + 1
    rows = np.flatnonzero(labels == cluster)
    inside: dict[str, int] = {}
    for row in rows:
        for word in set(docs[int(row)]):
            inside[word] = inside.get(word, 0) + 1
    if not inside:
        return None
    n = len(docs)
    scored = sorted(
        (-(count / len(rows)) * math.log(n / held[word]), word) for word, count in inside.items()
    )
    return scored[0][1]
