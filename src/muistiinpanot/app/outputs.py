"""One clinic's outputs: `ClinicOutput` (everything produced for it), `render_outputs` (its
files as text or bytes) and `write_outputs` (into a staging folder). The pipeline that makes
a ClinicOutput is app/pipeline.py."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

import numpy as np
import numpy.typing as npt

from muistiinpanot import __version__
from muistiinpanot.app.correction_views import applied_corrections, correction_warnings
from muistiinpanot.app.label_views import label_notes, label_warnings, no_bullet
from muistiinpanot.config import RunSettings
from muistiinpanot.fileio import write_file_atomic
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import (
    IdentifierRedactor,
    clinic_redactor,
    note_identifiers,
    redact_notes,
    redact_theme_ids,
    redact_trace,
)
from muistiinpanot.records import BlogPost, Clinic, Note, SkippedFile, ThemeResult
from muistiinpanot.report.html import render_html
from muistiinpanot.report.markdown import render_markdown
from muistiinpanot.report.review import note_map, render_review
from muistiinpanot.report.tables import render_notes_csv, render_themes_csv
from muistiinpanot.report.xlsx import render_notes_xlsx
from muistiinpanot.themes.corrections import CorrectionOutcome


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
    #: The names the clinic's notes make known (privacy.clinic_names), which `--redact`
    #: removes from notes.csv in every case form, as the post's checks do.
    names: frozenset[str] = frozenset()
    #: With `--redact`, `notes` as notes.csv shows them (app/publish.redacted_notes: redacted
    #: once, for the page's prints and the files); None without it.
    redacted: tuple[Note, ...] | None = None


def write_outputs(
    folder: Path, output: ClinicOutput, analyzer: LemmaAnalyzer, settings: RunSettings
) -> None:
    """Write one clinic's files into `folder` (a staging folder; see staging.py)."""
    for name, content in render_outputs(output, analyzer, settings).items():
        write_file_atomic(folder / name, content)


def render_outputs(
    output: ClinicOutput, analyzer: LemmaAnalyzer, settings: RunSettings
) -> dict[str, str | bytes]:
    """One clinic's output files as {file name: text, or bytes for notes.xlsx} (the archive
    renders them in its workers and writes them in the coordinating process). With
    `output.redact`, the notes are `output.redacted` (redacted once, by process_clinic), or
    redacted here when the output has none."""
    files: dict[str, str | bytes] = {}
    notes = output.notes
    redact = settings.output.redact
    primed = redact and output.redacted is not None
    redactor = notes_redactor(output, analyzer, primed=primed)  # ids embed file names
    if primed:
        assert output.redacted is not None
        notes = output.redacted
    elif redact:
        notes = tuple(redact_notes(notes, analyzer, redactor, known=output.names))
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
    shown = dict(zip((n.id for n in output.notes), (n.id for n in notes), strict=True))
    summary = _summary(output, notes, redactor)  # summary.json's record, ids redacted
    if "review" in formats:
        # with --redact, the corrections' lines as summary.json has them (ids redacted)
        published = summary if redact else None
        files["report.html"] = _render_review(
            notes, review_themes, output, shown, published, redactor
        )
    if "xlsx" in formats:
        bullets = [
            replace(bullet, note_ids=tuple(shown.get(i, i) for i in bullet.note_ids))
            for bullet in output.post.bullets
        ]
        files["notes.xlsx"] = render_notes_xlsx(
            notes, review_themes, bullets, internal=not redact, speller=analyzer.voikko
        )
    if "json" in formats:
        files["summary.json"] = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    return files


def _summary(
    output: ClinicOutput, notes: tuple[Note, ...], redactor: IdentifierRedactor
) -> dict[str, object]:
    """summary.json's record of the clinic: its notes' counts (`notes`: as notes.csv shows
    them), how it was made (`output.trace`) and the files not read, every note id, file name
    and clinic id in it redacted (inside the corrections' strings too; review 42 #8)."""
    trace: dict[str, object] = {
        "version": __version__,
        "clinic": output.clinic.id,
        "counts": note_counts(notes),
    }
    trace.update(output.trace)
    if output.skipped:  # files of the clinic folder not read, each with its reason
        trace["skipped"] = [{"path": s.path, "reason": s.reason} for s in output.skipped]
    known = [output.clinic.id, *(note.id for note in output.notes)]
    known += sorted({note.source.path for note in output.notes})  # inside ids, too
    known += [s.path for s in output.skipped]  # file names may name people
    if output.corrections is not None:  # ids of a corrections file that match no note
        known += output.corrections.unknown_ids
    redacted = redact_trace(trace, known, redactor, composite=("corrections",))
    return cast(dict[str, object], redacted)


def notes_redactor(
    output: ClinicOutput, analyzer: LemmaAnalyzer, *, primed: bool = True
) -> IdentifierRedactor:
    """The clinic's identifier redactor; `primed`: given the notes' ids as redact_notes gave
    them first (the redactor numbers names in the order it meets them), so that the themes',
    the post's and the trace's ids get the placeholders of `output.redacted`'s ids."""
    redactor = clinic_redactor(output.clinic, analyzer)
    if primed:
        redactor.redact(note_identifiers(output.notes))
    return redactor


def stored_output(output: ClinicOutput, analyzer: LemmaAnalyzer) -> ClinicOutput:
    """`output` as the archive's store keeps it: with --redact (`output.redacted`), the
    redacted notes, and the themes' assignments and representatives and the post's bullets
    with the same redacted ids, so that the store holds no raw id and its `note_themes` view
    joins every kept note to its theme (review 42 #1); else `output` itself."""
    if output.redacted is None:
        return output
    redactor = notes_redactor(output, analyzer)
    themes = redact_theme_ids(output.themes, redactor, assignments=True)
    bullets = tuple(
        replace(bullet, note_ids=tuple(redactor.redact(bullet.note_ids)))
        for bullet in output.post.bullets
    )
    return replace(
        output,
        notes=output.redacted,
        themes=themes,
        post=replace(output.post, bullets=bullets),
        redacted=None,
    )


def _render_review(
    notes: tuple[Note, ...],
    themes: ThemeResult,
    output: ClinicOutput,
    shown: dict[str, str],
    published: Mapping[str, object] | None,
    redactor: IdentifierRedactor,
) -> str:
    """report.html, its map drawn from the themes stage's note vectors of the kept notes
    (rows in the order of their sorted ids; no second SVD); `shown` maps note ids to the ids
    the page shows (redacted with --redact); `published`: with --redact, summary.json's
    record, whose corrections' lines (lost, edited) name notes by their redacted ids, as
    `redactor` redacts them in the run's warnings about the corrections the page lists."""
    corrections = applied_corrections(output.corrections, output.trace, shown)
    record = published.get("corrections") if published is not None else None
    if corrections is not None and isinstance(record, dict):
        corrections = replace(
            corrections, lost=tuple(record["lost"]), edited=tuple(record["edited"])
        )
    if corrections is not None:  # mend100: which rows were not applied, and why
        warnings = _correction_warnings(output)
        if published is not None:
            warnings = _redacted(output, warnings, redactor)
        corrections = replace(corrections, warnings=warnings)
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
        corrections=corrections,
        no_bullet=no_bullet(output.trace),
        withheld=label_notes(output.trace),
        redacted=published is not None,
        # the print of the text the page shows: with --redact the redacted text, as notes.csv
        # holds it (a print of the raw text would let a reader test a guessed name against
        # it); the run finds the rows by the same print (publish.shown_prints; review 39 #2)
        prints={note.id: note.fingerprint for note in notes},
    )


def clinic_warnings(output: ClinicOutput, analyzer: LemmaAnalyzer) -> tuple[str, ...]:
    """The warnings `run` prints for the clinic, as the archive prints and stores them: what
    its corrections did (correction_views.correction_warnings) and each theme whose label the
    post left out (label_views.withheld_labels). With --redact the note ids and file names in
    them are redacted as in summary.json, so that the store holds none."""
    warnings = (*_correction_warnings(output), *label_warnings(output.trace))
    if output.redacted is None or not warnings:
        return warnings
    return _redacted(output, warnings, notes_redactor(output, analyzer))


def _correction_warnings(output: ClinicOutput) -> tuple[str, ...]:
    outcome = output.corrections
    return () if outcome is None else correction_warnings(outcome, output.clinic.id)


def _redacted(
    output: ClinicOutput, warnings: tuple[str, ...], redactor: IdentifierRedactor
) -> tuple[str, ...]:
    """`warnings` with the note ids and file names in them redacted as in summary.json."""
    known = [output.clinic.id, *(note.id for note in output.notes)]
    known += sorted({note.source.path for note in output.notes})
    if output.corrections is not None:
        known += output.corrections.unknown_ids
    trace = {"warnings": list(warnings)}
    redacted = redact_trace(trace, known, redactor, composite=("warnings",))
    return tuple(cast(dict[str, list[str]], redacted)["warnings"])


def note_counts(notes: tuple[Note, ...]) -> dict[str, int]:
    counts = {"total": len(notes), "kept": 0, "empty": 0, "duplicate": 0, "chatter": 0}
    for note in notes:
        counts[note.status] += 1
    return counts
