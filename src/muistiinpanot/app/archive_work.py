"""The archive's per-clinic work: the one pipeline (app/pipeline.py) plus what the store keeps
beside its outputs (theme centroids, new lemma cache entries). Runs in whatever process the
backend chooses (this one, a pool worker, a Dask worker); the models load once per process.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from muistiinpanot.app.carried import stored_corrections
from muistiinpanot.app.correct import correct_themes
from muistiinpanot.app.correction_views import reviewed_notes
from muistiinpanot.app.outputs import clinic_warnings, stored_output
from muistiinpanot.app.pipeline import (
    ClinicOutput,
    Models,
    analyze_notes,
    folder_corrections,
    known_clinic_names,
    load_models,
    process_clinic,
    render_outputs,
)
from muistiinpanot.app.publish import redacted_notes, with_redacted_lemmas
from muistiinpanot.app.redacted_cache import correction_words, marked_words, public_entries
from muistiinpanot.archive.store import StoredCorrection
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import MuistiinpanotError
from muistiinpanot.ingest.corrections import CorrectionsFile
from muistiinpanot.lemmatize.voikko import Lookup
from muistiinpanot.messages import render
from muistiinpanot.privacy import PersonalDataLeak
from muistiinpanot.records import ClinicNotes, Note
from muistiinpanot.themes.centroids import theme_centroids
from muistiinpanot.themes.corrections import CarriedExample
from muistiinpanot.themes.fitted import ArchiveThemes

CacheEntries = dict[str, dict[str, Any]]
_WORD = re.compile(r"\w+")

logger = logging.getLogger(__name__)

#: This process's models and settings (set by init_worker).
_STATE: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class ClinicTask:
    """One clinic to process: its notes, its analyst's corrections.csv (or None) and the
    corrections carried from earlier clinics (app/carried.py); `redacted`: with --redact,
    its notes as redacted already by the archive's fit (FitNotes), else None."""

    batch: ClinicNotes
    corrections: CorrectionsFile | None = None
    carried: tuple[CarriedExample, ...] = ()
    redacted: tuple[Note, ...] | None = None


@dataclass(frozen=True, slots=True)
class ClinicWork:
    """The result of one clinic: its output and output files ({name: text or bytes}), or the error
    message of a bad clinic; theme centroids (float32 bytes by theme id) and the lemma cache
    entries it added. With `output.redact`, `output.notes` are redacted as in notes.csv.
    `corrections`: the notes its analyst corrected, for later clinics (redacted);
    `warnings`: those `run` prints for the clinic (outputs.clinic_warnings: its
    corrections file's reader's among them)."""

    clinic_id: str
    output: ClinicOutput | None
    files: dict[str, str | bytes]
    error: str | None
    centroids: dict[str, bytes]
    cache_entries: CacheEntries
    corrections: tuple[StoredCorrection, ...] = ()
    warnings: tuple[str, ...] = ()
    marked: frozenset[str] = frozenset()  # --redact: what the redactor took out (no row)


def init_worker(settings: RunSettings, cache: CacheEntries | Lookup, run: str) -> None:
    """Load the models for `settings` once per process, and the store's lemma cache once per
    archive run `run` (repeated calls do nothing): the entries whole, or the store's lookup
    (VoikkoCache.attach: each form read when first met)."""
    key = repr(settings)
    if _STATE.get("key") != key:
        gc.unfreeze()  # models replaced: the previous ones may be collected
        _STATE.update(key=key, models=load_models(settings), settings=settings, run=None)
    if _STATE.get("run") != run:
        voikko = _STATE["models"].analyzer.voikko
        if callable(cache):
            voikko.attach(cache)
        else:
            voikko.load(cache)
        _STATE["run"] = run
        _freeze_loaded()


def _freeze_loaded() -> None:
    """Move what is loaded now (models, the lemma cache, the interpreter's own) out of the
    cyclic garbage collector's reach: it lives as long as the process, yet every full
    collection during the clinics walked it again (gc.freeze; reference counting still frees
    a frozen object dropped later, and gc.collect first leaves no garbage frozen)."""
    gc.collect()
    gc.freeze()


def loaded_models() -> Models | None:
    """The models this process loaded (None before init_worker)."""
    models: Models | None = _STATE.get("models")
    return models


def worker_state() -> tuple[Models, RunSettings]:
    """The models and run settings init_worker gave this process."""
    return _STATE["models"], _STATE["settings"]


def work_on_clinic(task: ClinicTask, fitted: ArchiveThemes | None = None) -> ClinicWork:
    """process_clinic (with the clinic's own and the carried corrections) and render_outputs
    on one clinic (the files are written by the caller); with `output.redact` the notes the
    store keeps are redacted too. `fitted`: the archive's emergent themes (--fit archive),
    used instead of the clinic's own."""
    batch = task.batch
    models: Models = dataclasses.replace(_STATE["models"], carried=task.carried)
    if fitted is not None:
        models = dataclasses.replace(models, fitted=fitted)
    settings: RunSettings = _STATE["settings"]
    models.analyzer.voikko.prefetch(_note_words(batch.notes))
    try:
        # One BLAS/OpenMP thread per process: the archive runs clinics in parallel processes
        # instead, and on a busy 2-core machine k-means and SVD threads spin against each
        # other (measured: a clinic's work took about half the time single-threaded).
        # (render_outputs too: the review map's SVD spun two threads for 0.3 s a clinic)
        with threadpool_limits(limits=1):
            output = process_clinic(
                batch, models, settings, task.corrections, redacted=task.redacted
            )
            files = render_outputs(output, models.analyzer, settings)
    except MuistiinpanotError as err:
        error = err.user_message()
        return ClinicWork(
            batch.clinic.id, None, {}, error, {}, _new_cache(models, settings, batch.notes)
        )
    except PersonalDataLeak as err:  # a bug in the summary: nothing of this clinic is written
        logger.error("clinic %s: %s", batch.clinic.id, err, exc_info=True)
        error = render("archive_leak", detail=str(err))
        return ClinicWork(
            batch.clinic.id, None, {}, error, {}, _new_cache(models, settings, batch.notes)
        )
    centroids = {
        theme_id: vector.astype(np.float32).tobytes()
        for theme_id, vector in theme_centroids(
            output.notes, output.themes, models.analyzer
        ).items()
    }
    corrections = stored_corrections(output, models.analyzer)
    marked = None
    if output.redacted is not None:
        marked = marked_words(output.notes, output.redacted, output.names)
        marked |= correction_words(task.corrections, task.carried, models.analyzer)
    cache = _new_cache(models, settings, output.notes, marked)
    warnings = clinic_warnings(output, models.analyzer)
    # redacted once (process_clinic): the same notes go to notes.csv and to the store, and
    # the themes and the post with their ids
    output = stored_output(output, models.analyzer)
    return ClinicWork(
        batch.clinic.id, output, files, None, centroids, cache, corrections, warnings,
        marked or frozenset(),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class FitNotes:
    """A clinic's kept notes that no seeded theme claimed (what an archive fit clusters), or
    the error message of a bad clinic; the lemma cache entries it added. What the clinic's
    own work takes over, so that it is done once a run (ClinicTask): its `corrections.csv`
    as read (the reader's warnings said once) and, with --redact, its notes as redacted."""

    clinic_id: str
    notes: tuple[Note, ...]
    error: str | None
    cache_entries: CacheEntries
    corrections: CorrectionsFile | None = None
    redacted: tuple[Note, ...] | None = None


def notes_for_fit(batch: ClinicNotes) -> FitNotes:
    """The analysis half of the pipeline (analyze_notes) on one clinic, with its analyst's
    corrections.csv applied as process_clinic applies it (review 42 #9: a note set aside as
    meeting talk is not fitted on, a chatter note put in a theme is): its non-seeded notes.
    With --redact the notes are redacted here, as process_clinic redacts them (the page's
    ids and prints are the redacted notes', and the lemma cache leaves out what the redactor
    marked), and the clinic's work reuses them; the notes returned carry their redacted
    copies' lemmas, so that the fit (its stored word weights) knows no removed word."""
    models: Models = _STATE["models"]
    settings: RunSettings = _STATE["settings"]
    redacted, marked, names = None, None, None
    try:
        with threadpool_limits(limits=1):
            notes, themes = analyze_notes(batch.notes, models, settings)
            analysed = notes
            corrections = folder_corrections(batch)
            if settings.output.redact:
                names = known_clinic_names(notes, models)
                redacted = redacted_notes(batch.clinic, notes, models, names)
                marked = marked_words(notes, redacted, names)
                marked |= correction_words(corrections, (), models.analyzer)
            if corrections is not None:
                themes, outcome = correct_themes(
                    notes,
                    themes,
                    corrections.rows,
                    models,
                    settings,
                    redacted,
                    source=corrections,
                    fitting=True,
                    names=names,
                )
                notes = reviewed_notes(notes, None, outcome)[0]
    except MuistiinpanotError as err:
        cache = _new_cache(models, settings, batch.notes)
        return FitNotes(batch.clinic.id, (), err.user_message(), cache)
    seeded = {theme.id for theme in themes.themes if theme.kind == "seeded"}
    claimed = {a.note_id for a in themes.assignments if a.theme in seeded}
    rest = tuple(n for n in notes if n.status == "kept" and n.id not in claimed)
    if redacted is not None:  # fitted on the lemmas the redacted copies keep (no name)
        rest = tuple(with_redacted_lemmas(rest, analysed, redacted))
    cache = _new_cache(models, settings, notes, marked)
    return FitNotes(batch.clinic.id, rest, None, cache, corrections, redacted)


def _note_words(notes: Sequence[Note]) -> list[str]:
    """The word forms of `notes` as written and in lower case: what the store's lemma cache
    is asked for in one batch before a clinic (VoikkoCache.prefetch; a form met later that
    is not among them is looked up alone)."""
    words: dict[str, None] = {}
    for note in notes:
        for word in _WORD.findall(note.text):
            words[word] = words[word.lower()] = None
    return list(words)


def _new_cache(
    models: Models,
    settings: RunSettings,
    notes: Sequence[Note],
    marked: frozenset[str] | None = None,
) -> CacheEntries:
    """The lemma cache entries of the clinic's `notes` (_clinic_forms) this process added
    since its last dump, for the store: what the archive analyses, not what loading the
    models did (the example notes' words: the store of two 12-note clinics held 18,583
    analyses before). Under --redact, without the rows of the words the redactor `marked`
    (app/redacted_cache.py), and none when the clinic failed before its notes were redacted
    (`marked` None): its names are not known."""
    entries = models.analyzer.voikko.dump(_clinic_forms(notes))
    if not settings.output.redact:
        return entries
    return public_entries(entries, marked) if marked is not None else {}


def _clinic_forms(notes: Sequence[Note]) -> frozenset[str]:
    """The forms a clinic's notes give the lemma cache: their words as written and in lower
    case (text and cleaned text), and their lemmas."""
    forms: set[str] = set()
    for note in notes:
        for word in _WORD.findall(f"{note.text} {note.clean_text}"):
            forms |= {word, word.lower()}
        forms.update(note.lemmas)
        forms.update(lemma.lower() for lemma in note.lemmas)
    return frozenset(forms)
