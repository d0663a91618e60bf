"""The archive's per-clinic work: the one pipeline (app/pipeline.py) plus what the store keeps
beside its outputs (theme centroids, new lemma cache entries). Runs in whatever process the
backend chooses (this one, a pool worker, a Dask worker); the models load once per process.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from muistiinpanot.app.pipeline import (
    ClinicOutput,
    Models,
    load_models,
    process_clinic,
    render_outputs,
)
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import MuistiinpanotError
from muistiinpanot.messages import render
from muistiinpanot.privacy import PersonalDataLeak, clinic_redactor, redact_notes
from muistiinpanot.records import ClinicNotes
from muistiinpanot.themes.centroids import theme_centroids

CacheEntries = dict[str, dict[str, Any]]

logger = logging.getLogger(__name__)

#: This process's models and settings (set by init_worker).
_STATE: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class ClinicWork:
    """The result of one clinic: its output and output files ({name: text or bytes}), or the error
    message of a bad clinic; theme centroids (float32 bytes by theme id) and the lemma cache
    entries it added. With `output.redact`, `output.notes` are redacted as in notes.csv."""

    clinic_id: str
    output: ClinicOutput | None
    files: dict[str, str | bytes]
    error: str | None
    centroids: dict[str, bytes]
    cache_entries: CacheEntries


def init_worker(settings: RunSettings, cache: CacheEntries, run: str) -> None:
    """Load the models for `settings` once per process, and the store's lemma cache once per
    archive run `run` (repeated calls do nothing)."""
    key = repr(settings)
    if _STATE.get("key") != key:
        _STATE.update(key=key, models=load_models(settings), settings=settings, run=None)
    if _STATE.get("run") != run:
        _STATE["models"].analyzer.voikko.load(cache)
        _STATE["run"] = run


def loaded_models() -> Models | None:
    """The models this process loaded (None before init_worker)."""
    models: Models | None = _STATE.get("models")
    return models


def work_on_clinic(batch: ClinicNotes) -> ClinicWork:
    """process_clinic and render_outputs on one clinic (the files are written by the caller);
    with `output.redact` the notes the store keeps are redacted too."""
    models: Models = _STATE["models"]
    settings: RunSettings = _STATE["settings"]
    try:
        # One BLAS/OpenMP thread per process: the archive runs clinics in parallel processes
        # instead, and on a busy 2-core machine k-means and SVD threads spin against each
        # other (measured: a clinic's work took about half the time single-threaded).
        with threadpool_limits(limits=1):
            output = process_clinic(batch, models, settings)
        # redacted once: the same notes go to notes.csv and to the store
        published = output.notes
        if settings.output.redact:
            redactor = clinic_redactor(output.clinic, models.analyzer)
            published = tuple(redact_notes(output.notes, models.analyzer, redactor))
        files = render_outputs(output, models.analyzer, settings, redacted=published)
    except MuistiinpanotError as err:
        error = err.user_message()
        return ClinicWork(batch.clinic.id, None, {}, error, {}, _new_cache(models))
    except PersonalDataLeak as err:  # a bug in the summary: nothing of this clinic is written
        logger.error("clinic %s: %s", batch.clinic.id, err, exc_info=True)
        error = render("archive_leak", detail=str(err))
        return ClinicWork(batch.clinic.id, None, {}, error, {}, _new_cache(models))
    centroids = {
        theme_id: vector.astype(np.float32).tobytes()
        for theme_id, vector in theme_centroids(
            output.notes, output.themes, models.analyzer
        ).items()
    }
    output = dataclasses.replace(output, notes=published)
    return ClinicWork(batch.clinic.id, output, files, None, centroids, _new_cache(models))


def _new_cache(models: Models) -> CacheEntries:
    return models.analyzer.voikko.dump()
