"""The store's schema: migrations from the first version, a newer store refused, the lock."""

from __future__ import annotations

import gc
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.app.archive import EXIT_LOCKED
from muistiinpanot.archive.fits import load_fit, save_fit
from muistiinpanot.archive.store import SCHEMA_VERSION, Store, connect, migrate
from muistiinpanot.cli import app
from muistiinpanot.errors import LockedError, StoreError
from muistiinpanot.locking import hold_lock

runner = CliRunner()


def test_store_migrates_from_the_first_version_keeping_rows(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    conn = connect(db)
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO clinics VALUES ('k1', 'Otsikko', '2025-01-01', 'aihe', '/x', 'h1', 'c1', "
        "'done', NULL, '2025-01-01T00:00:00')"
    )
    conn.execute(
        "INSERT INTO themes VALUES ('k1', 'siilot', 'Siilot', 'Silos', 'seeded', 3, 0.5, "
        "'[\"siilo\"]', '[]')"
    )
    conn.close()

    store = Store(db)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.clinic_states()["k1"].input_hash == "h1"
        (row,) = store.theme_rows()
        assert (row.theme_id, row.keywords, row.centroid) == ("siilot", ("siilo",), None)
        store.save_cache({"analyze": {"talo": [{"BASEFORM": "talo"}]}})
        assert store.load_cache() == {"analyze": {"talo": [{"BASEFORM": "talo"}]}}
        views = store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")
        assert [name for (name,) in views] == ["note_themes"]
        # 4: the archive's fitted themes
        assert load_fit(store, "f1") is None
        save_fit(store, "f1", 1, 12, '{"format": 1}', {"k1": "d1"})
        fit = load_fit(store, "f1")
        assert fit is not None and (fit.notes, fit.digests) == (12, {"k1": "d1"})
    finally:
        store.close()
    # opening again changes nothing
    Store(db).close()


def test_store_newer_than_the_program_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="uudempaa"):
        Store(db)


def test_store_not_sqlite_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    db.write_bytes(b"this is not a database, just text" * 100)
    with pytest.raises(StoreError, match="archive.sqlite"):
        Store(db)


def _open_files(folder: Path) -> list[str]:
    """The files under `folder` this process holds open (Linux's /proc/self/fd)."""
    names = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the listing's own descriptor, closed by now
            continue
        if target.startswith(str(folder)):
            names.append(Path(target).name)
    return sorted(names)


@contextmanager
def _no_collector() -> Iterator[None]:
    """The cyclic garbage collector off: a sqlite3 connection (in a cycle with its statement
    cache) that nobody closed stays open, as it may until the collector happens to run."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_a_store_that_cannot_be_opened_leaves_no_connection_open(tmp_path: Path) -> None:
    """mend89: a refused store closed its connection only when the garbage collector ran,
    at any later time (a WAL store's -wal and -shm files vanish then)."""
    bad = tmp_path / "bad" / "archive.sqlite"
    bad.parent.mkdir()
    bad.write_bytes(b"this is not a database, just text" * 100)
    newer = tmp_path / "newer" / "archive.sqlite"
    newer.parent.mkdir()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with _no_collector():
        for db, message in ((bad, "archive.sqlite"), (newer, "uudempaa")):
            with pytest.raises(StoreError, match=message):
                Store(db)
            assert _open_files(db.parent) == []


def test_lock_second_holder_waits_then_gives_up(tmp_path: Path) -> None:
    lock = tmp_path / "a.lock"
    with hold_lock(lock, timeout=0), pytest.raises(LockedError), hold_lock(lock, timeout=0.3):
        pass
    with hold_lock(lock, timeout=0):  # released
        pass


def test_archive_cli_exits_with_its_own_code_while_another_run_holds_the_lock(
    corpus: Path, archive_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with hold_lock(out / "archive.sqlite.lock", timeout=0):
        result = runner.invoke(
            app, ["archive", str(corpus), "--out", str(out), "--config", str(archive_file)]
        )
    assert result.exit_code == EXIT_LOCKED == 75
    assert "toinen arkistoajo" in result.output and "another archive run" in result.output
    assert not (out / "archive.sqlite").exists()
