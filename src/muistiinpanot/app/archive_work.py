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
from muistiinpanot.vectorize import VectorCache, embed_docs, normalize_rows, sif_weights

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
        files = render_outputs(output, models.analyzer, settings)
    except MuistiinpanotError as err:
        error = err.user_message()
        return ClinicWork(batch.clinic.id, None, {}, error, {}, _new_cache(models))
    except PersonalDataLeak as err:  # a bug in the summary: nothing of this clinic is written
        logger.error("clinic %s: %s", batch.clinic.id, err, exc_info=True)
        error = render("archive_leak", detail=str(err))
        return ClinicWork(batch.clinic.id, None, {}, error, {}, _new_cache(models))
    centroids = theme_centroids(output, models)
    if settings.output.redact:
        redactor = clinic_redactor(output.clinic, models.analyzer)
        notes = tuple(redact_notes(output.notes, models.analyzer, redactor))
        output = dataclasses.replace(output, notes=notes)
    return ClinicWork(batch.clinic.id, output, files, None, centroids, _new_cache(models))


def theme_centroids(output: ClinicOutput, models: Models) -> dict[str, bytes]:
    """Unit mean (SIF-weighted) vector of each theme's notes, as float32 bytes."""
    docs = {n.id: tuple(w.lower() for w in n.content_lemmas) for n in output.notes}
    members: dict[str, list[tuple[str, ...]]] = {}
    for assignment in output.themes.assignments:
        members.setdefault(assignment.theme, []).append(docs.get(assignment.note_id, ()))
    cache = VectorCache(models.analyzer)
    weights = sif_weights(docs.values())
    centroids: dict[str, bytes] = {}
    for theme_id, theme_docs in sorted(members.items()):
        mean = embed_docs(theme_docs, cache, weights).mean(axis=0, keepdims=True)
        centroids[theme_id] = normalize_rows(mean)[0].astype(np.float32).tobytes()
    return centroids


def _new_cache(models: Models) -> CacheEntries:
    return models.analyzer.voikko.dump()
