"""Trends across the archive: each clinic's themes linked to archive themes, and the share of
each archive theme per clinic over time.

Seeded themes (and `muu`) keep their ids across clinics. Emergent themes are linked greedily in
date order: a clinic's emergent theme joins the archive theme built so far whose centroid (the
normalized sum of its members' centroids) is most similar, when that cosine is at least
`link_min_cosine`, the two share at least `link_min_shared_keywords` keywords and the archive
theme has no other theme of the same clinic; otherwise it starts a new group (named
`arkisto-N` here, labelled by its first member; app/archive_links.py gives each group its
stable `trendi-N` id). With `--fit archive` the emergent themes are the archive's own
(`arkisto-N` of themes/fitted.py) and are not linked again.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.records import unnamed_theme_name

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class TrendRow:
    """The share of archive theme `theme` among the kept notes of one clinic; `label` the
    clinic's own name of it, `naming` how that was given (archive/rows.NAMINGS)."""

    date: str
    clinic_id: str
    clinic_title: str
    theme: str
    label: str
    kind: str
    size: int
    share: float
    naming: str = "named"


@dataclass(slots=True)
class _Group:
    id: str
    label: str
    vector: FloatArray
    keywords: set[str]
    clinics: set[str] = field(default_factory=set)


def link_themes(
    rows: Sequence[ThemeRow],
    min_cosine: float,
    min_shared_keywords: int,
    fixed: Collection[str] = (),
    center: bool = False,
) -> dict[tuple[str, str], str]:
    """The archive theme of each (clinic id, theme id); `rows` in date order. Themes whose
    id is in `fixed` (fitted across the archive: the same in every clinic) keep their ids.
    `center`: compare the centroids after subtracting their mean over the archive's emergent
    themes (what every theme shares, the archive's common vocabulary, then counts for
    nothing)."""
    links: dict[tuple[str, str], str] = {}
    groups: list[_Group] = []
    linkable = [
        row
        for row in rows
        if row.kind == "emergent" and row.centroid is not None and row.theme_id not in fixed
    ]
    vectors = {
        (row.clinic_id, row.theme_id): np.frombuffer(row.centroid or b"", dtype=np.float32).astype(
            np.float64
        )
        for row in linkable
    }
    if center and len(vectors) > 1:
        mean = np.mean(list(vectors.values()), axis=0)
        vectors = {key: _unit(vector - mean) for key, vector in vectors.items()}
    for row in rows:
        key = (row.clinic_id, row.theme_id)
        if key not in vectors:
            links[key] = row.theme_id
            continue
        vector = vectors[key]
        best: _Group | None = None
        best_cosine = min_cosine
        for group in groups:
            if row.clinic_id in group.clinics:
                continue
            if len(group.keywords & set(row.keywords)) < min_shared_keywords:
                continue
            norm = float(np.linalg.norm(group.vector)) or 1.0
            cosine = float(vector @ group.vector) / norm
            if cosine >= best_cosine:
                best, best_cosine = group, cosine
        if best is None:
            best = _Group(f"arkisto-{len(groups) + 1}", row.label, np.zeros_like(vector), set())
            groups.append(best)
        best.vector = best.vector + vector
        best.keywords |= set(row.keywords)
        best.clinics.add(row.clinic_id)
        links[key] = best.id
    return links


def _unit(vector: FloatArray) -> FloatArray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def trend_rows(rows: Sequence[ThemeRow], links: dict[tuple[str, str], str]) -> list[TrendRow]:
    """One row per clinic and archive theme, in date order. An emergent theme's row shows
    its own clinic's label (a linked trend's members may be named differently, an analyst's
    rename included; one no noun names as every review surface names it, "Nimeämätön teema
    (puu, budjetti)"); a seeded theme's, the label of its latest clinic that the analyst did
    not rename (the theme's definition may have been renamed since), and an analyst's
    rename in its own clinic (review 48 #4: report.trend_names puts a rename first, and an
    earlier clinic's rename was lost under the latest clinic's label)."""
    labels: dict[str, str] = {}
    for row in rows:
        if row.kind != "emergent" and row.naming != "renamed":
            labels[links[(row.clinic_id, row.theme_id)]] = row.label
    result = []
    for row in rows:
        archive_id = links[(row.clinic_id, row.theme_id)]
        if row.kind == "emergent":
            label = _own_label(row)
        else:
            label = row.label if row.naming == "renamed" else labels.get(archive_id, row.label)
        result.append(
            TrendRow(
                date=row.date,
                clinic_id=row.clinic_id,
                clinic_title=row.title,
                theme=archive_id,
                label=label,
                kind=row.kind,
                size=row.size,
                share=row.share,
                naming=row.naming,
            )
        )
    return result


def _own_label(row: ThemeRow) -> str:
    return unnamed_theme_name(row.label) if row.naming == "unnamed" else row.label
