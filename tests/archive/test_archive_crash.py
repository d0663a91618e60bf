"""kill -9 at several points of an archive run, then a rerun: the store and the files end up
complete and consistent, with no duplicates and no staging leftovers. The run is a real
subprocess of the CLI; a small driver patches one function to SIGKILL its own process at the
n-th call (the patching is test-only; nothing in the program knows about it)."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings, FitSettings
from muistiinpanot.config import RunSettings

_DRIVER = """
import os, signal, sys
point, nth = sys.argv[1], int(sys.argv[2])
calls = [0]

def killing(function):
    def wrapper(*args, **kwargs):
        calls[0] += 1
        if calls[0] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return function(*args, **kwargs)
    return wrapper

if point == "transaction":  # inside a clinic's transaction, after its rows, before COMMIT
    from muistiinpanot.archive import writes
    writes.insert_cache = killing(writes.insert_cache)
elif point == "swap":  # a clinic's new folder complete beside the old one, not swapped in
    from muistiinpanot import staging
    staging.write_manifest = killing(staging.write_manifest)
elif point == "swapped":  # a clinic's new folder in place, its rows not yet in the store
    from muistiinpanot.app import archive_jobs as job
    original = job.replace_dir_atomically

    def swapped(staging, target):
        original(staging, target)
        killing(lambda: None)()

    job.replace_dir_atomically = swapped
elif point == "fit":  # while the archive's themes are fitted (--fit archive)
    from muistiinpanot.app import archive_fit_work
    archive_fit_work.fit_archive = killing(archive_fit_work.fit_archive)
elif point == "fit-analysis":  # between clinics analysed for the fit (--fit archive)
    from muistiinpanot.app import archive_work
    archive_work.notes_for_fit = killing(archive_work.notes_for_fit)
elif point == "analysis":  # while a clinic is being analysed
    from muistiinpanot.app import archive_work
    archive_work.process_clinic = killing(archive_work.process_clinic)
from muistiinpanot.cli import app
sys.argv = ["muistiinpanot", *sys.argv[3:]]
app()
"""


def _killed_run(point: str, nth: int, corpus: Path, out: Path, config: Path, *options: str) -> None:
    """`archive CORPUS` in a subprocess that kills itself (SIGKILL) at the `nth` call of
    `point` (see _DRIVER)."""
    command = [sys.executable, "-c", _DRIVER, point, str(nth), "archive", str(corpus)]
    command += ["--out", str(out), "--config", str(config), *options, "-q"]
    killed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert killed.returncode == -signal.SIGKILL, killed.stderr


def _check_complete(out: Path, corpus: Path) -> None:
    db = out / "archive.sqlite"
    with sqlite3.connect(db) as conn:
        status = dict(conn.execute("SELECT id, status FROM clinics"))
        counts = dict(conn.execute("SELECT clinic_id, COUNT(*) FROM notes GROUP BY clinic_id"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        themes = dict(conn.execute("SELECT clinic_id, SUM(size) FROM themes GROUP BY clinic_id"))
        kept = dict(
            conn.execute(
                "SELECT clinic_id, COUNT(*) FROM notes WHERE status = 'kept' GROUP BY clinic_id"
            )
        )
    clinics = sorted(p.name for p in corpus.iterdir())
    assert status == dict.fromkeys(clinics, "done")
    assert themes == kept
    for clinic in clinics:
        lines = [
            line
            for path in sorted((corpus / clinic).glob("ryhma*"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        with (out / clinic / "notes.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert counts[clinic] == len(rows) == len(lines)
        assert len({row["id"] for row in rows}) == len(rows)
        trace = json.loads((out / clinic / "summary.json").read_text(encoding="utf-8"))
        assert trace["clinic"] == clinic
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(("point", "nth"), [("swap", 2), ("swapped", 2), ("transaction", 2)])
def test_archive_killed_mid_run_then_rerun_finishes_cleanly(
    point: str,
    nth: int,
    corpus: Path,
    archive_file: Path,
    run_settings: RunSettings,
) -> None:
    out = run_settings.out
    _killed_run(point, nth, corpus, out, archive_file)
    with sqlite3.connect(out / "archive.sqlite") as conn:
        done_before = [c for (c,) in conn.execute("SELECT id FROM clinics WHERE status='done'")]
    assert len(done_before) < 3  # the kill came before the run finished

    result = run_archive(run_settings, ArchiveSettings())
    assert not result.failed
    assert sorted(result.processed + result.skipped) == sorted(p.name for p in corpus.iterdir())
    assert set(result.skipped) == set(done_before)
    _check_complete(out, corpus)
    assert os.path.exists(out / "trends.csv")
    with sqlite3.connect(out / "archive.sqlite") as conn:  # the killed run's row is closed
        runs = conn.execute("SELECT status, finished_at IS NULL FROM runs ORDER BY id").fetchall()
    assert runs == [("interrupted", 1), ("ok", 0)]


@pytest.mark.parametrize("point", ["fit-analysis", "fit"])
def test_archive_fit_killed_then_rerun_stores_one_fit(
    point: str, corpus: Path, archive_file: Path, run_settings: RunSettings
) -> None:
    """kill -9 while the archive is analysed for a fit (at the second clinic), or while it
    is fitted: the rerun fits once, keeps the analyses the killed run stored, and finishes
    every clinic."""
    out = run_settings.out
    nth = 2 if point == "fit-analysis" else 1
    _killed_run(point, nth, corpus, out, archive_file, "--fit", "archive")
    with sqlite3.connect(out / "archive.sqlite") as conn:
        assert conn.execute("SELECT COUNT(*) FROM fits").fetchone() == (0,)
        analysed = conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
    assert analysed == (1 if point == "fit-analysis" else 3)

    result = run_archive(run_settings, ArchiveSettings(fit=FitSettings(mode="archive")))
    assert not result.failed and sorted(result.processed) == sorted(
        p.name for p in corpus.iterdir()
    )
    _check_complete(out, corpus)
    with sqlite3.connect(out / "archive.sqlite") as conn:
        assert conn.execute("SELECT run_id FROM fits").fetchall() == [(2,)]
        assert conn.execute("SELECT COUNT(*) FROM analyses").fetchone() == (3,)
        runs = conn.execute("SELECT status FROM runs ORDER BY id").fetchall()
        emergent = conn.execute("SELECT DISTINCT id FROM themes WHERE kind = 'emergent'")
        assert all(theme.startswith("arkisto-") for (theme,) in emergent)
    assert runs == [("interrupted",), ("ok",)]
