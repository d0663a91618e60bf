"""Round 15 of issue 12 (docs/how-it-works.md, "Against the best true-k baseline, round 15"):
the variants benchmarks/emergent_refine.py measures for the diagnosis that lemma TF-IDF at our
k beats ours on two of the three losing clinics (velkaneuvonta, pysakointi).

  lex-blend-0.25  each alignment view blended with the double-centred cosine of lemma TF-IDF
  lex-blend-0.5   (both standardised by the s.d. of their off-diagonal entries) at weight
                  0.25 / 0.5, then the consensus as a run builds it
  border-lex      a note that agrees with its own cluster in under half of the partitions
  border-mean     (mean co-association: no majority) moves, once, to the cluster whose core
                  (the members that do agree) is nearest: cosine to the core's mean lemma
                  TF-IDF row / mean floret vector; muu stays muu
  no-parts        the alignment views and consensus over the notes' lemmas without compound
                  parts (content lemmas list each compound followed by its parts; a lemma
                  that is a substring of the longer lemma before it is taken for a part)
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from threadpoolctl import threadpool_limits

from muistiinpanot.themes.emergent import (
    NOISE,
    agreement_clusters,
    co_association,
    note_similarities,
)
from muistiinpanot.vectorize import double_centre, embed_docs, normalize_rows, tfidf_matrix
from refine_variants import Batch, _clusters, _main

#: a note at a cluster's border: with its own cluster in under half of the partitions
MAJORITY = 0.5


def _standardised(view: np.ndarray) -> np.ndarray:
    off = view[~np.eye(view.shape[0], dtype=bool)]
    return view / max(float(off.std()), 1e-12)


def _lexical_cosine(batch: Batch) -> np.ndarray:
    matrix = tfidf_matrix(batch.rows())[0]
    return double_centre(np.asarray((matrix @ matrix.T).toarray(), dtype=np.float64))


def _blend(batch: Batch, weight: float) -> np.ndarray:
    lexical = _standardised(_lexical_cosine(batch))
    views = [(1 - weight) * _standardised(v) + weight * lexical for v in batch.similarities]
    with threadpool_limits(limits=1):
        agreement = co_association(views, batch.settings)
    return agreement_clusters(agreement, batch.settings)


def _border(batch: Batch, space: str) -> np.ndarray:
    labels = _main(batch).copy()
    clusters = _clusters(labels)
    if len(clusters) < 2:
        return labels
    if space == "lex":
        points = normalize_rows(tfidf_matrix(batch.rows())[0].toarray())
    else:
        points = normalize_rows(embed_docs(batch.rows(), batch.cache, {}))
    agreement = batch.agreement.copy()
    np.fill_diagonal(agreement, np.nan)
    own = np.array(
        [
            np.nanmean(agreement[row, labels == label]) if label != NOISE else np.nan
            for row, label in enumerate(labels)
        ]
    )
    weak = (labels != NOISE) & (own < MAJORITY)
    centres = []
    for cluster in clusters:
        core = (labels == cluster) & ~weak
        centres.append(points[core if core.any() else labels == cluster].mean(axis=0))
    scores = points @ normalize_rows(np.array(centres)).T
    moved = labels.copy()
    moved[weak] = np.asarray(clusters)[np.argmax(scores[weak], axis=1)]
    return moved


def _without_parts(doc: tuple[str, ...]) -> tuple[str, ...]:
    kept: list[str] = []
    compound = ""
    for lemma in doc:
        if compound and len(lemma) < len(compound) and lemma in compound:
            continue
        kept.append(lemma)
        compound = lemma
    return tuple(kept)


def _no_parts(batch: Batch) -> np.ndarray:
    docs = [_without_parts(doc) for doc in batch.rows()]
    with threadpool_limits(limits=1):
        views = note_similarities(np.zeros((len(docs), 1)), docs, batch.settings, batch.cache)
        agreement = co_association(views, batch.settings)
    return agreement_clusters(agreement, batch.settings)


BLEND_STEPS: dict[str, Callable[[Batch], np.ndarray]] = {
    "lex-blend-0.25": lambda b: _blend(b, 0.25),
    "lex-blend-0.5": lambda b: _blend(b, 0.5),
    "border-lex": lambda b: _border(b, "lex"),
    "border-mean": lambda b: _border(b, "mean"),
    "no-parts": _no_parts,
}
