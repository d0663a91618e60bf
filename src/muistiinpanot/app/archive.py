"""The archive job: every clinic of a corpus through the one pipeline (app/pipeline.py), one
clinic at a time, into the SQLite store (archive/store.py) and the output folders.

Under the archive lock: clinics whose input and settings hashes are unchanged (and whose
outputs exist) are skipped; the others are read, processed (archive/backends.py: here, in a
process pool or on Dask) and, as each arrives, written: its output folder replaced whole under
the folder's lock (staging.py, as `run` does), then its rows in the store in one transaction.
A bad clinic is recorded and skipped; clinics gone from the corpus are marked removed. Last,
trends.csv and report.html across the archive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot import __version__
from muistiinpanot.archive.backends import BackendSettings, run_tasks
from muistiinpanot.archive.fingerprint import hash_clinic_folder, hash_settings
from muistiinpanot.archive.report import render_report_html, render_trends_csv
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import SavedClinic, Store
from muistiinpanot.archive.trends import link_themes, trend_rows
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import (
    EXIT_ERROR,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTLY_FAILED,
    InputError,
    LockedError,
    MuistiinpanotError,
    OutputError,
)
from muistiinpanot.fileio import write_file_atomic, write_text_atomic
from muistiinpanot.ingest.clinic import CLINIC_FILE, read_clinic
from muistiinpanot.ingest.discover import read_clinic_files, scan_input
from muistiinpanot.locking import hold_lock
from muistiinpanot.records import Clinic, ClinicNotes
from muistiinpanot.staging import (
    output_lock,
    replace_dir_atomically,
    staged_folders,
)

logger = logging.getLogger(__name__)

#: Exit codes of `muistiinpanot archive` (errors.py; the README's table).
__all__ = ["EXIT_ERROR", "EXIT_LOCKED", "EXIT_OK", "EXIT_PARTLY_FAILED", "run_archive"]


@dataclass(frozen=True, slots=True)
class ClinicEvent:
    """Progress: `action` is processed, skipped, failed or removed; `done` of `total`."""

    clinic_id: str
    action: str
    detail: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    """What a run did; `failed` pairs a clinic (id or folder name) with its error message."""

    db: Path
    processed: tuple[str, ...]
    skipped: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]
    removed: tuple[str, ...]

    @property
    def exit_code(self) -> int:
        return EXIT_PARTLY_FAILED if self.failed else EXIT_OK


@dataclass(frozen=True, slots=True)
class _Pending:
    clinic: Clinic
    folder: Path
    input_hash: str


def run_archive(
    run_settings: RunSettings,
    settings: ArchiveSettings,
    *,
    force: bool = False,
    progress: Callable[[ClinicEvent], None] | None = None,
) -> ArchiveResult:
    """Bring the archive of the corpus `run_settings.input` up to date (see module docstring)."""
    folders = clinic_folders(run_settings.input)
    db = settings.db or run_settings.out / "archive.sqlite"
    lock = db.with_name(db.name + ".lock")
    with hold_lock(lock, settings.lock_timeout, subject=db, message="archive_locked"):
        store = Store(db)
        try:
            return _run_locked(store, folders, run_settings, settings, force, progress)
        finally:
            store.close()


def clinic_folders(corpus: Path) -> list[Path]:
    """The clinic folders of a corpus (subfolders with clinic.toml), or the folder itself
    when it is one clinic."""
    if not corpus.is_dir():
        raise InputError("path_missing", path=corpus)
    if (corpus / CLINIC_FILE).is_file():
        return [corpus.resolve()]
    folders = sorted(c.resolve() for c in corpus.iterdir() if (c / CLINIC_FILE).is_file())
    if not folders:
        raise InputError("no_clinics", path=corpus)
    return folders


def _run_locked(
    store: Store,
    folders: list[Path],
    run_settings: RunSettings,
    settings: ArchiveSettings,
    force: bool,
    progress: Callable[[ClinicEvent], None] | None,
) -> ArchiveResult:
    out = run_settings.out.resolve()
    inputs = [run_settings.theme_definitions, run_settings.theme_examples]
    config_hash = hash_settings(run_settings, inputs)
    for stale in store.mark_interrupted():  # we hold the lock: their runs are dead
        logger.warning("archive run %d was interrupted (its row said 'running')", stale)
    run_id = store.start_run(config_hash, run_settings.lemmatize.mode, __version__)
    states = store.clinic_states()
    total = len(folders)
    done: dict[str, list[str]] = {"processed": [], "skipped": [], "removed": []}
    failed: list[tuple[str, str]] = []

    def report(clinic_id: str, action: str, detail: str = "") -> None:
        if action == "failed":
            failed.append((clinic_id, detail))
        else:
            done[action].append(clinic_id)
        count = len(failed) + len(done["processed"]) + len(done["skipped"])
        logger.info("%s %s %s", action, clinic_id, detail)
        if progress is not None:
            progress(ClinicEvent(clinic_id, action, detail, count, total))

    pending: list[_Pending] = []
    seen_ids: set[str] = set()
    for folder in folders:
        try:
            clinic = read_clinic(folder)
            input_hash = hash_clinic_folder(folder)
        except MuistiinpanotError as err:
            store.mark_failed(run_id, Clinic(id=folder.name), str(folder), err.user_message())
            report(folder.name, "failed", err.user_message())
            continue
        if clinic.id in seen_ids:
            error = InputError("duplicate_id", path=folder, id=clinic.id).user_message()
            report(f"{clinic.id} ({folder.name})", "failed", error)
            continue
        seen_ids.add(clinic.id)
        state = states.get(clinic.id)
        unchanged = (
            state is not None
            and state.status == "done"
            and state.folder == str(folder)
            and (state.input_hash, state.config_hash) == (input_hash, config_hash)
            and _outputs_exist(out / clinic.id, run_settings.output.formats)
        )
        if unchanged and not force:
            report(clinic.id, "skipped")
        else:
            pending.append(_Pending(clinic, folder, input_hash))
    current = {str(folder) for folder in folders}
    removed = sorted(
        clinic_id
        for clinic_id, state in states.items()
        if state.status != "removed" and clinic_id not in seen_ids and state.folder not in current
    )
    store.mark_removed(run_id, removed)
    for clinic_id in removed:
        report(clinic_id, "removed")
    if pending:
        _process(store, run_id, pending, run_settings, settings, config_hash, out, report)
    _write_trends(store, out, settings)
    counts = {key: len(value) for key, value in done.items()} | {"failed": len(failed)}
    store.finish_run(run_id, "partly_failed" if failed else "ok", counts)
    return ArchiveResult(
        db=store.path,
        processed=tuple(done["processed"]),
        skipped=tuple(done["skipped"]),
        failed=tuple(failed),
        removed=tuple(done["removed"]),
    )


def _process(
    store: Store,
    run_id: int,
    pending: list[_Pending],
    run_settings: RunSettings,
    settings: ArchiveSettings,
    config_hash: str,
    out: Path,
    report: Callable[[str, str, str], None],
) -> None:
    # the pipeline (numpy, scikit-learn, spaCy) loads only when a clinic needs work
    from muistiinpanot.app.archive_work import init_worker, work_on_clinic

    by_id = {item.clinic.id: item for item in pending}
    timeout = run_settings.output.lock_timeout

    def batches() -> Iterator[ClinicNotes]:
        for item in pending:
            try:
                (files,) = scan_input(item.folder, run_settings.ingest).clinics
                yield read_clinic_files(files, run_settings.ingest)
            except MuistiinpanotError as err:
                store.mark_failed(run_id, item.clinic, str(item.folder), err.user_message())
                report(item.clinic.id, "failed", err.user_message())

    backend = BackendSettings(
        workers=settings.workers,
        pool=settings.pool,
        scheduler=settings.scheduler,
        in_flight=settings.in_flight,
    )
    init_args = (run_settings, store.load_cache(), f"{store.path}#{run_id}")
    for batch, work in run_tasks(work_on_clinic, batches(), backend, init_worker, init_args):
        item = by_id[batch.clinic.id]
        if work.output is None:
            store.mark_failed(run_id, item.clinic, str(item.folder), work.error or "")
            store.save_cache(work.cache_entries)
            report(item.clinic.id, "failed", work.error or "")
            continue
        target = out / item.clinic.id
        try:
            with output_lock(target, timeout), staged_folders([target]) as (staging,):
                for name, content in work.files.items():
                    write_file_atomic(staging / name, content)
                replace_dir_atomically(staging, target)
        except (OutputError, LockedError) as err:  # e.g. a `run` held the folder's lock too long
            store.mark_failed(run_id, item.clinic, str(item.folder), err.user_message())
            report(item.clinic.id, "failed", err.user_message())
            continue
        saved = SavedClinic(
            clinic=work.output.clinic,
            folder=str(item.folder),
            input_hash=item.input_hash,
            config_hash=config_hash,
            notes=work.output.notes,
            themes=work.output.themes,
            post=work.output.post,
            centroids=work.centroids,
            cache_entries=work.cache_entries,
        )
        store.save_clinic(run_id, saved)
        report(item.clinic.id, "processed", f"{len(work.output.notes)} notes")


def _write_trends(store: Store, out: Path, settings: ArchiveSettings) -> None:
    """Relink the archive's themes and write trends.csv and report.html into `out`."""
    rows = store.theme_rows()
    links = link_themes(rows, settings.link_min_cosine, settings.link_min_shared_keywords)
    store.set_archive_themes((archive, clinic, theme) for (clinic, theme), archive in links.items())
    trends = trend_rows(rows, links)
    write_text_atomic(out / "trends.csv", render_trends_csv(trends))
    write_text_atomic(out / "report.html", render_report_html(trends, settings.report_themes))


#: A file each output format writes (a clinic whose files are gone is redone).
_FORMAT_FILES = {"csv": "notes.csv", "markdown": "summary.md", "html": "summary.html",
                 "json": "summary.json"}  # fmt: skip


def _outputs_exist(folder: Path, formats: tuple[str, ...]) -> bool:
    return folder.is_dir() and all(
        (folder / _FORMAT_FILES[f]).is_file() for f in formats if f in _FORMAT_FILES
    )
