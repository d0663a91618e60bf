"""The one per-clinic pipeline: ingest → normalize → lemmatize → themes → summarize → report.

`load_models` loads what every clinic shares (theme definitions, the lemma analyzer, the
labelled examples) once; `analyze_notes` is the analysis half (normalize → lemmatize → themes)
that `run`, `evaluate` and the archive all call; `process_clinic` adds the summary and
`write_outputs` the files. `run` is the batch command: every output of the run is staged and
each clinic folder swapped into place whole only when all succeeded.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from muistiinpanot import __version__, cache
from muistiinpanot.app.correction_views import applied_corrections, correction_trace
from muistiinpanot.chatter import mark_chatter
from muistiinpanot.config import RunSettings
from muistiinpanot.fileio import write_file_atomic
from muistiinpanot.ingest import read_batches
from muistiinpanot.ingest.corrections import CORRECTIONS_FILE, CorrectionsFile, read_corrections
from muistiinpanot.ingest.labelled import read_examples
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes, load_analyzer
from muistiinpanot.messages import render
from muistiinpanot.normalize import normalize_notes, normalize_text
from muistiinpanot.privacy import (
    clinic_redactor,
    published_clinic,
    redact_notes,
    redact_theme_ids,
    redact_trace,
    scrub_themes,
)
from muistiinpanot.records import (
    BlogPost,
    Clinic,
    ClinicNotes,
    Note,
    SkippedFile,
    ThemeResult,
)
from muistiinpanot.report.html import render_html
from muistiinpanot.report.markdown import render_markdown
from muistiinpanot.report.review import note_map, render_review
from muistiinpanot.report.tables import render_notes_csv, render_themes_csv
from muistiinpanot.report.xlsx import render_notes_xlsx
from muistiinpanot.staging import (
    check_replaceable,
    output_locks,
    replace_dir_atomically,
    staged_folders,
)
from muistiinpanot.summarize import summarize_clinic
from muistiinpanot.themes import ThemeDefinition, assign_themes, load_theme_definitions
from muistiinpanot.themes.corrections import CarriedExample, CorrectionOutcome, apply_corrections
from muistiinpanot.themes.examples import ExampleRow, ExampleSet, load_examples
from muistiinpanot.themes.fitted import ArchiveThemes, apply_archive_themes

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Models:
    """What every clinic of a run shares, loaded once per process."""

    definitions: tuple[ThemeDefinition, ...]
    analyzer: LemmaAnalyzer
    examples: ExampleSet | None
    #: Analysts' corrections from earlier clinics, as labelled examples (the archive gives
    #: each clinic those of the clinics before it: app/carried.py).
    carried: tuple[CarriedExample, ...] = ()
    #: Emergent themes fitted across the archive (archive --fit archive; themes/fitted.py):
    #: when set, every clinic's emergent themes are these.
    fitted: ArchiveThemes | None = None


def load_models(settings: RunSettings) -> Models:
    """Theme definitions, the lemma analyzer and the labelled examples named by `settings`."""
    definitions = load_theme_definitions(settings.theme_definitions)
    lemmatize = settings.lemmatize
    analyzer = load_analyzer(
        lemmatize.mode, lemmatize.batch_size, lemmatize.max_vectors, lemmatize.max_person_texts
    )
    examples = load_examples(
        example_rows(settings.theme_examples),
        definitions,
        analyzer,
        random_state=settings.themes.random_state,
        words_kept=settings.themes.example_words_kept,
    )
    with_examples = set(examples.labels) if examples is not None else set()
    for definition in definitions:
        if definition.id not in with_examples:
            logger.warning(
                "teemalla '%s' ei ole esimerkkimuistiinpanoja kansiossa %s / theme '%s' has no "
                "example notes in %s",
                definition.id,
                settings.theme_examples,
                definition.id,
                settings.theme_examples,
            )
    cache.prune(settings.cache.max_mb * 1024 * 1024)
    return Models(definitions=tuple(definitions), analyzer=analyzer, examples=examples)


def example_rows(folder: Path) -> list[ExampleRow]:
    """The labelled example notes of `folder` (ingest reads them) as the themes stage takes
    them: (text, normalised text, label)."""
    return [(text, normalize_text(text), label) for text, label in read_examples(folder)]


@dataclass(frozen=True, slots=True)
class ClinicOutput:
    """Everything produced for one clinic."""

    clinic: Clinic
    notes: tuple[Note, ...]
    themes: ThemeResult
    post: BlogPost
    trace: dict[str, object]
    skipped: tuple[SkippedFile, ...] = ()
    corrections: CorrectionOutcome | None = None
    #: The themes stage's vectors of the kept notes (ThemeResult.vectors), for the map.
    vectors: npt.NDArray[np.float64] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a run wrote: the output folder of each clinic and its note counts by status."""

    folders: tuple[Path, ...]
    counts: tuple[dict[str, int], ...]
    #: What each clinic's corrections did (None: the clinic had none), and the ids of a
    #: --corrections file that belong to no clinic of the run.
    corrections: tuple[CorrectionOutcome | None, ...] = ()
    unmatched_corrections: tuple[str, ...] = ()


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
        unmatched = tuple(r.note_id for r in given.rows if not r.note_id.startswith(prefixes))
    return RunResult(
        folders=tuple(folders),
        counts=tuple(_counts(o.notes) for o in outputs),
        corrections=tuple(o.corrections for o in outputs),
        unmatched_corrections=unmatched,
    )


def _corrections_for(
    batch: ClinicNotes, given: CorrectionsFile | None, is_corpus: bool
) -> CorrectionsFile | None:
    """The corrections of one clinic: the --corrections file (in a corpus run, its rows of
    this clinic), else the clinic folder's corrections.csv, else None."""
    if given is not None:
        if not is_corpus:
            return given
        prefix = f"{batch.clinic.id}/"
        rows = tuple(r for r in given.rows if r.note_id.startswith(prefix))
        return replace(given, rows=rows) if rows else None
    return folder_corrections(batch)


def folder_corrections(batch: ClinicNotes) -> CorrectionsFile | None:
    """The clinic folder's corrections.csv (read and checked), or None."""
    folder = batch.clinic.path
    if folder is not None and (folder / CORRECTIONS_FILE).is_file():
        return read_corrections(folder / CORRECTIONS_FILE)
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
    themes = assign_themes(lemmatized, definitions, models.analyzer, settings.themes, examples)
    return lemmatized, themes


def process_clinic(
    batch: ClinicNotes,
    models: Models,
    settings: RunSettings,
    corrections: CorrectionsFile | None = None,
) -> ClinicOutput:
    """normalize → lemmatize → themes (→ an analyst's corrections) → summarize for one
    clinic."""
    logger.info("clinic %s: %d notes", batch.clinic.id, len(batch.notes))
    notes, themes = analyze_notes(batch.notes, models, settings)
    vectors = themes.vectors  # for report.html's map (later ThemeResults do not carry them)
    if models.fitted is not None:
        themes = apply_archive_themes(
            notes, themes, models.fitted, models.analyzer, settings.themes
        )
    outcome = None
    if corrections is not None or models.carried:
        rows = corrections.rows if corrections is not None else ()
        themes, outcome = apply_corrections(
            notes,
            themes,
            rows,
            models.analyzer,
            settings.themes,
            settings.corrections,
            models.carried,
        )
    themes = scrub_themes(themes, notes, models.analyzer)  # no names in labels or keywords
    clinic = published_clinic(batch.clinic, clinic_redactor(batch.clinic, models.analyzer))
    post, trace = summarize_clinic(clinic, notes, themes, models.analyzer, settings.summary)
    if corrections is not None and outcome is not None:
        trace["corrections"] = correction_trace(corrections, outcome)
    if models.carried and outcome is not None:  # earlier clinics' corrections (archive)
        trace["carried_corrections"] = {
            "examples": outcome.carried,
            "pulled": len(outcome.carried_pulled),
        }
    return ClinicOutput(
        batch.clinic, tuple(notes), themes, post, trace, batch.skipped, outcome, vectors
    )


def write_outputs(
    folder: Path, output: ClinicOutput, analyzer: LemmaAnalyzer, settings: RunSettings
) -> None:
    """Write one clinic's files into `folder` (a staging folder; see staging.py)."""
    for name, content in render_outputs(output, analyzer, settings).items():
        write_file_atomic(folder / name, content)


def render_outputs(
    output: ClinicOutput,
    analyzer: LemmaAnalyzer,
    settings: RunSettings,
    redacted: tuple[Note, ...] | None = None,
) -> dict[str, str | bytes]:
    """One clinic's output files as {file name: text, or bytes for notes.xlsx} (the archive
    renders them in its workers and writes them in the coordinating process). With
    `output.redact`, `redacted` (the notes already through privacy.redact_notes) saves
    redacting them a second time."""
    files: dict[str, str | bytes] = {}
    notes = output.notes
    redactor = clinic_redactor(output.clinic, analyzer)  # ids embed file names
    redact = settings.output.redact
    if redact:
        notes = redacted if redacted is not None else tuple(redact_notes(notes, analyzer, redactor))
    themes = redact_theme_ids(output.themes, redactor, assignments=redact)
    formats = settings.output.formats
    if "csv" in formats:
        files["notes.csv"] = render_notes_csv(notes, themes)
        files["themes.csv"] = render_themes_csv(themes)
    if "markdown" in formats:
        files["summary.md"] = render_markdown(output.post)
    if "html" in formats:
        files["summary.html"] = render_html(output.post)
    # report.html and notes.xlsx show what notes.csv shows; their theme cards name notes by
    # id, so the ids there are redacted exactly when the notes' own ids are (--redact)
    review_themes = themes if redact else output.themes
    if "review" in formats:
        shown = dict(zip((n.id for n in output.notes), (n.id for n in notes), strict=True))
        files["report.html"] = _render_review(notes, review_themes, output, shown)
    if "xlsx" in formats:
        files["notes.xlsx"] = render_notes_xlsx(notes, review_themes)
    if "json" in formats:
        trace: dict[str, object] = {
            "version": __version__,
            "clinic": output.clinic.id,
            "counts": _counts(notes),
        }
        trace.update(output.trace)
        if output.skipped:  # files of the clinic folder not read, each with its reason
            trace["skipped"] = [{"path": s.path, "reason": s.reason} for s in output.skipped]
        known = [output.clinic.id, *(note.id for note in output.notes)]
        known += [s.path for s in output.skipped]  # file names may name people
        if output.corrections is not None:  # ids of a corrections file that match no note
            known += output.corrections.unknown_ids
        trace = cast(dict[str, object], redact_trace(trace, known, redactor))
        files["summary.json"] = json.dumps(trace, ensure_ascii=False, indent=2) + "\n"
    return files


def _render_review(
    notes: tuple[Note, ...],
    themes: ThemeResult,
    output: ClinicOutput,
    shown: dict[str, str],
) -> str:
    """report.html, its map drawn from the themes stage's note vectors of the kept notes
    (rows in the order of their sorted ids; no second SVD); `shown` maps note ids to the ids
    the page shows (redacted with --redact)."""
    kept = sorted(note.id for note in output.notes if note.status == "kept")
    vectors = output.vectors if output.vectors is not None else np.zeros((len(kept), 1))
    coordinates = note_map([shown[note_id] for note_id in kept], vectors)
    return render_review(
        output.clinic,
        notes,
        themes,
        output.post,
        coordinates,
        skipped=[(skipped.path, skipped.reason) for skipped in output.skipped],
        corrections=applied_corrections(output.corrections, output.trace, shown),
    )


def _counts(notes: tuple[Note, ...]) -> dict[str, int]:
    counts = {"total": len(notes), "kept": 0, "empty": 0, "duplicate": 0, "chatter": 0}
    for note in notes:
        counts[note.status] += 1
    return counts
