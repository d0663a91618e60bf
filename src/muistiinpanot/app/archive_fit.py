"""`archive --fit archive`: the emergent themes fitted once across the archive and applied to
every clinic (the wiring; the maths is themes/fitted.py, the fitting task app/archive_work.py).

Under the archive lock, once the corpus is scanned: the archive's fingerprint (the settings
hash, the fit settings and every clinic's id and input hash: fingerprint.hash_archive) names
the fit. A fit of that fingerprint in the store is reused as it is: nothing is analysed or
fitted. Otherwise every clinic whose analysis is not in the store (archive/analyses.py: by its
input and settings hash) goes through the analysis half of the pipeline (on the backend, as
clinics are processed), the kept notes no seeded theme claimed are fitted as one batch,
and the fit is stored (archive/fits.py) with, per clinic, the digest of what it assigns that
clinic's notes. A refit keeps the ids of the previous fit's themes it matches
(themes/fitted.py), so that trends do not jump. A clinic's settings hash includes its digest,
so after a refit only the clinics whose themes change (or whose input changed) are redone.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from muistiinpanot.app.archive_jobs import ArchiveJobs, FoundClinic
from muistiinpanot.archive.analyses import (
    analysis_key,
    forget_analyses,
    load_analyses,
    save_analysis,
)
from muistiinpanot.archive.backends import run_tasks
from muistiinpanot.archive.fingerprint import clinic_config_hash, hash_archive
from muistiinpanot.archive.fits import latest_fit, load_fit, save_fit

if TYPE_CHECKING:
    from muistiinpanot.ingest.corrections import CorrectionsFile
    from muistiinpanot.records import Note
    from muistiinpanot.themes.fitted import ArchiveThemes

#: What the fit's analysis of a clinic hands to the clinic's work, so that it is done once a
#: run: its corrections.csv as read (or None) and, with --redact, its redacted notes.
Taken = dict[str, "tuple[CorrectionsFile | None, tuple[Note, ...] | None]"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Fit:
    """The model for this run (JSON), the digest per clinic, and the clinics that failed
    while the archive was analysed for fitting (already reported). Reusing a fit imports
    nothing heavy: the model is read only when a clinic needs it."""

    model_json: str
    digests: dict[str, str]
    config_hash: str
    failed: frozenset[str] = field(default_factory=frozenset)
    taken: Taken = field(default_factory=dict)

    def model(self) -> ArchiveThemes:
        from muistiinpanot.themes.fitted import ArchiveThemes

        return ArchiveThemes.from_json(self.model_json)

    def theme_ids(self) -> set[str]:
        """The ids of the fitted themes (the trends keep them as they are)."""
        return {str(theme["id"]) for theme in json.loads(self.model_json)["themes"]}

    def clinic_hash(self, clinic_id: str) -> str:
        """The settings hash a clinic is stored with under this fit."""
        return clinic_config_hash(self.config_hash, self.digests.get(clinic_id, ""))


def fit_or_reuse(
    jobs: ArchiveJobs, clinics: Sequence[FoundClinic], config_hash: str, fit_settings: str
) -> Fit:
    """The stored fit of the archive `clinics`, or a new one (see the module docstring)."""
    fingerprint = hash_archive(
        config_hash, fit_settings, ((c.clinic.id, c.input_hash) for c in clinics)
    )
    stored = load_fit(jobs.store, fingerprint)
    if stored is not None:
        logger.info("archive themes: reusing the fit of run %d", stored.run_id)
        return Fit(stored.model, stored.digests, config_hash)
    # the pipeline (numpy, scikit-learn, spaCy) loads only when the archive is analysed
    from muistiinpanot.app.archive_fit_work import FitTask, fit_archive
    from muistiinpanot.app.archive_work import init_worker, notes_for_fit

    failed: set[str] = set()
    taken: Taken = {}
    by_id = {c.clinic.id: c for c in clinics}
    keys = {c.clinic.id: analysis_key(c.input_hash, config_hash) for c in clinics}
    keep = not jobs.run_settings.output.redact  # analyses.py: no unredacted text kept
    stored_notes = load_analyses(jobs.store, keys) if keep else {}
    notes: list[Note] = [note for found in stored_notes.values() for note in found]
    todo = [c for c in clinics if c.clinic.id not in stored_notes]
    batches = jobs.read(todo, failed)
    init_args = jobs.init_args()
    for batch, work in run_tasks(notes_for_fit, batches, jobs.backend, init_worker, init_args):
        jobs.store.save_cache(work.cache_entries)
        if work.error is not None:
            failed.add(batch.clinic.id)
            jobs.fail(by_id[batch.clinic.id], work.error)
            continue
        if keep:
            save_analysis(jobs.store, batch.clinic.id, keys[batch.clinic.id], work.notes)
        notes.extend(work.notes)
        taken[batch.clinic.id] = (work.corrections, work.redacted)
    forget_analyses(jobs.store, keys if keep else ())  # --redact: none kept, old ones too
    logger.info(
        "archive themes: analysed %d clinics, %d kept from the store",
        len(todo), len(stored_notes),
    )  # fmt: skip
    notes.sort(key=lambda note: note.id)
    previous = latest_fit(jobs.store)
    task = FitTask(tuple(notes), previous.model if previous is not None else "")
    ((_, fit),) = run_tasks(fit_archive, [task], jobs.backend, init_worker, init_args)
    model_json = fit.model.to_json()
    save_fit(jobs.store, fingerprint, jobs.run_id, len(notes), model_json, fit.digests)
    logger.info(
        "archive themes: fitted %d themes on %d notes of %d clinics",
        len(fit.model.themes), len(notes), len(clinics) - len(failed),
    )  # fmt: skip
    return Fit(model_json, fit.digests, config_hash, frozenset(failed), taken)
