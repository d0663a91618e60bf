"""The archive's fitted emergent themes in the store (`archive --fit archive`).

Table `fits` (schema version 4): one row, the latest fit: `fingerprint` (sha256 of the
archive's inputs and settings: archive/fingerprint.hash_archive), the run that fitted it, when,
how many notes it was fitted on, `model` (themes/fitted.ArchiveThemes as JSON: labels,
keywords, centroids and radii as lists of floats; never a pickle) and `digests` (JSON: for each
clinic, the hash of what the model assigns its notes, which decides whether the clinic must be
redone).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from muistiinpanot.archive.store import Store


@dataclass(frozen=True, slots=True)
class StoredFit:
    """A fit as the store keeps it (`model` is JSON text)."""

    fingerprint: str
    run_id: int
    notes: int
    model: str
    digests: dict[str, str]


#: The query of a StoredFit's columns, in its fields' order (a WHERE or ORDER BY follows).
_SELECT = "SELECT fingerprint, run_id, notes, model, digests FROM fits"


def load_fit(store: Store, fingerprint: str) -> StoredFit | None:
    """The stored fit of `fingerprint`, or None (none yet, or the archive changed since)."""
    row = store.conn.execute(f"{_SELECT} WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return _stored_fit(row)


def latest_fit(store: Store) -> StoredFit | None:
    """The fit stored last, whatever archive it was of (a refit carries its theme ids)."""
    row = store.conn.execute(f"{_SELECT} ORDER BY created_at DESC, run_id DESC LIMIT 1").fetchone()
    return _stored_fit(row)


def save_fit(
    store: Store,
    fingerprint: str,
    run_id: int,
    notes: int,
    model: str,
    digests: Mapping[str, str],
) -> None:
    """Replace the stored fit with this one, in one transaction."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.transaction() as conn:
        conn.execute("DELETE FROM fits")
        conn.execute(
            "INSERT INTO fits VALUES (?, ?, ?, ?, ?, ?)",
            (fingerprint, run_id, now, notes, model, json.dumps(dict(sorted(digests.items())))),
        )


def _stored_fit(row: tuple[Any, ...] | None) -> StoredFit | None:
    """The fit of a row of _SELECT, or None for no row."""
    if row is None:
        return None
    return StoredFit(row[0], row[1], row[2], row[3], json.loads(row[4]))
