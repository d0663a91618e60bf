"""The archive store's schema: its migrations, and opening a connection to it.

Tables (plain SQL; `PRAGMA user_version` is the schema version, see MIGRATIONS):
  runs         one row per archive run: start, end, version, settings hash, counts, status
  clinics      one row per clinic ever seen: metadata, folder, input and settings hashes,
               status done | failed | removed, the error of a failed clinic, the last run,
               the warnings of a done clinic as `run` prints them (JSON list)
  notes        every note of a done clinic, as in notes.csv (lemmas space-separated)
  assignments  the theme and score of each kept note
  themes       each clinic's themes: label, kind, size, share, keywords, representatives,
               centroid (float32 bytes), archive_theme (the theme a trend follows), naming
               (named; unnamed: a fallback label no noun gives; renamed: an analyst's label)
  bullets      the summary's bullets and the note ids behind each
  lemma_cache  Voikko's analyses (and spellings, suggestions) by word form, as JSON
  lemma_cache_words  each lemma cache row's words (archive/cache_words.py), by which
               --redact finds the rows of the words a redactor took out
  fits         the emergent themes fitted across the archive (--fit archive), as JSON, by the
               fingerprint of the archive's inputs and settings (archive/fits.py)
  corrections  each note an analyst corrected (corrections.csv), as later clinics use it: its
               content lemmas (personal data removed), theme id and label; no note text
  analyses     each clinic's analysis for --fit archive (its non-seeded kept notes, JSON) by
               its input and settings hash, so a refit analyses only what changed
  trend_ids    every linked archive theme id (trendi-N) ever given, and the run that gave it
               (app/archive_links.py: a number is never given twice)
  note_themes  (a view) each kept note of a done clinic with its theme and archive theme
A clinic is written in one transaction (its old rows deleted first), so a run killed at any
moment leaves each clinic either wholly old or wholly new. WAL mode lets readers query while a
run writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from muistiinpanot.archive.cache_words import index_table
from muistiinpanot.errors import StoreError


def _index_lemma_cache(conn: sqlite3.Connection) -> None:
    """Migration 10: the lemma cache's word index, with a row for each word of every cached
    row (computed in Python: casefolding and the values' JSON)."""
    conn.execute(
        "CREATE TABLE lemma_cache_words (word TEXT NOT NULL, kind TEXT NOT NULL, "
        "form TEXT NOT NULL, PRIMARY KEY (word, kind, form)) WITHOUT ROWID"
    )
    index_table(conn)


#: Schema migrations: MIGRATIONS[i] takes a store from version i to i + 1 (SQL statements, or
#: a function for one that computes rows). Never edit one that has shipped; add a new one.
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
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
    # 6: each clinic's analysis for --fit archive, by input and settings hash (analyses.py)
    """
    CREATE TABLE analyses (
        clinic_id TEXT PRIMARY KEY, key TEXT NOT NULL, notes TEXT NOT NULL);
    """,
    # 7: every linked archive theme id ever given (trendi-N), so that none is given twice
    """
    CREATE TABLE trend_ids (id TEXT PRIMARY KEY, run_id INTEGER REFERENCES runs(id));
    """,
    # 8: the warnings `run` prints for a clinic (JSON list), repeated when it is skipped
    """
    ALTER TABLE clinics ADD COLUMN warnings TEXT;
    """,
    # 9: how a theme's label was given (named | unnamed | renamed: NULL in rows saved before)
    """
    ALTER TABLE themes ADD COLUMN naming TEXT;
    """,
    # 10: the lemma cache's words (archive/cache_words.py), filled from the cache's rows
    _index_lemma_cache,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema of `conn` up to version `target`, one transaction per migration."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError("store_too_new", version=version, known=SCHEMA_VERSION)
    for number in range(version, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step = MIGRATIONS[number]
            if callable(step):
                step(conn)
            else:
                for statement in step.split(";"):
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
    except sqlite3.DatabaseError as err:
        raise StoreError("store_bad", path=path, detail=str(err)) from None
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as err:
        # closed now: a connection is in a cycle with its statement cache, so one left to
        # the garbage collector closes at an arbitrary later time (mend89)
        conn.close()
        raise StoreError("store_bad", path=path, detail=str(err)) from None
    return conn
