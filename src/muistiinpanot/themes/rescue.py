"""The word-linked core of a cluster that failed the coherence test (muu44, issue 12).

In a small clinic the leftover notes are few, and the permutation test of coherence.py has
little power: in round 82's kuunnelmat clinic both clusters of the 14 notes no seeded theme
claimed failed, and every one of them went to muu, though three notes from three groups
said "nuoret" and three said "avustus" or "vuosi kerrallaan". A part that fails the test
and cannot be split further keeps its word-linked core as a theme: the notes joined, directly
or through one another, by sharing a lemma that is not common in the batch (in at most
`rescue_max_share` of its notes, so the clinic's own topic word links nothing), each such
component that has at least `min_cluster_size` notes from at least
`rescue_min_groups` groups (the same point made by several groups, not one group's
thread) and whose notes are still more alike than `rescue_p` of random groups of as many
notes (a looser test than `coherence_p`). Without groups each note counts as its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from muistiinpanot.themes.settings import ThemeSettings


def linked_cores(
    part: Sequence[int],
    docs: Sequence[Sequence[str]],
    groups: Sequence[str] | None,
    settings: ThemeSettings,
    loosely_coherent: Callable[[Sequence[int]], bool],
) -> list[list[int]]:
    """The word-linked cores of `part` (rows, indices into `docs`, the batch's lemma lists)
    kept as themes, maybe none (see the module docstring). `loosely_coherent` is the
    permutation test at `rescue_p`."""
    if not settings.rescue_shared_words or len(part) < settings.min_cluster_size:
        return []
    frequency = Counter(word for doc in docs if doc for word in set(doc))
    limit = settings.rescue_max_share * sum(1 for doc in docs if doc)
    words = {row: {w for w in docs[row] if frequency[w] <= limit} for row in part}
    cores = []
    for core in _components(sorted(part), words):
        if len(core) < settings.min_cluster_size:
            continue
        owners = {groups[row] if groups is not None else str(row) for row in core}
        if len(owners) >= settings.rescue_min_groups and loosely_coherent(core):
            cores.append(core)
    return cores


def _components(part: list[int], words: dict[int, set[str]]) -> list[list[int]]:
    """Connected components of `part`, two notes linked when they share a word."""
    seen: set[int] = set()
    found = []
    for start in part:
        if start in seen:
            continue
        component, stack = [], [start]
        seen.add(start)
        while stack:
            row = stack.pop()
            component.append(row)
            for other in part:
                if other not in seen and words[row] & words[other]:
                    seen.add(other)
                    stack.append(other)
        found.append(sorted(component))
    return found
