"""Theme ids carried from an earlier grouping to a new one, so that a trend does not jump.

Used by `--fit archive` (themes/fitted.py: the previous model's themes, paired with the
refitted ones by the notes they share) and by the linking of the clinics' emergent themes
(app/archive_links.py: the stored groups, paired with the new ones by the clinic themes they
share). New and old groups are paired one to one (Hungarian assignment on the shared counts);
a pair keeps the old id when the shared members are a majority of both: of the new group's
members that belonged to some old group, and of the old group's members (`old_sizes`). Other
new groups get numbers never used before, from `following` on, so an id never names two
different groups. An old id that no new group keeps but a majority of whose members one new
group holds has moved there (`moved_ids`: themes merged, or a theme grown past the majority
rule); an old group split or gone has not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]


def carry_ids(
    shared: IntArray,
    old_sizes: IntArray,
    old_ids: Sequence[str],
    prefix: str,
    following: int,
) -> tuple[list[str], int]:
    """The id of each new group (rows of `shared`; `shared[i, j]` members of new group i
    that were in old group `old_ids[j]`, which had `old_sizes[j]` members) and the number
    after the last one used (see the module docstring)."""
    result = []
    for old in pair_groups(shared, old_sizes):
        if old is None:
            theme_id, following = f"{prefix}{following}", following + 1
        else:
            theme_id = old_ids[old]
        result.append(theme_id)
    return result, following


def pair_groups(shared: IntArray, old_sizes: IntArray) -> list[int | None]:
    """The old group (column of `shared`) paired with each new group (row), or None: one to
    one by the Hungarian assignment on the shared counts, kept when the shared members are a
    majority of both groups (see the module docstring)."""
    new_sizes = shared.sum(axis=1)  # the new group's members that were in some old group
    pairs: list[int | None] = [None] * shared.shape[0]
    if shared.shape[0] and shared.shape[1]:
        # imported here: scipy.optimize costs about 0.3 s of CPU to import, and an archive
        # run with nothing to pair (a first run, a rerun with nothing changed) needs none
        from scipy.optimize import linear_sum_assignment

        for new, old in zip(*linear_sum_assignment(shared, maximize=True), strict=True):
            count = int(shared[new, old])
            if 2 * count > int(new_sizes[new]) and 2 * count > int(old_sizes[old]):
                pairs[new] = int(old)
    return pairs


def moved_ids(
    shared: IntArray,
    old_sizes: IntArray,
    old_ids: Sequence[str],
    ids: Sequence[str],
    before: Mapping[str, str],
) -> dict[str, str]:
    """Each old id that no new theme (`ids`, rows of `shared`) keeps → the new theme that
    holds a majority of its notes, if one does; the previous model's moves (`before`)
    followed on (an id moved to one given up now goes where that one went)."""
    kept = set(ids)
    moved: dict[str, str] = {}
    for column, old in enumerate(old_ids):
        if old in kept or not shared.shape[0]:
            continue
        row = int(shared[:, column].argmax())
        if 2 * int(shared[row, column]) > int(old_sizes[column]):
            moved[old] = ids[row]
    for old, new in before.items():
        target = new if new in kept else moved.get(new)
        if target is not None and old not in kept:
            moved[old] = target
    return dict(sorted(moved.items()))


def id_number(theme_id: str) -> int:
    """The number of an id `prefix-N`."""
    return int(theme_id.rsplit("-", 1)[-1])
