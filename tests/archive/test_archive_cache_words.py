"""The lemma cache's word index (schema 10, `lemma_cache_words`): under `--redact` the rows
of the words the redactor took out are found by whole words, not by a substring scan of the
table, and exactly the rows `public_entries` leaves out (real SQLite; no models needed).

Written before the index (archive27); the words are made up for the cases, not taken from
the dev data."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from muistiinpanot.app.redacted_cache import public_entries, stale_cache_rows
from muistiinpanot.archive.store import SCHEMA_VERSION, Store, connect, migrate


def _analysis(base: str, kind: str = "nimisana") -> list[dict[str, str]]:
    return [{"BASEFORM": base, "CLASS": kind, "FSTOUTPUT": f"[Ln]{base.lower()}"}]


#: A name ("Arvi") with its case forms and words that hold it only as a substring or as the
#: start of a longer word; the stem probed for a surname Voikko lacks ("heikkise").
_ROWS: dict[str, dict[str, Any]] = {
    "analyze": {
        "Arvi": _analysis("Arvi", "etunimi"),
        "Arville": _analysis("Arvi", "etunimi"),
        "Arvin": _analysis("Arvi", "etunimi"),
        "arviointi": _analysis("arviointi"),
        "tarvike": _analysis("tarvike"),
        "Kristiinankaupungissa": _analysis("Kristiinankaupunki", "paikannimi"),
        "heikkise": [],
        "arvi.virtanen@example.fi": [],
        "talo": _analysis("talo"),
    },
    "spell": {"Arvi": True, "tarvikkeet": True, "Heikkiseltä": False},
    "suggest": {"arvii": ["Arvi", "arvio"], "talloa": ["talo"]},
}


def _stale_by_scan(store: Store, marked: frozenset[str]) -> list[tuple[str, str]]:
    """What public_entries leaves out of the whole table: the answer the index must give."""
    entries = store.load_cache()
    kept = public_entries(entries, marked)
    return sorted((kind, form) for kind, rows in entries.items() for form in rows
                  if form not in kept[kind])  # fmt: skip


def test_stale_cache_rows_are_the_name_rows_not_words_holding_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "archive.sqlite")
    try:
        store.save_cache(_ROWS)
        marked = frozenset({"arvi", "tiina", "heikkiseltä"})
        stale = stale_cache_rows(store, marked)
        assert stale == _stale_by_scan(store, marked)
        assert ("analyze", "Arville") in stale and ("analyze", "Arvin") in stale
        assert ("suggest", "arvii") in stale  # a suggestion names him
        assert ("analyze", "arvi.virtanen@example.fi") in stale
        assert ("analyze", "heikkise") in stale  # the stem the substring scan missed
        for word in ("arviointi", "tarvike", "Kristiinankaupungissa", "talo"):
            assert ("analyze", word) not in stale
        # the store's lookup reads whole words: "tarvike" does not hold the word "arvi"
        found = store.cache_rows_keyed(["arvi", "tiina"], starts=())
        assert "tarvike" not in found["analyze"] and "Arvin" in found["analyze"]
        assert "Kristiinankaupungissa" not in found.get("analyze", {})
    finally:
        store.close()


def test_a_marked_word_the_index_keeps_once_reads_the_table_whole(tmp_path: Path) -> None:
    """A marked word that is an analysis's class ("etunimi": kept once, not by row) or of a
    shape the index does not keep: the rows are still exactly the filter's."""
    store = Store(tmp_path / "archive.sqlite")
    try:
        store.save_cache(_ROWS)
        for marked in (frozenset({"etunimi"}), frozenset({"[ln]talo", "arvi"})):
            stale = stale_cache_rows(store, marked)
            assert stale == _stale_by_scan(store, marked)
        assert ("analyze", "Arvin") in stale_cache_rows(store, frozenset({"etunimi"}))
    finally:
        store.close()


def test_stale_cache_rows_forget_what_the_clinic_deleted(tmp_path: Path) -> None:
    """The index follows the cache: a row deleted is found no more, one added is."""
    from muistiinpanot.archive import writes

    store = Store(tmp_path / "archive.sqlite")
    try:
        store.save_cache(_ROWS)
        marked = frozenset({"arvi"})
        with store.transaction() as conn:
            writes.delete_cache(conn, stale_cache_rows(store, marked))
        assert stale_cache_rows(store, marked) == []
        store.save_cache({"analyze": {"Arvilta": _analysis("Arvi")}})
        assert stale_cache_rows(store, marked) == [("analyze", "Arvilta")]
        leftover = store.conn.execute(
            "SELECT COUNT(*) FROM lemma_cache_words w WHERE w.kind != '' AND NOT EXISTS "
            "(SELECT 1 FROM lemma_cache c WHERE c.kind = w.kind AND c.form = w.form)"
        ).fetchone()
        assert leftover == (0,)
    finally:
        store.close()


def test_store_migrates_the_lemma_cache_into_its_word_index(tmp_path: Path) -> None:
    """A store of schema 9 with cache rows gets the index filled by the migration."""
    db = tmp_path / "archive.sqlite"
    conn = connect(db)
    assert migrate(conn, target=9) == 9
    conn.executemany(
        "INSERT INTO lemma_cache VALUES (?, ?, ?)",
        [("analyze", "Arville", '[{"BASEFORM": "Arvi", "CLASS": "etunimi"}]'),
         ("analyze", "tarvike", '[{"BASEFORM": "tarvike", "CLASS": "nimisana"}]'),
         ("spell", "Arvi", "true")],
    )  # fmt: skip
    conn.close()
    store = Store(db)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 10
        assert stale_cache_rows(store, frozenset({"arvi"})) == [
            ("analyze", "Arville"),
            ("spell", "Arvi"),
        ]
    finally:
        store.close()
    with sqlite3.connect(db) as plain:  # plain SQL: the index is a table of words
        words = {w for (w,) in plain.execute("SELECT word FROM lemma_cache_words")}
    assert {"arville", "arvi", "tarvike"} <= words


_LETTERS = st.text(alphabet="akiLä", min_size=1, max_size=5)


@settings(max_examples=150, deadline=None)
@given(
    forms=st.dictionaries(
        st.one_of(_LETTERS, st.builds(lambda a, b: f"{a}.{b}@x.fi", _LETTERS, _LETTERS)),
        st.lists(_LETTERS, max_size=2),
        max_size=25,
    ),
    marked=st.frozensets(st.text(alphabet="akil", min_size=1, max_size=5), max_size=4),
)
def test_stale_cache_rows_equal_the_filter_over_the_whole_table(
    forms: dict[str, list[str]], marked: frozenset[str]
) -> None:
    """Any rows, any marked words: the index finds exactly what the filter leaves out."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "archive.sqlite")
        try:
            store.save_cache(
                {
                    "analyze": {f: [{"BASEFORM": b} for b in bases] for f, bases in forms.items()},
                    "suggest": {f.upper(): bases for f, bases in forms.items()},
                }
            )
            assert stale_cache_rows(store, marked) == _stale_by_scan(store, marked)
        finally:
            store.close()
