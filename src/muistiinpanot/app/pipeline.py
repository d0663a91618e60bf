"""The one per-clinic pipeline: ingest → normalize → lemmatize → themes → summarize → report.

`load_models` (app/models.py) loads what every clinic shares (theme definitions, the lemma
analyzer, the labelled examples) once; `analyze_notes` is the analysis half (normalize →
lemmatize → themes) that `run`, `evaluate` and the archive all call; `process_clinic` adds the
summary (its published side, read as text to publish is, in app/publish.py) and
`write_outputs` (app/outputs.py) the files. `run` is the batch command: every output of the
run is staged and each clinic folder swapped into place whole only when all succeeded. The
names of app/models.py, app/publish.py and app/outputs.py are imported from here too: this
module is the wiring's one door.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from muistiinpanot.app.correct import correct_themes
from muistiinpanot.app.correction_views import correction_trace, reviewed_notes
from muistiinpanot.app.label_views import label_warnings, withheld_labels
from muistiinpanot.app.models import Models, example_rows, load_models
from muistiinpanot.app.outputs import (
    ClinicOutput,
    note_counts,
    render_outputs,
    write_outputs,
)
from muistiinpanot.app.publish import (
    known_clinic_names,
    publish_clinic,
    publish_outcome,
    publish_themes,
    redacted_notes,
    with_redacted_lemmas,
    withheld_notes,
)
from muistiinpanot.chatter import mark_chatter
from muistiinpanot.config import RunSettings
from muistiinpanot.ingest import read_batches
from muistiinpanot.ingest.corrections import CORRECTIONS_FILE, CorrectionsFile, read_corrections
from muistiinpanot.lemmatize import lemmatize_notes
from muistiinpanot.messages import render
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import ClinicNotes, Correction, Note, ThemeResult
from muistiinpanot.staging import (
    check_replaceable,
    output_locks,
    replace_dir_atomically,
    staged_folders,
)
from muistiinpanot.themes import assign_themes
from muistiinpanot.themes.correction_anchors import split_member
from muistiinpanot.themes.corrections import CorrectionOutcome
from muistiinpanot.themes.fitted import apply_archive_themes

__all__ = [
    "ClinicOutput",
    "Models",
    "RunResult",
    "analyze_notes",
    "example_rows",
    "folder_corrections",
    "known_clinic_names",
    "load_models",
    "process_clinic",
    "publish_clinic",
    "publish_themes",
    "render_outputs",
    "run",
    "write_outputs",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a run wrote: the output folder of each clinic and its note counts by status."""

    folders: tuple[Path, ...]
    counts: tuple[dict[str, int], ...]
    #: What each clinic's corrections did (None: the clinic had none), and the ids of a
    #: --corrections file that belong to no clinic of the run.
    corrections: tuple[CorrectionOutcome | None, ...] = ()
    unmatched_corrections: tuple[str, ...] = ()
    #: Each clinic's warnings for labels the post left out or took a name out of
    #: (label_views.label_warnings).
    label_warnings: tuple[tuple[str, ...], ...] = ()
    #: The clinic id of each output folder (the first part of its note ids).
    clinics: tuple[str, ...] = ()


def run(settings: RunSettings) -> RunResult:
    """Run every stage on `settings.input` and write the outputs under `settings.out`.

    Before any model loads, each clinic's output folder is locked (a second run waits up to
    `settings.output.lock_timeout` s) and an empty staging folder is made beside it (the
    writability check). Each clinic folder is swapped in whole once every clinic succeeded
    (staging.replace_dir_atomically)."""
    is_corpus, batches = read_batches(settings.input, settings.ingest)
    folders = [settings.out / b.clinic.id if is_corpus else settings.out for b in batches]
    read_from: list[Path] = []  # a file's folder is not read, so outputs may go beside it
    if settings.input.is_dir():
        read_from = [settings.input, *(b.clinic.path for b in batches if b.clinic.path)]
    for folder in folders:
        check_replaceable(folder, keep=(settings.input, Path.cwd()), read_from=read_from)
    timeout = settings.output.lock_timeout
    given = read_corrections(settings.corrections_file) if settings.corrections_file else None
    with output_locks(folders, timeout, _log_wait), staged_folders(folders) as stagings:
        models = load_models(settings)
        # one BLAS/OpenMP thread, as in the archive's workers: a clinic's matrices are small
        # (the review map's SVD spun two threads for 0.3 s a clinic on a busy machine)
        with threadpool_limits(limits=1):
            outputs = [
                process_clinic(batch, models, settings, _corrections_for(batch, given, is_corpus))
                for batch in batches
            ]
            for output, staging in zip(outputs, stagings, strict=True):
                write_outputs(staging, output, models.analyzer, settings)
        for staging, folder in zip(stagings, folders, strict=True):
            replace_dir_atomically(staging, folder)
    unmatched: tuple[str, ...] = ()
    if given is not None and is_corpus:
        prefixes = tuple(f"{batch.clinic.id}/" for batch in batches)
        unmatched = tuple(
            split_member(r.note_id)[0] or r.theme for r in given.rows if not _of_clinic(r, prefixes)
        )
    return RunResult(
        folders=tuple(folders),
        counts=tuple(note_counts(o.notes) for o in outputs),
        corrections=tuple(o.corrections for o in outputs),
        unmatched_corrections=unmatched,
        label_warnings=tuple(label_warnings(o.trace) for o in outputs),
        clinics=tuple(o.clinic.id for o in outputs),
    )


def _corrections_for(
    batch: ClinicNotes, given: CorrectionsFile | None, is_corpus: bool
) -> CorrectionsFile | None:
    """The corrections of one clinic: the --corrections file (in a corpus run, its rows of
    this clinic), else the clinic folder's corrections.csv, else None."""
    if given is not None:
        if not is_corpus:
            return given
        rows = tuple(r for r in given.rows if _of_clinic(r, (f"{batch.clinic.id}/",)))
        return replace(given, rows=rows) if rows else None
    return folder_corrections(batch)


def _of_clinic(row: Correction, prefixes: tuple[str, ...]) -> bool:
    """Whether a corrections row belongs to a clinic of `prefixes` ('<clinic id>/'): a note
    row by its id, a theme row by its members' ids; a theme row without members names no
    clinic, so it is given to every clinic, as a one-clinic run gives it to its one clinic
    (a seeded theme is renamed in each; an emergent `uusi-N` is not found by its number in
    either, and each clinic warns: review 36, finding 10)."""
    return row.note_id.startswith(prefixes) or (
        row.is_theme_row
        and (not row.members or any(member.startswith(prefixes) for member in row.members))
    )


def folder_corrections(batch: ClinicNotes) -> CorrectionsFile | None:
    """The clinic folder's corrections.csv (read and checked), or None."""
    folder = batch.clinic.path
    if folder is not None and (folder / CORRECTIONS_FILE).is_file():
        path = folder / CORRECTIONS_FILE
        logger.info(render("log_corrections_read", path=f"{batch.clinic.id}/{path.name}"))
        return read_corrections(path)
    return None


def _log_wait(pid: int | None) -> None:
    logger.warning(render("log_output_wait", pid=pid or "?"))


def analyze_notes(
    notes: Sequence[Note], models: Models, settings: RunSettings, *, seeded: bool = True
) -> tuple[list[Note], ThemeResult]:
    """normalize → lemmatize → chatter → themes for the notes of one clinic (or one gold batch).
    `seeded=False` leaves the seeded themes out (every kept note is clustered)."""
    normalized = normalize_notes(notes)
    lemmatized = mark_chatter(
        lemmatize_notes(normalized, models.analyzer), models.analyzer, settings.chatter
    )
    definitions = models.definitions if seeded else ()
    examples = models.examples if seeded else None
    themes = assign_themes(
        lemmatized,
        definitions,
        models.analyzer,
        settings.themes,
        examples,
        withheld=lambda texts: withheld_notes(texts, models),
    )
    return lemmatized, themes


def process_clinic(
    batch: ClinicNotes,
    models: Models,
    settings: RunSettings,
    corrections: CorrectionsFile | None = None,
    *,
    redacted: tuple[Note, ...] | None = None,
) -> ClinicOutput:
    """normalize → lemmatize → themes (→ an analyst's corrections) → summarize for one
    clinic. `redacted`: with --redact, its notes as redacted already (the archive's fit
    redacted them: app/archive_work.notes_for_fit), else they are redacted here."""
    logger.info("clinic %s: %d notes", batch.clinic.id, len(batch.notes))
    notes, themes = analyze_notes(batch.notes, models, settings)
    vectors = themes.vectors  # for report.html's map (later ThemeResults do not carry them)
    names = known_clinic_names(notes, models)
    # --redact: the notes as notes.csv shows them, redacted once for the prints and the files
    if not settings.output.redact:
        redacted = None
    elif redacted is None:
        redacted = redacted_notes(batch.clinic, notes, models, names)
    if models.fitted is not None:  # --redact: placed by the lemmas the fit was made on
        placed = notes if redacted is None else with_redacted_lemmas(notes, notes, redacted)
        themes = apply_archive_themes(
            placed, themes, models.fitted, models.analyzer, settings.themes, models.examples
        )
    outcome = None
    if corrections is not None or models.carried:
        rows = corrections.rows if corrections is not None else ()
        themes, outcome = correct_themes(
            notes,
            themes,
            rows,
            models,
            settings,
            redacted,
            models.carried,
            corrections,
            names=names,
        )
        if corrections is not None:  # the warnings name the file
            outcome = replace(outcome, file=corrections.path.name)
        outcome = publish_outcome(outcome, models, names)  # no analyst's name in a warning
        notes, vectors = reviewed_notes(notes, vectors, outcome)  # meeting talk set aside
        if redacted is not None:  # the statuses the corrections gave, in notes.csv too
            redacted = tuple(
                replace(shown, status=note.status)
                for note, shown in zip(notes, redacted, strict=True)
            )
    given = {theme.id: theme.label for theme in themes.themes}
    pinned = outcome.corrected if outcome is not None else ()
    renamed = tuple(outcome.renamed) if outcome is not None else ()
    themes, post, trace = publish_clinic(
        batch.clinic, notes, themes, models, settings.summary, names, pinned, renamed
    )
    labels = {theme.id: theme.label for theme in themes.themes}
    # how the post was made: the mode (fast trades parsing for speed) beside its settings
    trace = {"mode": settings.lemmatize.mode, **trace}
    # a label with personal data, the analyst's own too, is withheld whole, never cut
    # (review 45 #4, mend146): warned by id, as one the post left out (review 71 #3)
    withheld = set(withheld_labels(trace))
    scrubbed = sorted(
        t for t, label in labels.items() if t in given and given[t] != label and t not in withheld
    )
    if scrubbed:
        trace["labels_withheld"] = scrubbed
    if corrections is not None and outcome is not None:
        trace["corrections"] = correction_trace(corrections, outcome, labels, batch.clinic.id)
    if models.carried and outcome is not None:  # earlier clinics' corrections (archive)
        trace["carried_corrections"] = {
            "examples": outcome.carried,
            "pulled": len(outcome.carried_pulled),
        }
    return ClinicOutput(
        batch.clinic,
        tuple(notes),
        themes,
        post,
        trace,
        batch.skipped,
        outcome,
        vectors,
        names,
        redacted,
    )
