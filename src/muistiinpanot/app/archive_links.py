"""Emergent themes of different clinics linked into archive themes for the trends: by default
all at once (`link_method = "linkage"`: centred centroids, mutual best matches, average linkage;
themes/linkage.link_across_clinics), or greedily in date order (`"greedy"`: archive/trends.py).
benchmarks/archive_linking.py measures both and `--fit archive`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.archive.trends import link_themes


def link_archive_themes(
    rows: Sequence[ThemeRow], settings: ArchiveSettings, fixed: Collection[str] = ()
) -> dict[tuple[str, str], str]:
    """The archive theme of each (clinic id, theme id) of `rows` (in date order) by
    `settings.link_method`. Seeded themes, muu and the ids in `fixed` (fitted across the
    archive) keep their ids."""
    if settings.link_method == "greedy":
        return link_themes(
            rows,
            settings.link_min_cosine,
            settings.link_min_shared_keywords,
            fixed=fixed,
            center=settings.link_center,
        )
    return link_all_at_once(rows, settings.link_min_centred_cosine, fixed)


def link_all_at_once(
    rows: Sequence[ThemeRow], min_cosine: float, fixed: Collection[str] = ()
) -> dict[tuple[str, str], str]:
    """`link_method = "linkage"`: the emergent themes with centroids grouped by
    link_across_clinics; groups numbered `arkisto-N` in the order of their first member."""
    links = {(row.clinic_id, row.theme_id): row.theme_id for row in rows}
    linkable = [
        row
        for row in rows
        if row.kind == "emergent" and row.centroid is not None and row.theme_id not in fixed
    ]
    if len(linkable) < 2:
        return links | {(row.clinic_id, row.theme_id): "arkisto-1" for row in linkable}
    # scipy (0.35 CPU s to import) loads only when there is something to link
    from muistiinpanot.themes.linkage import link_across_clinics

    centroids = np.vstack(
        [np.frombuffer(row.centroid or b"", dtype=np.float32) for row in linkable]
    ).astype(np.float64)
    labels = link_across_clinics(centroids, [row.clinic_id for row in linkable], min_cosine)
    names: dict[int, str] = {}
    for row, label in zip(linkable, labels.tolist(), strict=True):
        links[(row.clinic_id, row.theme_id)] = names.setdefault(label, f"arkisto-{len(names) + 1}")
    return links
