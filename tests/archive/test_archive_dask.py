"""The per-clinic work on a dask.distributed LocalCluster of two worker processes (and on this
process with one helper process, the default "local" pool, and on one worker of two threads)
gives the same files and store rows as the run in this process."""

from __future__ import annotations

import dataclasses
import importlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings, FitSettings
from muistiinpanot.config import RunSettings

_COMPARED = {
    "notes": "SELECT * FROM notes ORDER BY clinic_id, id",
    "assignments": "SELECT * FROM assignments ORDER BY clinic_id, note_id",
    "themes": "SELECT * FROM themes ORDER BY clinic_id, id",
    "bullets": "SELECT * FROM bullets ORDER BY clinic_id, position",
    "clinics": "SELECT id, title, date, input_hash, config_hash, status FROM clinics ORDER BY id",
}


def _contents(out: Path) -> tuple[dict[str, bytes], dict[str, list[tuple[object, ...]]]]:
    files = {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not p.name.startswith("archive.sqlite")
    }
    with sqlite3.connect(out / "archive.sqlite") as conn:
        rows = {name: conn.execute(query).fetchall() for name, query in _COMPARED.items()}
    return files, rows


@pytest.mark.parametrize("pool", ["dask", "local"])
def test_archive_on_two_worker_processes_equals_the_local_run(
    pool: str, run_settings: RunSettings, tmp_path: Path
) -> None:
    local = run_archive(run_settings, ArchiveSettings(workers=1))
    remote_settings = dataclasses.replace(run_settings, out=tmp_path / f"out-{pool}")
    # parallel_from=2: the corpus's clinics are shared between this process and a helper
    remote_archive = ArchiveSettings(workers=2, pool=pool, parallel_from=2)
    remote = run_archive(remote_settings, remote_archive)
    assert sorted(remote.processed) == sorted(local.processed)
    local_files, local_rows = _contents(run_settings.out)
    remote_files, remote_rows = _contents(remote_settings.out)
    assert remote_files.keys() == local_files.keys()
    for name, data in local_files.items():
        assert remote_files[name] == data, name
    assert remote_rows == local_rows
    with sqlite3.connect(remote_settings.out / "archive.sqlite") as conn:
        assert conn.execute("SELECT COUNT(*) FROM lemma_cache").fetchone()[0] > 0


def test_archive_fit_on_two_worker_processes_equals_the_local_run(
    run_settings: RunSettings, tmp_path: Path
) -> None:
    """`--fit archive` with `--workers 2` (a real dask.distributed LocalCluster): the clinics
    analysed and the archive fitted on the workers give the same fit, files and rows."""
    fit = FitSettings(mode="archive")
    run_archive(run_settings, ArchiveSettings(workers=1, fit=fit))
    remote_settings = dataclasses.replace(run_settings, out=tmp_path / "out-fit-dask")
    run_archive(remote_settings, ArchiveSettings(workers=2, pool="dask", fit=fit))
    local_files, local_rows = _contents(run_settings.out)
    remote_files, remote_rows = _contents(remote_settings.out)
    assert remote_files == local_files
    assert remote_rows == local_rows
    fits = []
    for out in (run_settings.out, remote_settings.out):
        with sqlite3.connect(out / "archive.sqlite") as conn:
            fits.append(
                conn.execute("SELECT fingerprint, notes, model, digests FROM fits").fetchall()
            )
    assert fits[0] == fits[1] and len(fits[0]) == 1


def test_archive_on_one_worker_of_two_threads_equals_the_local_run(
    run_settings: RunSettings, tmp_path: Path
) -> None:
    """`--scheduler ADDRESS` of a real LocalCluster of one worker process with two threads:
    two clinics run at once in one process, sharing its models and their caches (the
    analyzer's word vectors and person spans, the examples' word scores, Voikko's
    analyses); the files and rows equal the run in this process."""
    distributed: Any = importlib.import_module("distributed")
    local = run_archive(run_settings, ArchiveSettings(workers=1))
    threaded_settings = dataclasses.replace(run_settings, out=tmp_path / "out-threads")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=True, memory_limit=0,
        dashboard_address=None,
    ) as cluster:  # fmt: skip
        threaded = run_archive(
            threaded_settings, ArchiveSettings(scheduler=cluster.scheduler_address)
        )
    assert sorted(threaded.processed) == sorted(local.processed) and not threaded.failed
    assert _contents(threaded_settings.out) == _contents(run_settings.out)
