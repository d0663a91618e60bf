"""Theme rows of an analyst's corrections (rows without a note id: rename a theme, or only
anchor it, without confirming any of its notes) matched to this run's emergent clusters.

An emergent theme's id (`uusi-N`) belongs to one run: when the notes shift a little (a note
added or edited, a setting changed, other corrections applied) the clusters are numbered
anew, and `uusi-3` may be another theme. So a theme row carries the ids of the notes the
theme held in the run the analyst reviewed (`members`), and this run's theme is the emergent
cluster most like them: pairs of a row and a cluster are matched greedily by their Jaccard
overlap (shared notes over the notes of either), largest first, each row and cluster at most
once, and a pair counts only when the cluster holds at least half (`match_share`) of the
row's members (those still kept and not corrected by a note row: a corrected note goes where
the analyst put it, so it says nothing about this run's clusters). This is how cluster-
tracking methods match a clustering to the next (MONIC, Spiliopoulou et al. 2006: a cluster
survives when its best match holds at least a share of its members); Jaccard rather than the
share alone decides between two clusters that each hold half, so a small cluster of the
theme's notes wins over a catch-all that took the other half. A theme row that no cluster
matches renames nothing (the run lists it); a seeded theme, `muu` or a theme the analyst
named keep their ids across runs and need no matching. An emergent cluster most of whose
notes were corrected into one theme follows them there (follow_clusters).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping

from muistiinpanot.records import Theme

__all__ = ["follow_clusters", "match_by_number", "match_theme_rows"]


def match_theme_rows(
    members_of: Mapping[str, tuple[str, ...]],
    original: Mapping[str, str],
    pinned: Collection[str],
    emergent: Collection[str],
    share: float = 0.5,
) -> tuple[dict[str, str], tuple[str, ...]]:
    """(this run's cluster → the theme row's key it matched, keys that matched no cluster)
    for `members_of` (theme key → the member note ids its row gave); `original` is each kept
    note's cluster in this run, `pinned` the ids of notes corrected by note rows, `emergent`
    the ids of this run's emergent clusters; a cluster counts when it holds at least `share`
    of the row's members (CorrectionSettings.match_share)."""
    present: dict[str, int] = {}
    sizes = Counter(original.values())
    pairs: list[tuple[float, str, str]] = []
    for key, members in sorted(members_of.items()):
        own = [note_id for note_id in members if note_id in original and note_id not in pinned]
        present[key] = len(own)
        counts = Counter(original[i] for i in own if original[i] in emergent)
        pairs.extend(
            (count / (len(own) + sizes[cluster] - count), key, cluster)
            for cluster, count in counts.items()
            if count >= share * len(own)
        )
    matched: dict[str, str] = {}
    done: set[str] = set()
    for _, key, cluster in sorted(pairs, key=lambda pair: (-pair[0], pair[1], pair[2])):
        if key in done or cluster in matched:
            continue
        matched[cluster] = key
        done.add(key)
    # a row all of whose members are corrected needs no cluster: its notes are the theme
    missed = tuple(key for key in sorted(members_of) if key not in done and present[key])
    return matched, missed


def match_by_number(
    keys: Iterable[str],
    follows: Mapping[str, str],
    clusters: Collection[str],
    missed: Collection[str],
) -> dict[str, str]:
    """This run's cluster `uusi-N` for each analyst's `*uusi-N` of `keys` that no cluster
    follows yet (same input, same clusters), unless another theme took that cluster or the
    key's theme row matched no cluster (its number may name another theme now)."""
    taken = set(follows)
    added: dict[str, str] = {}
    for key in sorted(set(keys) - set(follows.values()) - set(missed)):
        cluster = key[1:]
        if key.startswith("*") and cluster in clusters and cluster not in taken:
            added[cluster] = key
            taken.add(cluster)
    return added


def follow_clusters(
    original: Mapping[str, str],
    pinned: Mapping[str, str],
    themes: Mapping[str, Theme],
    share: float,
    anchored: Mapping[str, str],
) -> dict[str, str]:
    """This run's emergent clusters → the theme key their notes follow (step 2 of
    corrections.py): the
    clusters theme rows `anchored`, then those most of whose notes were corrected into one
    theme."""
    members: dict[str, list[str]] = {}
    for note_id, theme in sorted(original.items()):
        if themes[theme].kind == "emergent":
            members.setdefault(theme, []).append(note_id)
    follows: dict[str, str] = dict(anchored)
    for cluster, note_ids in sorted(members.items()):
        if cluster in follows:
            continue
        targets = Counter(pinned[i] for i in note_ids if i in pinned)
        if targets:
            key, count = min(targets.items(), key=lambda item: (-item[1], item[0]))
            if count > share * len(note_ids):
                follows[cluster] = key
    return follows
