"""Emergent themes of different clinics linked into archive themes for the trends: by default
all at once by their centroids and their notes' lemmas (`link_method = "lemmas"`: average
linkage over every pair; themes/lemma_links.link_by_lemmas, archive28), all at once by the
centroids alone (`"linkage"`: centred centroids, mutual best matches, average linkage;
themes/linkage.link_across_clinics), or greedily in date order (`"greedy"`:
archive/trends.py). benchmarks/archive_linking_dev.py measures the false and true links.

The linked archive themes are `trendi-N` (`--fit archive`'s own themes are `arkisto-N`: the
two never share an id). Their ids are carried across runs: the new groups are paired with the
groups stored by the previous run by the clinic themes they share (themes/ids.py, as a refit
of `--fit archive` carries its ids), so adding a clinic does not rename the trends it leaves
alone; a new group gets a number never used before in this archive (the store's `trend_ids`).
A clinic redone in the run numbers its emergent themes afresh, so its stored links are first
moved to its new themes by the notes they share (`rekey_redone`), not by theme id.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np

from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.archive.trends import link_themes

#: Id prefix of the linked archive themes (themes/fitted.PREFIX, "arkisto-", is --fit's).
LINK_PREFIX = "trendi-"

Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Links:
    """The archive theme of each (clinic id, theme id), and the linked ids given for the
    first time (`new_ids`, to be remembered so that no number is used twice)."""

    links: dict[Key, str]
    new_ids: tuple[str, ...]


def link_archive_themes(
    rows: Sequence[ThemeRow],
    settings: ArchiveSettings,
    fixed: Collection[str] = (),
    previous: Mapping[Key, str] | None = None,
    following: int = 1,
    lemmas: Mapping[Key, Sequence[Sequence[str]]] | None = None,
) -> Links:
    """The archive theme of each (clinic id, theme id) of `rows` (in date order) by
    `settings.link_method`. Seeded themes, muu and the ids in `fixed` (fitted across the
    archive) keep their ids; linked groups keep the ids `previous` (the stored links) gave
    their members, new ones are numbered from `following` (see the module docstring).
    `link_method = "lemmas"` reads each theme's notes' lemmas from `lemmas` (none: none)."""
    if settings.link_method == "greedy":
        grouped = link_themes(
            rows,
            settings.link_min_cosine,
            settings.link_min_shared_keywords,
            fixed=fixed,
            center=settings.link_center,
        )
        groups = {key: grouped[key] for key in _linkable(rows, fixed)}
    elif settings.link_method == "lemmas":
        numbered = group_by_lemmas(rows, settings, fixed, lemmas or {})
        groups = {key: str(label) for key, label in numbered.items()}
    else:
        numbered = group_all_at_once(rows, settings, fixed)
        groups = {key: str(label) for key, label in numbered.items()}
    links = {(row.clinic_id, row.theme_id): row.theme_id for row in rows}
    names, new_ids = _carried_names(groups, previous or {}, following)
    links.update({key: names[group] for key, group in groups.items()})
    return Links(links, new_ids)


def rekey_redone(
    previous: Mapping[Key, str],
    rows: Sequence[ThemeRow],
    before: Mapping[str, Mapping[str, AbstractSet[bytes]]],
    after: Mapping[str, Mapping[str, AbstractSet[bytes]]],
) -> dict[Key, str]:
    """`previous` (the stored links) with the keys of the clinics redone in this run (`before`
    and `after`: their themes' notes, as text digests) moved to their new themes: a redone
    clinic numbers its emergent themes afresh, so the same theme id may now be another
    theme. Each new emergent theme is paired with the stored theme whose notes it shares
    (themes/ids.pair_groups: one to one, a majority of both); an unpaired one has no previous
    id and gets a new number unless its group carries one."""
    kept = {key: value for key, value in previous.items() if key[0] not in before}
    if not before:
        return kept
    from muistiinpanot.themes.ids import pair_groups  # scipy: only when a clinic was redone

    for clinic_id, old in before.items():
        new = after.get(clinic_id, {})
        rows_new = [
            row.theme_id
            for row in rows
            if row.clinic_id == clinic_id and row.kind == "emergent" and row.theme_id in new
        ]
        columns = sorted(old)
        shared = np.array(
            [[len(new[theme] & old[column]) for column in columns] for theme in rows_new],
            dtype=np.int64,
        ).reshape(len(rows_new), len(columns))
        sizes = np.array([len(old[column]) for column in columns], dtype=np.int64)
        for theme, paired in zip(rows_new, pair_groups(shared, sizes), strict=True):
            stored = previous.get((clinic_id, columns[paired])) if paired is not None else None
            if stored is not None and stored.startswith(LINK_PREFIX):
                kept[(clinic_id, theme)] = stored
    return kept


def group_all_at_once(
    rows: Sequence[ThemeRow], settings: ArchiveSettings, fixed: Collection[str] = ()
) -> dict[Key, int]:
    """`link_method = "linkage"`: a group number for each emergent theme with a centroid
    (not in `fixed`), by link_across_clinics with `settings`' cut and candidate test."""
    linkable, centroids = _linkable_centroids(rows, fixed)
    if len(linkable) < 2:
        return _numbered(linkable, [0] * len(linkable))
    # scipy (0.35 CPU s to import) loads only when there is something to link
    from muistiinpanot.themes.linkage import CandidateTest, link_across_clinics

    test = CandidateTest(
        settings.link_shared_keywords,
        settings.link_without_keywords,
        settings.link_beyond_siblings,
        settings.link_null_quantile,
    )
    labels = link_across_clinics(
        centroids,
        [row.clinic_id for row in linkable],
        settings.link_min_centred_cosine,
        [frozenset(row.keywords) for row in linkable],
        test,
    )
    return _numbered(linkable, labels.tolist())


def group_by_lemmas(
    rows: Sequence[ThemeRow],
    settings: ArchiveSettings,
    fixed: Collection[str],
    lemmas: Mapping[Key, Sequence[Sequence[str]]],
) -> dict[Key, int]:
    """`link_method = "lemmas"`: a group number for each emergent theme with a centroid (not
    in `fixed`), by themes/lemma_links.link_by_lemmas cut at `link_min_similarity`."""
    linkable, centroids = _linkable_centroids(rows, fixed)
    if len(linkable) < 2:
        return _numbered(linkable, [0] * len(linkable))
    # scipy (0.35 CPU s to import) loads only when there is something to link
    from muistiinpanot.themes.lemma_links import link_by_lemmas

    labels = link_by_lemmas(
        centroids,
        [lemmas.get((row.clinic_id, row.theme_id), ()) for row in linkable],
        [row.clinic_id for row in linkable],
        settings.link_min_similarity,
    )
    return _numbered(linkable, labels.tolist())


def _linkable_centroids(
    rows: Sequence[ThemeRow], fixed: Collection[str]
) -> tuple[list[ThemeRow], np.ndarray]:
    """The rows `_linkable` keeps (in their order) and their centroids, one row each (float64;
    an empty matrix when fewer than two rows can be linked)."""
    keys = set(_linkable(rows, fixed))
    linkable = [row for row in rows if (row.clinic_id, row.theme_id) in keys]
    if len(linkable) < 2:
        return linkable, np.zeros((0, 0))
    vectors = [np.frombuffer(row.centroid or b"", dtype=np.float32) for row in linkable]
    return linkable, np.vstack(vectors).astype(np.float64)


def _numbered(linkable: Sequence[ThemeRow], labels: Sequence[int]) -> dict[Key, int]:
    return {
        (row.clinic_id, row.theme_id): label for row, label in zip(linkable, labels, strict=True)
    }


def _linkable(rows: Sequence[ThemeRow], fixed: Collection[str]) -> list[Key]:
    return [
        (row.clinic_id, row.theme_id)
        for row in rows
        if row.kind == "emergent" and row.centroid is not None and row.theme_id not in fixed
    ]


def _carried_names(
    groups: Mapping[Key, object], previous: Mapping[Key, str], following: int
) -> tuple[dict[object, str], tuple[str, ...]]:
    """The id of each group of `groups` (member → group, members in date order): the stored
    id its members had, when the groups match (themes/ids.carry_ids), else a new number."""
    if not groups:
        return {}, ()
    # scipy (themes/ids) loads only when there is something to name
    from muistiinpanot.themes.ids import carry_ids

    order = list(dict.fromkeys(groups.values()))  # by first member
    row_of = {group: row for row, group in enumerate(order)}
    old_ids = sorted(
        {previous[key] for key in groups if previous.get(key, "").startswith(LINK_PREFIX)}
    )
    column = {old: index for index, old in enumerate(old_ids)}
    shared = np.zeros((len(order), len(old_ids)), dtype=np.int64)
    for key, group in groups.items():
        old = previous.get(key)
        if old in column:
            shared[row_of[group], column[old]] += 1
    ids, _ = carry_ids(shared, shared.sum(axis=0), old_ids, LINK_PREFIX, following)
    new_ids = tuple(theme_id for theme_id in ids if theme_id not in column)
    return dict(zip(order, ids, strict=True)), new_ids
