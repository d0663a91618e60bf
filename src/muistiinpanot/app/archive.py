"""The archive job: every clinic of a corpus through the one pipeline (app/pipeline.py), one
clinic at a time, into the SQLite store (archive/store.py) and the output folders.

Under the archive lock: runs left `running` by a killed run are marked interrupted; with
`--fit archive` the archive's emergent themes are fitted or reused (app/archive_fit.py);
clinics whose input and settings hashes are unchanged (and whose outputs exist) are skipped;
the others are read, processed and written one by one (app/archive_jobs.py). A bad clinic is
recorded and skipped; clinics gone from the corpus are marked removed. Last, trends.csv and
report.html across the archive.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot import __version__
from muistiinpanot.app.archive_jobs import (
    ArchiveJobs,
    FoundClinic,
    backend_settings,
    process_clinics,
)
from muistiinpanot.app.archive_links import link_archive_themes, rekey_redone
from muistiinpanot.archive.fingerprint import hash_clinic_folder, hash_settings, with_carried
from muistiinpanot.archive.report import render_report_html, render_trends_csv
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import Store
from muistiinpanot.archive.trends import trend_rows
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import (
    EXIT_ERROR,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTLY_FAILED,
    InputError,
    MuistiinpanotError,
)
from muistiinpanot.fileio import write_text_atomic
from muistiinpanot.ingest.clinic import CLINIC_FILE, read_clinic
from muistiinpanot.ingest.corrections import CORRECTIONS_FILE
from muistiinpanot.ingest.discover import find_clinic_folders, log_skipped
from muistiinpanot.locking import hold_lock
from muistiinpanot.records import Clinic
from muistiinpanot.themes.ids import id_number

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
    """What a run did; `failed` pairs a clinic (id or folder name) with its error message,
    `warnings` a clinic with a warning `run` prints for it (what its corrections did, a label
    left out), a processed clinic's as it was processed, a skipped one's from the store."""

    db: Path
    processed: tuple[str, ...]
    skipped: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]
    removed: tuple[str, ...]
    warnings: tuple[tuple[str, str], ...] = ()

    @property
    def exit_code(self) -> int:
        return EXIT_PARTLY_FAILED if self.failed else EXIT_OK


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
    when it is one clinic, found as `run` finds them (ingest.discover.find_clinic_folders);
    the folders and files at the corpus root that are not read are warned about, once."""
    found = find_clinic_folders(corpus)
    if not found.is_corpus and not (corpus / CLINIC_FILE).is_file():
        raise InputError("no_clinics", path=corpus)
    log_skipped(found.skipped)
    return sorted(folder.resolve() for folder in found.folders)


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
    linked_before = store.archive_links()  # before clinics are redone (their rows replaced)
    redone: dict[str, dict[str, set[bytes]]] = {}  # their stored themes' notes (digests)
    total = len(folders)
    done: dict[str, list[str]] = {"processed": [], "skipped": [], "removed": []}
    failed: list[tuple[str, str]] = []
    warnings: list[tuple[str, str]] = []

    def report(clinic_id: str, action: str, detail: str = "") -> None:
        if action == "failed":
            failed.append((clinic_id, detail))
        else:
            done[action].append(clinic_id)
        count = len(failed) + len(done["processed"]) + len(done["skipped"])
        logger.info("%s %s %s", action, clinic_id, detail)
        if progress is not None:
            progress(ClinicEvent(clinic_id, action, detail, count, total))

    def warn(clinic_id: str, message: str) -> None:
        warnings.append((clinic_id, message))

    scanned: list[FoundClinic] = []
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
        scanned.append(FoundClinic(clinic, folder, input_hash, config_hash))
    current = {str(folder) for folder in folders}
    removed = sorted(
        clinic_id
        for clinic_id, state in states.items()
        if state.status != "removed" and clinic_id not in seen_ids and state.folder not in current
    )
    store.mark_removed(run_id, removed)
    for clinic_id in removed:
        report(clinic_id, "removed")

    jobs = ArchiveJobs(store, run_id, run_settings, backend_settings(settings), report, warn)
    fit = None
    if settings.fit.mode == "archive" and scanned:
        from muistiinpanot.app.archive_fit import fit_or_reuse

        fit = fit_or_reuse(jobs, scanned, config_hash, repr(settings.fit))
        scanned = [
            dataclasses.replace(item, config_hash=fit.clinic_hash(item.clinic.id))
            for item in scanned
            if item.clinic.id not in fit.failed
        ]

    # By clinic date, then id: each clinic gets the analysts' corrections of the done clinics
    # before it (app/carried.py), and they are part of its input hash. A redone clinic whose
    # corrections may change is saved before the clinics after it are decided on (one wave of
    # work), so that they see its new corrections.
    def work(items: list[FoundClinic]) -> None:
        if fit is None:
            process_clinics(jobs, items, out, None)
        else:  # the fit's analysis read the clinics' corrections (and redacted their notes)
            process_clinics(jobs, items, out, fit.model(), fit.taken)

    pending: list[FoundClinic] = []
    for item in sorted(scanned, key=lambda found: (found.clinic.date, found.clinic.id)):
        carried = tuple(store.carried_corrections(item.clinic.date, item.clinic.id))
        item = dataclasses.replace(
            item, input_hash=with_carried(item.input_hash, carried), carried=carried
        )
        state = states.get(item.clinic.id)
        unchanged = (
            state is not None
            and state.status == "done"
            and state.folder == str(item.folder)
            and (state.input_hash, state.config_hash) == (item.input_hash, item.config_hash)
            and _outputs_exist(out / item.clinic.id, run_settings.output.formats)
        )
        if unchanged and not force:
            report(item.clinic.id, "skipped")
            for message in state.warnings if state is not None else ():  # as `run` warns
                warn(item.clinic.id, message)
            continue
        pending.append(item)
        redone[item.clinic.id] = store.theme_members(item.clinic.id)
        if (item.folder / CORRECTIONS_FILE).is_file() or store.has_corrections(item.clinic.id):
            work(pending)
            pending = []
    if pending:
        work(pending)
    fixed = fit.theme_ids() if fit is not None else set()
    _write_trends(store, run_id, out, settings, fixed, linked_before, redone)
    counts = {key: len(value) for key, value in done.items()} | {"failed": len(failed)}
    store.finish_run(run_id, "partly_failed" if failed else "ok", counts)
    return ArchiveResult(
        db=store.path,
        processed=tuple(done["processed"]),
        skipped=tuple(done["skipped"]),
        failed=tuple(failed),
        removed=tuple(done["removed"]),
        warnings=tuple(warnings),
    )


def _write_trends(
    store: Store,
    run_id: int,
    out: Path,
    settings: ArchiveSettings,
    fixed: set[str],
    previous: dict[tuple[str, str], str],
    redone: dict[str, dict[str, set[bytes]]],
) -> None:
    """Relink the archive's themes and write trends.csv and report.html into `out`. Themes
    fitted across the archive are archive themes already: they keep their ids. Linked
    themes keep the ids of the `previous` links they match (app/archive_links.py); the
    themes of the clinics `redone` in this run are matched to their stored ones by notes."""
    rows = store.theme_rows()
    after = {clinic_id: store.theme_members(clinic_id) for clinic_id in redone}
    previous = rekey_redone(previous, rows, redone, after)
    issued = [id_number(theme_id) for theme_id in store.trend_ids()]
    lemmas = store.theme_lemmas() if settings.link_method == "lemmas" else None
    following = max(issued, default=0) + 1
    linked = link_archive_themes(rows, settings, fixed, previous, following, lemmas)
    store.set_archive_themes(
        ((archive, clinic, theme) for (clinic, theme), archive in linked.links.items()),
        linked.new_ids,
        run_id,
    )
    trends = trend_rows(rows, linked.links)
    write_text_atomic(out / "trends.csv", render_trends_csv(trends))
    write_text_atomic(out / "report.html", render_report_html(trends, settings.report_themes))


#: A file each output format writes (a clinic whose files are gone is redone).
_FORMAT_FILES = {"csv": "notes.csv", "markdown": "summary.md", "html": "summary.html",
                 "json": "summary.json"}  # fmt: skip


def _outputs_exist(folder: Path, formats: tuple[str, ...]) -> bool:
    return folder.is_dir() and all(
        (folder / _FORMAT_FILES[f]).is_file() for f in formats if f in _FORMAT_FILES
    )
