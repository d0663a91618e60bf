"""The archive's SQLite store: what was processed (by content hash) and what came out of it.

Tables (plain SQL; `PRAGMA user_version` is the schema version, see MIGRATIONS):
  runs         one row per archive run: start, end, version, settings hash, counts, status
  clinics      one row per clinic ever seen: metadata, folder, input and settings hashes,
               status done | failed | removed, the error of a failed clinic, the last run
  notes        every note of a done clinic, as in notes.csv (lemmas space-separated)
  assignments  the theme and score of each kept note
  themes       each clinic's themes: label, kind, size, share, keywords, representatives,
               centroid (float32 bytes), archive_theme (the theme a trend follows)
  bullets      the summary's bullets and the note ids behind each
  lemma_cache  Voikko's analyses (and spellings, suggestions) by word form, as JSON
  fits         the emergent themes fitted across the archive (--fit archive), as JSON, by the
               fingerprint of the archive's inputs and settings (archive/fits.py)
  corrections  each note an analyst corrected (corrections.csv), as later clinics use it: its
               content lemmas (personal data removed), theme id and label; no note text
  note_themes  (a view) each kept note of a done clinic with its theme and archive theme
A clinic is written in one transaction (its old rows deleted first), so a run killed at any
moment leaves each clinic either wholly old or wholly new. WAL mode lets readers query while a
run writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from muistiinpanot.errors import StoreError
from muistiinpanot.records import BlogPost, Clinic, Note, ThemeResult

#: Schema migrations: MIGRATIONS[i] takes a store from version i to i + 1. Never edit one that
#: has shipped; add a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
        version TEXT NOT NULL, config_hash TEXT NOT NULL, mode TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'running', processed INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
        removed INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE clinics (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, topic TEXT NOT NULL,
        folder TEXT NOT NULL, input_hash TEXT, config_hash TEXT, status TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id), updated_at TEXT NOT NULL);
    CREATE TABLE notes (
        clinic_id TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL,
        grp TEXT NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL, clean_text TEXT NOT NULL,
        lemmas TEXT NOT NULL, status TEXT NOT NULL, duplicate_of TEXT,
        PRIMARY KEY (clinic_id, id));
    CREATE TABLE assignments (
        clinic_id TEXT NOT NULL, note_id TEXT NOT NULL, theme TEXT NOT NULL, score REAL NOT NULL,
        PRIMARY KEY (clinic_id, note_id));
    CREATE TABLE themes (
        clinic_id TEXT NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL, label_en TEXT NOT NULL,
        kind TEXT NOT NULL, size INTEGER NOT NULL, share REAL NOT NULL, keywords TEXT NOT NULL,
        representative_ids TEXT NOT NULL, PRIMARY KEY (clinic_id, id));
    CREATE TABLE bullets (
        clinic_id TEXT NOT NULL, position INTEGER NOT NULL, theme TEXT NOT NULL,
        heading TEXT NOT NULL, text TEXT NOT NULL, note_ids TEXT NOT NULL,
        PRIMARY KEY (clinic_id, position));
    """,
    # 2: the lemma cache
    """
    CREATE TABLE lemma_cache (
        kind TEXT NOT NULL, form TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, form)
    ) WITHOUT ROWID;
    """,
    # 3: trends (centroids, archive themes), errors of failed clinics
    """
    ALTER TABLE themes ADD COLUMN centroid BLOB;
    ALTER TABLE themes ADD COLUMN archive_theme TEXT;
    ALTER TABLE clinics ADD COLUMN error TEXT;
    CREATE VIEW note_themes AS
        SELECT n.clinic_id, c.date, n.id AS note_id, n.text, a.theme, t.label, a.score,
               t.archive_theme
        FROM notes n JOIN clinics c ON c.id = n.clinic_id
        JOIN assignments a ON a.clinic_id = n.clinic_id AND a.note_id = n.id
        JOIN themes t ON t.clinic_id = n.clinic_id AND t.id = a.theme
        WHERE c.status = 'done';
    """,
    # 4: emergent themes fitted across the archive (--fit archive; archive/fits.py)
    """
    CREATE TABLE fits (
        fingerprint TEXT PRIMARY KEY, run_id INTEGER REFERENCES runs(id),
        created_at TEXT NOT NULL, notes INTEGER NOT NULL, model TEXT NOT NULL,
        digests TEXT NOT NULL);
    """,
    # 5: analysts' corrections, carried to later clinics (no note text: lemmas, redacted)
    """
    CREATE TABLE corrections (
        clinic_id TEXT NOT NULL, note_id TEXT NOT NULL, lemmas TEXT NOT NULL,
        theme TEXT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (clinic_id, note_id));
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
_CLINIC_TABLES = ("notes", "assignments", "themes", "bullets", "corrections")


@dataclass(frozen=True, slots=True)
class ClinicState:
    """What the store remembers of a clinic."""

    id: str
    folder: str
    input_hash: str | None
    config_hash: str | None
    status: str


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema of `conn` up to version `target`, one transaction per migration."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError("store_too_new", version=version, known=SCHEMA_VERSION)
    for number in range(version, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return max(version, target)


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (we open transactions ourselves), WAL, busy timeout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as err:
        raise StoreError("store_bad", path=path, detail=str(err)) from None
    return conn


class Store:
    """The archive store at `path`, created or migrated on open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = connect(path)
        try:
            migrate(self.conn)
        except sqlite3.DatabaseError as err:
            self.conn.close()
            raise StoreError("store_bad", path=path, detail=str(err)) from None

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def mark_interrupted(self) -> list[int]:
        """Mark every run still `running` as `interrupted` and return their ids. Call only
        while holding the archive lock: then no such run is alive (a run that dies, even by
        kill -9, loses the lock), so a `running` row is one that was killed."""
        with self.transaction() as conn:
            ids = [r for (r,) in conn.execute("SELECT id FROM runs WHERE status = 'running'")]
            conn.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        return ids

    def start_run(self, config_hash: str, mode: str, version: str) -> int:
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO runs (started_at, version, config_hash, mode) VALUES (?, ?, ?, ?)",
                (_now(), version, config_hash, mode),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, counts: Mapping[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, processed = ?, skipped = ?, "
                "failed = ?, removed = ? WHERE id = ?",
                (_now(), status, counts["processed"], counts["skipped"], counts["failed"],
                 counts["removed"], run_id),
            )  # fmt: skip

    def clinic_states(self) -> dict[str, ClinicState]:
        rows = self.conn.execute(
            "SELECT id, folder, input_hash, config_hash, status FROM clinics"
        ).fetchall()
        return {row[0]: ClinicState(*row) for row in rows}

    def save_clinic(self, run_id: int, result: SavedClinic) -> None:
        """Replace everything stored for the clinic with `result`, in one transaction."""
        clinic = result.clinic
        with self.transaction() as conn:
            for table in _CLINIC_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE clinic_id = ?", (clinic.id,))
            _upsert_clinic(conn, run_id, clinic, result.folder, "done", None)
            conn.execute(
                "UPDATE clinics SET input_hash = ?, config_hash = ? WHERE id = ?",
                (result.input_hash, result.config_hash, clinic.id),
            )
            conn.executemany(
                "INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_note_row(clinic.id, index, note) for index, note in enumerate(result.notes)),
            )
            conn.executemany(
                "INSERT INTO assignments VALUES (?, ?, ?, ?)",
                ((clinic.id, a.note_id, a.theme, a.score) for a in result.themes.assignments),
            )
            conn.executemany(
                "INSERT INTO themes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (
                    (clinic.id, t.id, t.label, t.label_en, t.kind, t.size, t.share,
                     json.dumps(list(t.keywords), ensure_ascii=False),
                     json.dumps(list(t.representative_ids), ensure_ascii=False),
                     result.centroids.get(t.id))
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
            _insert_cache(conn, result.cache_entries)
            conn.executemany(
                "INSERT INTO corrections VALUES (?, ?, ?, ?, ?)",
                ((clinic.id, c.note_id, " ".join(c.lemmas), c.theme, c.label)
                 for c in result.corrections),
            )  # fmt: skip

    def carried_corrections(self, date: str, clinic_id: str) -> list[StoredCorrection]:
        """The corrections of the done clinics before (`date`, `clinic_id`) (by clinic date,
        then id), oldest first."""
        rows = self.conn.execute(
            "SELECT k.note_id, k.lemmas, k.theme, k.label FROM corrections k "
            "JOIN clinics c ON c.id = k.clinic_id WHERE c.status = 'done' "
            "AND (c.date < ? OR (c.date = ? AND c.id < ?)) ORDER BY c.date, c.id, k.note_id",
            (date, date, clinic_id),
        ).fetchall()
        return [StoredCorrection(row[0], tuple(row[1].split()), row[2], row[3]) for row in rows]

    def has_corrections(self, clinic_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM corrections WHERE clinic_id = ?", (clinic_id,))
        return row.fetchone() is not None

    def mark_failed(self, run_id: int, clinic: Clinic, folder: str, error: str) -> None:
        """Record a clinic that could not be processed; its last good rows stay, its hashes
        are cleared so that the next run tries again."""
        with self.transaction() as conn:
            _upsert_clinic(conn, run_id, clinic, folder, "failed", error)
            conn.execute(
                "UPDATE clinics SET input_hash = NULL, config_hash = NULL WHERE id = ?",
                (clinic.id,),
            )

    def mark_removed(self, run_id: int, clinic_ids: Iterable[str]) -> None:
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE clinics SET status = 'removed', run_id = ?, updated_at = ?, "
                "input_hash = NULL WHERE id = ?",
                ((run_id, _now(), clinic_id) for clinic_id in clinic_ids),
            )

    def save_cache(self, entries: Mapping[str, Mapping[str, Any]]) -> None:
        with self.transaction() as conn:
            _insert_cache(conn, entries)

    def theme_rows(self) -> list[ThemeRow]:
        """Every theme of every done clinic, by clinic date, clinic id and theme id."""
        rows = self.conn.execute(
            "SELECT t.clinic_id, c.date, c.title, t.id, t.label, t.kind, t.size, t.share, "
            "t.keywords, t.centroid FROM themes t JOIN clinics c ON c.id = t.clinic_id "
            "WHERE c.status = 'done' ORDER BY c.date, t.clinic_id, t.id"
        ).fetchall()
        return [
            ThemeRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                     tuple(json.loads(row[8])), row[9])
            for row in rows
        ]  # fmt: skip

    def set_archive_themes(self, links: Iterable[tuple[str, str, str]]) -> None:
        """Set `archive_theme` for (archive theme, clinic id, theme id) triples."""
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE themes SET archive_theme = ? WHERE clinic_id = ? AND id = ?", links
            )

    def load_cache(self) -> dict[str, dict[str, Any]]:
        """The lemma cache as {kind: {form: value}} (values decoded from JSON)."""
        entries: dict[str, dict[str, Any]] = {}
        for kind, form, value in self.conn.execute("SELECT kind, form, value FROM lemma_cache"):
            entries.setdefault(kind, {})[form] = json.loads(value)
        return entries


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """A theme of a done clinic as trends.py reads it (`centroid`: float32 bytes or None)."""

    clinic_id: str
    date: str
    title: str
    theme_id: str
    label: str
    kind: str
    size: int
    share: float
    keywords: tuple[str, ...]
    centroid: bytes | None


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """A note an analyst corrected, as the store keeps it for later clinics: the note id and
    content lemmas with personal data removed, the theme id and label it ended in."""

    note_id: str
    lemmas: tuple[str, ...]
    theme: str
    label: str


@dataclass(frozen=True, slots=True)
class SavedClinic:
    """One processed clinic as the store keeps it. `centroids` are float32 bytes by theme id;
    `cache_entries` new lemma cache entries {kind: {form: value}}; `corrections`
    the notes its analyst corrected."""

    clinic: Clinic
    folder: str
    input_hash: str
    config_hash: str
    notes: Sequence[Note]
    themes: ThemeResult
    post: BlogPost
    centroids: Mapping[str, bytes]
    cache_entries: Mapping[str, Mapping[str, Any]]
    corrections: Sequence[StoredCorrection] = ()


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
        (clinic.id, clinic.title, clinic.date, clinic.topic, folder, status, run_id, _now(), error),
    )


def _note_row(clinic_id: str, position: int, note: Note) -> tuple[object, ...]:
    return (
        clinic_id, note.id, position, note.group, note.source.locator(), note.text,
        note.clean_text, " ".join(note.lemmas), note.status, note.duplicate_of,
    )  # fmt: skip


def _insert_cache(conn: sqlite3.Connection, entries: Mapping[str, Mapping[str, Any]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO lemma_cache VALUES (?, ?, ?)",
        (
            (kind, form, json.dumps(value, ensure_ascii=False))
            for kind, values in entries.items()
            for form, value in values.items()
        ),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
