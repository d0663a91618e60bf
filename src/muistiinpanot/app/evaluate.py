"""`evaluate`: gold notes through the same analysis as `run` (app.pipeline.analyze_notes), scored.

`gold` may be one CSV or a folder of them. In a folder each CSV is one batch (one clinic, as
`run` would see it): themes are assigned per file, each file gets its own figures in `batches`,
and the top-level figures are pooled over all files' predictions. Emergent ids are only
meaningful within one batch, so the pooled NMI/ARI prefix them with the file name. A note that
repeats an earlier one of its batch is scored with its original's theme.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from muistiinpanot.app.pipeline import Models, analyze_notes
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import InputError
from muistiinpanot.ingest.labelled import read_gold
from muistiinpanot.records import NO_THEME
from muistiinpanot.report.tables import render_csv
from muistiinpanot.themes.evaluate import EvaluationReport, score_predictions


def evaluate_gold(
    gold: Path, models: Models, settings: RunSettings, *, seeded: bool = True
) -> EvaluationReport:
    """Assign themes to the gold notes as `run` would and compare (see the module docstring)."""
    definitions = models.definitions if seeded else ()
    if not gold.is_dir():
        return _evaluate_file(gold, models, settings, seeded=seeded)
    files = sorted(gold.glob("*.csv"))
    if not files:
        raise InputError("no_notes_files", path=gold)
    batches = tuple(_evaluate_file(f, models, settings, seeded=seeded) for f in files)
    predictions: dict[str, str] = {}
    labels: dict[str, str] = {}
    for batch in batches:
        predictions.update({k: _pooled(batch.name, v) for k, v in batch.predictions.items()})
        labels.update(batch.gold)
    skipped = sum(b.skipped_empty for b in batches)
    pooled = score_predictions(gold.name, labels, predictions, definitions, skipped)
    return dataclasses.replace(
        pooled,
        predictions={k: v for b in batches for k, v in b.predictions.items()},
        emergent_themes=sum(b.emergent_themes for b in batches),
        batches=batches,
    )


def _evaluate_file(
    path: Path, models: Models, settings: RunSettings, *, seeded: bool
) -> EvaluationReport:
    notes, labels, skipped, order = read_gold(path)
    analyzed, result = analyze_notes(notes, models, settings, seeded=seeded)
    predictions = {a.note_id: a.theme for a in result.assignments}
    for note in analyzed:
        if note.id not in predictions and note.duplicate_of is not None:
            predictions[note.id] = predictions.get(note.duplicate_of, NO_THEME)
    definitions = models.definitions if seeded else ()
    report = score_predictions(path.stem, labels, predictions, definitions, skipped)
    return dataclasses.replace(report, row_ids=tuple(order))


def _pooled(batch: str, theme: str) -> str:
    return f"{batch}:{theme}" if theme.startswith("uusi-") else theme


def render_predictions_csv(report: EvaluationReport) -> str:
    """CSV `id,theme` with the predicted theme of every gold row, in gold order (file order,
    files in name order for a folder); the CLI's `--predictions FILE` writes it. Cells go
    through the one formula guard (report.cells), as in every CSV we write."""
    batches = report.batches or (report,)
    rows = [
        # a row with an empty text is not scored; it fits nothing, so it is muu
        (note_id, batch.predictions.get(note_id, NO_THEME))
        for batch in batches
        for note_id in batch.row_ids or tuple(batch.gold)
    ]
    return render_csv(("id", "theme"), rows)
