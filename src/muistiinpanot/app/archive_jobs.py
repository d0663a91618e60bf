"""The archive's per-clinic jobs: clinics found in the corpus (FoundClinic), reading them and
sending them to the backend (ArchiveJobs: here, a process pool or Dask, archive/backends.py),
and writing each result as it arrives: its output folder replaced whole under the folder's
lock (staging.py, as `run` does), then its rows in the store in one transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from muistiinpanot.archive.backends import BackendSettings, run_tasks
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import SavedClinic, Store, StoredCorrection
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import LockedError, MuistiinpanotError, OutputError
from muistiinpanot.fileio import write_file_atomic
from muistiinpanot.ingest.discover import read_clinic_files, scan_input
from muistiinpanot.messages import counted, render
from muistiinpanot.records import Clinic, ClinicNotes
from muistiinpanot.staging import output_lock, replace_dir_atomically, staged_folders

if TYPE_CHECKING:
    from muistiinpanot.app.archive_fit import Taken
    from muistiinpanot.app.archive_work import ClinicTask, ClinicWork
    from muistiinpanot.themes.fitted import ArchiveThemes


@dataclass(frozen=True, slots=True)
class FoundClinic:
    """A clinic found in the corpus: its folder, input hash and the settings hash it is
    (to be) stored with; `carried` the analysts' corrections of earlier clinics it gets."""

    clinic: Clinic
    folder: Path
    input_hash: str
    config_hash: str
    carried: tuple[StoredCorrection, ...] = ()


@dataclass(frozen=True, slots=True)
class ArchiveJobs:
    """What sending clinics to the backend needs: the store and run, the settings, where the
    work runs, `report` (the progress callback of _run_locked) and `warn` (clinic id, a
    warning of its corrections, as `run` prints them: correction_views.correction_warnings)."""

    store: Store
    run_id: int
    run_settings: RunSettings
    backend: BackendSettings
    report: Callable[[str, str, str], None]
    warn: Callable[[str, str], None]

    def read(
        self, items: Iterable[FoundClinic], failed: set[str] | None = None
    ) -> Iterator[ClinicNotes]:
        """Each clinic's notes, read in this process; a clinic that cannot be read is
        recorded as failed (and its id added to `failed`)."""
        ingest = self.run_settings.ingest
        for item in items:
            try:
                (files,) = scan_input(item.folder, ingest).clinics
                yield read_clinic_files(files, ingest)
            except MuistiinpanotError as err:
                self.fail(item, err.user_message())
                if failed is not None:
                    failed.add(item.clinic.id)

    def fail(self, item: FoundClinic, message: str) -> None:
        self.store.mark_failed(self.run_id, item.clinic, str(item.folder), message)
        self.report(item.clinic.id, "failed", message)

    def init_args(self) -> tuple[object, ...]:
        """The workers' init_worker arguments: settings, the store's lemma cache, the run.
        The cache is the store's indexed lookup when every clinic runs in this process (a
        run then reads only the forms its clinics meet), else the table whole (a pool or
        Dask worker, perhaps on another host, cannot query this process's store)."""
        backend = self.backend
        in_process = backend.workers <= 1 and not backend.scheduler
        cache = self.store.cached_values if in_process else self.store.load_cache()
        return (self.run_settings, cache, f"{self.store.path}#{self.run_id}")


def backend_settings(settings: ArchiveSettings) -> BackendSettings:
    return BackendSettings(
        workers=settings.workers,
        pool=settings.pool,
        scheduler=settings.scheduler,
        in_flight=settings.in_flight,
        parallel_from=settings.parallel_from,
    )


def process_clinics(
    jobs: ArchiveJobs,
    pending: list[FoundClinic],
    out: Path,
    fitted: ArchiveThemes | None,
    taken: Taken | None = None,
) -> None:
    """Process `pending` on the backend and write each result as it arrives. `taken`: by
    clinic id, what the archive fit's analysis already read and redacted (its corrections
    file and redacted notes), used instead of reading and redacting again."""
    # the pipeline (numpy, scikit-learn, spaCy) loads only when a clinic needs work
    from muistiinpanot.app.archive_work import ClinicTask, init_worker, work_on_clinic
    from muistiinpanot.app.carried import carried_examples
    from muistiinpanot.app.pipeline import folder_corrections
    from muistiinpanot.app.redacted_cache import stale_cache_rows

    store, run_id, report = jobs.store, jobs.run_id, jobs.report
    by_id = {item.clinic.id: item for item in pending}
    timeout = jobs.run_settings.output.lock_timeout
    task = functools.partial(work_on_clinic, fitted=fitted)

    def tasks() -> Iterator[ClinicTask]:
        for batch in jobs.read(pending):
            item = by_id[batch.clinic.id]
            carried = carried_examples(item.carried)
            if taken is not None and batch.clinic.id in taken:
                corrections, redacted = taken[batch.clinic.id]
                yield ClinicTask(batch, corrections, carried, redacted)
                continue
            try:
                corrections = folder_corrections(batch)  # as `run` reads it
            except MuistiinpanotError as err:
                jobs.fail(item, err.user_message())
                continue
            yield ClinicTask(batch, corrections, carried)

    for done, work in run_tasks(task, tasks(), jobs.backend, init_worker, jobs.init_args()):
        item = by_id[done.batch.clinic.id]
        if work.output is None:
            store.save_cache(work.cache_entries)
            jobs.fail(item, work.error or "")
            continue
        target = out / item.clinic.id
        try:
            with output_lock(target, timeout), staged_folders([target]) as (staging,):
                for name, content in work.files.items():
                    write_file_atomic(staging / name, content)
                replace_dir_atomically(staging, target)
        except (OutputError, LockedError) as err:  # e.g. a `run` held the folder's lock too long
            jobs.fail(item, err.user_message())
            continue
        saved = SavedClinic(
            clinic=work.output.clinic,
            folder=str(item.folder),
            input_hash=item.input_hash,
            config_hash=item.config_hash,
            notes=work.output.notes,
            themes=work.output.themes,
            post=work.output.post,
            centroids=work.centroids,
            cache_entries=work.cache_entries,
            corrections=work.corrections,
            warnings=work.warnings,
            stale_cache=stale_cache_rows(store, work.marked),
            renamed=frozenset(work.output.corrections.renamed if work.output.corrections else ()),
        )
        store.save_clinic(run_id, saved)
        report(item.clinic.id, "processed", _processed_detail(work))
        for message in work.warnings:  # the corrections file reader's among them
            jobs.warn(item.clinic.id, message)


def _processed_detail(work: ClinicWork) -> str:
    """The run log's line of a processed clinic: its notes, and what its own and the carried
    corrections did."""
    assert work.output is not None
    detail = f"{len(work.output.notes)} notes"
    outcome = work.output.corrections
    if outcome is not None and (outcome.corrected or outcome.set_aside or outcome.carried):
        detail += "; " + render(
            "archive_corrections",
            applied=len(outcome.corrected) + len(outcome.set_aside),
            carried=outcome.carried,
            carried_moved=len(outcome.carried_pulled),
            moved_notes=counted(len(outcome.carried_pulled), "muistiinpano", "muistiinpanoa"),
        )
    return detail
