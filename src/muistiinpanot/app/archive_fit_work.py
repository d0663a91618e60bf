"""The archive's fit (--fit archive) in whatever process the backend chooses: its emergent
themes fitted on every clinic's non-seeded notes (notes_for_fit, app/archive_work.py), with
the digest of what the model gives each clinic. The models are the process's
(archive_work.init_worker)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from muistiinpanot.app.archive_work import worker_state
from muistiinpanot.app.pipeline import Models, known_clinic_names, publish_themes
from muistiinpanot.app.publish import withheld_notes
from muistiinpanot.records import Note
from muistiinpanot.themes import assign_themes
from muistiinpanot.themes.fitted import ArchiveThemes, fit_archive_themes


@dataclass(frozen=True, slots=True)
class ArchiveFit:
    """The fitted model and, per clinic, the digest of what it assigns the clinic's notes."""

    model: ArchiveThemes
    digests: dict[str, str]


@dataclass(frozen=True, slots=True)
class FitTask:
    """What an archive fit needs: every clinic's non-seeded notes and the archive's previous
    model as JSON ("" for none), whose theme ids the refitted themes keep."""

    notes: tuple[Note, ...]
    previous: str = ""


def fit_archive(task: FitTask) -> ArchiveFit:
    """Fit the archive's emergent themes on its non-seeded notes (every clinic's): the
    themes stage with no seeded themes over them as one batch (the same emergent step, labels
    and keywords a clinic gets), names and personal data scrubbed from labels and keywords,
    then themes/fitted.py's centroids and radii, and the previous fit's ids carried."""
    models, settings = worker_state()
    notes = task.notes
    previous = ArchiveThemes.from_json(task.previous) if task.previous else None
    with threadpool_limits(limits=1):
        # a label's second noun needs notes without personal data, as in a clinic's run
        result = assign_themes(
            notes,
            (),
            models.analyzer,
            settings.themes,
            models.examples,
            withheld=lambda texts: withheld_notes(texts, models),
        )
    # as a clinic's labels are read (app/pipeline.py)
    result = publish_themes(result, notes, models, known_clinic_names(notes, models))
    model = fit_archive_themes(notes, result, models.analyzer, previous)
    by_clinic: dict[str, list[Note]] = {}
    for note in notes:
        by_clinic.setdefault(note.clinic, []).append(note)
    digests = {
        clinic_id: fit_digest(clinic_notes, model, models)
        for clinic_id, clinic_notes in sorted(by_clinic.items())
    }
    return ArchiveFit(model, digests)


def fit_digest(notes: list[Note], model: ArchiveThemes, models: Models) -> str:
    """sha256 of what `model` gives a clinic's non-seeded notes: each note's theme and score
    and the label and keywords of the themes used (a clinic whose digest is unchanged after a
    refit keeps its outputs)."""
    notes = sorted(notes, key=lambda n: n.id)
    docs = [tuple(w.lower() for w in n.content_lemmas) for n in notes]
    assigned = model.assign(docs, models.analyzer)
    used = {theme for theme, _ in assigned}
    themes = [
        [t.id, t.label, list(t.keywords)] + ([] if t.shown is None else [list(t.shown)])
        for t in model.themes
        if t.id in used
    ]
    rows = [[n.id, theme, score] for n, (theme, score) in zip(notes, assigned, strict=True)]
    text = json.dumps([rows, themes], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()
