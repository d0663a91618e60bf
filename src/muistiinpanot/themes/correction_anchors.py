"""Theme rows of an analyst's corrections (rows without a note id: rename a theme, or only
anchor it, without confirming any of its notes) matched to this run's emergent clusters.

An emergent theme's id (`uusi-N`) belongs to one run: when the notes shift a little (a note
added or edited, a setting changed, other corrections applied) the clusters are numbered
anew, and `uusi-3` may be another theme. So a theme row carries the ids of the notes the
theme held in the run the analyst reviewed (`members`), and this run's theme is the emergent
cluster most like them: pairs of a row and a cluster are matched greedily by their Jaccard
overlap (shared notes over the notes of either), largest first, each row and cluster at
most once, and a pair counts only when the cluster holds at least half of the row's members
(those still kept and not corrected by a note row: a corrected note goes where the analyst
put it, so it says nothing about this run's clusters). This is how cluster-tracking methods
match a clustering to the next (MONIC, Spiliopoulou et al. 2006: a cluster survives when
its best match holds at least a share of its members); Jaccard rather than the share alone
decides between two clusters that each hold half, so a small cluster of the theme's notes
wins over a catch-all that took the other half. A theme row that no cluster matches renames
nothing (the run lists it); a seeded theme, `muu` or a theme the analyst named keep their
ids across runs and need no matching.

A member id is `file:line`, so a line deleted or added above it moves the id onto another
note (review 36, finding 3). The page therefore writes each member as `id#print`, the
print 8 hex digits of its text's sha1 (records.Note.fingerprint), and `check_members`
checks them first: a member whose id still holds its text counts; one whose text is now at
another id (the line moved) counts at that id; one whose text is gone does not count. A
row fewer than half of whose printed members are found this way is stale: it renames
nothing and the run warns, naming the row. Members without a print (older files, or typed
by hand) count by their id, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping

from muistiinpanot.records import Correction

_PRINT = re.compile(r"[0-9a-f]{8}")


def split_member(member: str) -> tuple[str, str]:
    """(note id, text print or '') of a theme row's member (`id#print` or `id`)."""
    note_id, mark, tail = member.rpartition("#")
    return (note_id, tail) if mark and _PRINT.fullmatch(tail) else (member, "")


def check_members(
    members_of: Mapping[str, tuple[str, ...]], prints: Mapping[str, str]
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """(theme key → the ids of its members in this run, keys of stale rows) for `members_of`
    (theme key → the members its row gave); `prints` is each kept note's text print in this
    run. See the module docstring."""
    counts = Counter(prints.values())
    at = {value: note_id for note_id, value in prints.items() if counts[value] == 1}
    checked: dict[str, tuple[str, ...]] = {}
    stale: list[str] = []
    for key, members in members_of.items():
        if not key.startswith("*"):  # a seeded or named theme keeps its id: no matching
            checked[key] = tuple(split_member(member)[0] for member in members)
            continue
        ids: list[str] = []
        printed = found = 0
        for member in members:
            note_id, value = split_member(member)
            if not value:
                ids.append(note_id)
                continue
            printed += 1
            if prints.get(note_id) == value or value in at:
                found += 1
                ids.append(note_id if prints.get(note_id) == value else at[value])
        if 2 * found < printed:
            stale.append(key)
        else:
            checked[key] = tuple(dict.fromkeys(ids))
    return checked, tuple(sorted(stale))


def match_theme_rows(
    members_of: Mapping[str, tuple[str, ...]],
    original: Mapping[str, str],
    pinned: Collection[str],
    emergent: Collection[str],
) -> tuple[dict[str, str], tuple[str, ...]]:
    """(this run's cluster → the theme row's key it matched, keys that matched no cluster)
    for `members_of` (theme key → the member note ids its row gave); `original` is each kept
    note's cluster in this run, `pinned` the ids of notes corrected by note rows, `emergent`
    the ids of this run's emergent clusters."""
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
            if 2 * count >= len(own)
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


def stale_rows(
    keys: Iterable[str], rows: Iterable[Correction], labels: Mapping[str, str]
) -> tuple[str, ...]:
    """'rivi 5 / row 5: uusi-2 (Talvikunnossapito)' for each stale row's key."""
    numbers = {f"*{row.theme}": row.row for row in rows if row.is_theme_row}
    return tuple(
        f"rivi {numbers.get(key, 0)} / row {numbers.get(key, 0)}: {key[1:]}"
        + (f" ({labels[key]})" if labels.get(key) else "")
        for key in keys
    )
