"""The archive store's writes of a clinic: its rows replaced whole, or marked failed or removed
(each called inside one transaction of archive/store.py)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from muistiinpanot.archive.cache_words import index_rows, unindex_rows
from muistiinpanot.archive.rows import SavedClinic
from muistiinpanot.records import Clinic, Note

#: The tables that hold a clinic's rows (all replaced when the clinic is saved again).
CLINIC_TABLES = ("notes", "assignments", "themes", "bullets", "corrections")


def save_clinic(conn: sqlite3.Connection, run_id: int, result: SavedClinic) -> None:
    """Replace everything stored for the clinic with `result`."""
    clinic = result.clinic
    for table in CLINIC_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE clinic_id = ?", (clinic.id,))
    _upsert_clinic(conn, run_id, clinic, result.folder, "done", None)
    conn.execute(
        "UPDATE clinics SET input_hash = ?, config_hash = ?, warnings = ? WHERE id = ?",
        (result.input_hash, result.config_hash,
         json.dumps(list(result.warnings), ensure_ascii=False) if result.warnings else None,
         clinic.id),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_note_row(clinic.id, index, note) for index, note in enumerate(result.notes)),
    )
    conn.executemany(
        "INSERT INTO assignments VALUES (?, ?, ?, ?)",
        ((clinic.id, a.note_id, a.theme, a.score) for a in result.themes.assignments),
    )
    conn.executemany(
        "INSERT INTO themes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
        (
            (clinic.id, t.id, t.label, t.label_en, t.kind, t.size, t.share,
             json.dumps(list(t.keywords), ensure_ascii=False),
             json.dumps(list(t.representative_ids), ensure_ascii=False),
             result.centroids.get(t.id),
             "renamed" if t.id in result.renamed else "named" if t.named else "unnamed")
            for t in result.themes.themes
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO bullets VALUES (?, ?, ?, ?, ?, ?)",
        (
            (clinic.id, position, b.theme, b.heading, b.text,
             json.dumps(list(b.note_ids), ensure_ascii=False))
            for position, b in enumerate(result.post.bullets)
        ),
    )  # fmt: skip
    insert_cache(conn, result.cache_entries)
    delete_cache(conn, result.stale_cache)
    conn.executemany(
        "INSERT INTO corrections VALUES (?, ?, ?, ?, ?)",
        ((clinic.id, c.note_id, " ".join(c.lemmas), c.theme, c.label)
         for c in result.corrections),
    )  # fmt: skip


def mark_failed(
    conn: sqlite3.Connection, run_id: int, clinic: Clinic, folder: str, error: str
) -> None:
    """Record a clinic that could not be processed; its last good rows stay, its hashes are
    cleared so that the next run tries again."""
    _upsert_clinic(conn, run_id, clinic, folder, "failed", error)
    conn.execute(
        "UPDATE clinics SET input_hash = NULL, config_hash = NULL WHERE id = ?", (clinic.id,)
    )


def mark_removed(conn: sqlite3.Connection, run_id: int, clinic_ids: Iterable[str]) -> None:
    conn.executemany(
        "UPDATE clinics SET status = 'removed', run_id = ?, updated_at = ?, "
        "input_hash = NULL WHERE id = ?",
        ((run_id, now(), clinic_id) for clinic_id in clinic_ids),
    )


def insert_cache(conn: sqlite3.Connection, entries: Mapping[str, Mapping[str, Any]]) -> None:
    """Add lemma cache entries {kind: {form: value}} (JSON) and their words to the index
    (archive/cache_words.py); known forms are kept as they are, their words too."""
    added = []
    for kind, values in entries.items():
        for form, value in values.items():
            cursor = conn.execute(
                "INSERT OR IGNORE INTO lemma_cache VALUES (?, ?, ?)",
                (kind, form, json.dumps(value, ensure_ascii=False)),
            )
            if cursor.rowcount:
                added.append((kind, form, value))
    index_rows(conn, added)


def delete_cache(conn: sqlite3.Connection, rows: Iterable[tuple[str, str]]) -> None:
    """Delete lemma cache rows (kind, form) and their words."""
    rows = list(rows)
    unindex_rows(conn, rows)
    conn.executemany("DELETE FROM lemma_cache WHERE kind = ? AND form = ?", rows)


def now() -> str:
    """The time now (UTC, ISO 8601, seconds) as the store writes it."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _upsert_clinic(
    conn: sqlite3.Connection,
    run_id: int,
    clinic: Clinic,
    folder: str,
    status: str,
    error: str | None,
) -> None:
    conn.execute(
        "INSERT INTO clinics (id, title, date, topic, folder, status, run_id, updated_at, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
        "date = excluded.date, topic = excluded.topic, folder = excluded.folder, "
        "status = excluded.status, run_id = excluded.run_id, updated_at = excluded.updated_at, "
        "error = excluded.error",
        (clinic.id, clinic.title, clinic.date, clinic.topic, folder, status, run_id, now(), error),
    )


def _note_row(clinic_id: str, position: int, note: Note) -> tuple[object, ...]:
    return (
        clinic_id, note.id, position, note.group, note.source.locator(), note.text,
        note.clean_text, " ".join(note.lemmas), note.status, note.duplicate_of,
    )  # fmt: skip
