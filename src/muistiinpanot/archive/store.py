"""The archive's SQLite store: what was processed (by content hash) and what came out of it.

The tables and their migrations are in archive/schema.py, the rows read and written in
archive/rows.py, a clinic's writes in archive/writes.py; `Store` opens (creating or migrating)
the store and holds the queries. A clinic is written in one transaction (its old rows deleted
first), so a run killed at any moment leaves each clinic either wholly old or wholly new. WAL
mode lets readers query while a run writes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from muistiinpanot.archive import writes
from muistiinpanot.archive.cache_words import KEYED
from muistiinpanot.archive.rows import ClinicState, SavedClinic, StoredCorrection, ThemeRow
from muistiinpanot.archive.schema import SCHEMA_VERSION, connect, migrate
from muistiinpanot.errors import StoreError
from muistiinpanot.records import Clinic, is_placeholder_label

__all__ = [
    "SCHEMA_VERSION",
    "ClinicState",
    "SavedClinic",
    "Store",
    "StoredCorrection",
    "ThemeRow",
    "connect",
    "migrate",
]


def _warnings(stored: str | None) -> tuple[str, ...]:
    """A clinic's stored warnings (a JSON list; NULL: none, or stored before schema 8)."""
    return tuple(json.loads(stored)) if stored else ()


def _naming(label: str, kind: str) -> str:
    """How a theme row saved before schema 9 was named, read from its label: an emergent
    theme's fallback has the placeholder's own form ("Muita nostoja: puu, budjetti"); an
    analyst's label with a colon ("Kirjasto: tilat ja aula") names its theme (review 48 #3)."""
    return "unnamed" if kind == "emergent" and is_placeholder_label(label) else "named"


#: Forms a lemma cache lookup asks in one query (below SQLite's 999 bound parameters).
_LOOKUP_BATCH = 500


class Store:
    """The archive store at `path`, created or migrated on open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._closed = False
        self.conn = connect(path)
        try:
            migrate(self.conn)
        except sqlite3.DatabaseError as err:
            self.conn.close()
            raise StoreError("store_bad", path=path, detail=str(err)) from None
        except BaseException:  # a store too new: closed now, not by the garbage collector
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()
        self._closed = True

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
                (writes.now(), version, config_hash, mode),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, counts: Mapping[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, processed = ?, skipped = ?, "
                "failed = ?, removed = ? WHERE id = ?",
                (writes.now(), status, counts["processed"], counts["skipped"], counts["failed"],
                 counts["removed"], run_id),
            )  # fmt: skip

    def clinic_states(self) -> dict[str, ClinicState]:
        rows = self.conn.execute(
            "SELECT id, folder, input_hash, config_hash, status, warnings FROM clinics"
        ).fetchall()
        return {
            clinic: ClinicState(clinic, folder, inputs, config, status, _warnings(warnings))
            for clinic, folder, inputs, config, status, warnings in rows
        }

    def save_clinic(self, run_id: int, result: SavedClinic) -> None:
        """Replace everything stored for the clinic with `result`, in one transaction."""
        with self.transaction() as conn:
            writes.save_clinic(conn, run_id, result)

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
            writes.mark_failed(conn, run_id, clinic, folder, error)

    def mark_removed(self, run_id: int, clinic_ids: Iterable[str]) -> None:
        with self.transaction() as conn:
            writes.mark_removed(conn, run_id, clinic_ids)

    def save_cache(self, entries: Mapping[str, Mapping[str, Any]]) -> None:
        with self.transaction() as conn:
            writes.insert_cache(conn, entries)

    def theme_rows(self) -> list[ThemeRow]:
        """Every theme of every done clinic, by clinic date, clinic id and theme id."""
        rows = self.conn.execute(
            "SELECT t.clinic_id, c.date, c.title, t.id, t.label, t.kind, t.size, t.share, "
            "t.keywords, t.centroid, t.naming FROM themes t JOIN clinics c ON c.id = t.clinic_id "
            "WHERE c.status = 'done' ORDER BY c.date, t.clinic_id, t.id"
        ).fetchall()
        return [
            ThemeRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                     tuple(json.loads(row[8])), row[9], row[10] or _naming(row[4], row[5]))
            for row in rows
        ]  # fmt: skip

    def set_archive_themes(
        self, links: Iterable[tuple[str, str, str]], new_ids: Iterable[str] = (), run_id: int = 0
    ) -> None:
        """Set `archive_theme` for (archive theme, clinic id, theme id) triples and remember
        the linked ids `new_ids` given for the first time by run `run_id`, in one
        transaction."""
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE themes SET archive_theme = ? WHERE clinic_id = ? AND id = ?", links
            )
            conn.executemany(
                "INSERT OR IGNORE INTO trend_ids VALUES (?, ?)",
                ((theme_id, run_id) for theme_id in new_ids),
            )

    def archive_links(self) -> dict[tuple[str, str], str]:
        """The archive theme of each stored (clinic id, theme id) that has one."""
        rows = self.conn.execute(
            "SELECT clinic_id, id, archive_theme FROM themes WHERE archive_theme IS NOT NULL"
        )
        return {(clinic_id, theme_id): archive for clinic_id, theme_id, archive in rows}

    def theme_members(self, clinic_id: str) -> dict[str, set[bytes]]:
        """The notes of each theme of a clinic, as digests of their texts (a redone clinic's
        themes are paired with its stored ones by them: app/archive_links.py)."""
        members: dict[str, set[bytes]] = {}
        for theme, text in self.conn.execute(
            "SELECT a.theme, n.text FROM assignments a JOIN notes n "
            "ON n.clinic_id = a.clinic_id AND n.id = a.note_id WHERE a.clinic_id = ?",
            (clinic_id,),
        ):
            digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
            members.setdefault(theme, set()).add(digest)
        return members

    def theme_lemmas(self) -> dict[tuple[str, str], list[tuple[str, ...]]]:
        """The lemmas of each note of each emergent theme of the done clinics, by (clinic id,
        theme id) (trend links by lemmas: app/archive_links.py)."""
        lemmas: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for clinic_id, theme, words in self.conn.execute(
            "SELECT a.clinic_id, a.theme, n.lemmas FROM assignments a JOIN notes n "
            "ON n.clinic_id = a.clinic_id AND n.id = a.note_id JOIN themes t "
            "ON t.clinic_id = a.clinic_id AND t.id = a.theme JOIN clinics c ON c.id = a.clinic_id "
            "WHERE c.status = 'done' AND t.kind = 'emergent' ORDER BY a.clinic_id, a.note_id"
        ):
            lemmas.setdefault((clinic_id, theme), []).append(tuple(words.split()))
        return lemmas

    def trend_ids(self) -> list[str]:
        """Every linked archive theme id ever given in this archive."""
        return [theme_id for (theme_id,) in self.conn.execute("SELECT id FROM trend_ids")]

    def cached_values(self, kind: str, forms: Sequence[str]) -> dict[str, Any]:
        """The lemma cache's values of `kind` for those of `forms` it holds (decoded from
        JSON): indexed lookups (the table's key is (kind, form)), `_LOOKUP_BATCH` forms a
        query, so a run reads only the forms it meets (VoikkoCache.attach). Once the store is
        closed (its run ended; the process's models may serve another run) nothing is found:
        those forms are analysed afresh."""
        found: dict[str, Any] = {}
        if self._closed:
            return found
        for start in range(0, len(forms), _LOOKUP_BATCH):
            batch = forms[start : start + _LOOKUP_BATCH]
            marks = ",".join("?" * len(batch))
            rows = self.conn.execute(
                f"SELECT form, value FROM lemma_cache WHERE kind = ? AND form IN ({marks})",
                (kind, *batch),
            )
            for form, value in rows:
                found[form] = json.loads(value)
        return found

    def cache_rows_keyed(
        self, words: Collection[str], starts: Collection[str] = ()
    ) -> dict[str, dict[str, Any]]:
        """The lemma cache rows indexed (archive/cache_words.py) under one of `words`
        (casefolded), or under a word that begins with one of `starts` and is shorter than
        twice it, as {kind: {form: value}} (values decoded): indexed lookups of whole words.
        When one of `words` is of a shape the index does not keep, or the value of an
        analysis field kept once (a class, a case), the whole table: callers filter."""
        if not all(KEYED.fullmatch(word) for word in words):
            return self.load_cache()
        rows: set[tuple[str, str]] = set()
        ordered = sorted(set(words))
        for start in range(0, len(ordered), _LOOKUP_BATCH):
            batch = ordered[start : start + _LOOKUP_BATCH]
            marks = ",".join("?" * len(batch))
            rows.update(
                self.conn.execute(
                    f"SELECT kind, form FROM lemma_cache_words WHERE word IN ({marks})", batch
                )
            )
        if ("", "") in rows:  # a field's value, indexed once
            return self.load_cache()
        for word in sorted(set(starts)):
            rows.update(
                self.conn.execute(
                    "SELECT kind, form FROM lemma_cache_words "
                    "WHERE word >= ? AND word < ? AND length(word) < ? AND kind != ''",
                    (word, word + "\U0010ffff", 2 * len(word)),
                )
            )
        found: dict[str, dict[str, Any]] = {}
        for kind, form in sorted(rows):
            row = self.conn.execute(
                "SELECT value FROM lemma_cache WHERE kind = ? AND form = ?", (kind, form)
            ).fetchone()
            if row is not None:
                found.setdefault(kind, {})[form] = json.loads(row[0])
        return found

    def load_cache(self) -> dict[str, dict[str, Any]]:
        """The lemma cache as {kind: {form: value}} (values decoded from JSON)."""
        entries: dict[str, dict[str, Any]] = {}
        for kind, form, value in self.conn.execute("SELECT kind, form, value FROM lemma_cache"):
            entries.setdefault(kind, {})[form] = json.loads(value)
        return entries
