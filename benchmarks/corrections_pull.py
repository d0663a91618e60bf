"""Does pulling notes along to an analyst's corrected notes make the themes more accurate?

    python benchmarks/corrections_pull.py [--per-label 2 4] [--seeds 5]

An analyst corrects `k` random notes of each label to that label; themes/corrections.py
applies them (the corrected notes keep their theme, clusters most of whose notes were
corrected follow). The pull rule then moves a not-corrected note to the theme of its most
similar corrected note when their cosine reaches `[corrections] pull_similarity`. Measured:
the accuracy over the notes the analyst did NOT correct (the share whose theme is their
label) with corrections and no pull, and with the pull at each threshold; and the notes
pulled per trial with the share of them that landed on their label.

Chosen on clinics built from models/training (TUNE_FILES are left out of the labelled examples
the seeded themes learn from, so no note is decided by its own example; each file is cut into
two clinics of 60 random notes). Labels there are the seeded themes and `other`; `other`
counts as right in any theme that is not seeded. Two scenarios: corrections into the seeded
themes, and a theme the program does not know (`innovaatiojohtaminen` left out of the theme
definitions and examples) that the analyst creates by correcting `k` of its notes. The
threshold with the best mean accuracy over both scenarios and both `k` is the one to put in
pipelines/clinic.toml; among ties, the highest that is still a threshold (an exact repeat of a
corrected note, cosine about 1, then still follows it: that is how corrections carried from
earlier clinics act) rather than no pull at all.

Reported, never tuned on: the four corpus/gold clinics as `run` sees them; the analyst
corrects every gold label with at least `k` + 2 notes (a seeded id, a new theme such as
`osallisuus`, or `muu`).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from muistiinpanot.app.pipeline import Models, analyze_notes, load_models
from muistiinpanot.config import RunSettings, load_run_settings
from muistiinpanot.records import Correction, Note, SourceRef, ThemeResult
from muistiinpanot.resources import default_pipeline
from muistiinpanot.themes.corrections import apply_corrections

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "models" / "training"
TUNE_FILES = ("notes_v.csv", "notes_w.csv", "notes_x.csv", "notes_y.csv")
UNKNOWN_THEME = "innovaatiojohtaminen"
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
NO_PULL = 2.0  # a cosine never reaches it
Rows = list[tuple[str, str, str]]


@dataclasses.dataclass
class Batch:
    """One clinic: its labelled rows, analysed notes and themes; `seeded` the theme ids the
    program knows (for `other`), `correctable` the labels an analyst corrects."""

    rows: Rows
    notes: list[Note]
    result: ThemeResult
    seeded: frozenset[str]
    correctable: frozenset[str] | None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-label", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    base = load_run_settings(default_pipeline(), input_path=ROOT, out=ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        examples = Path(tmp)
        for path in sorted(TRAINING.glob("notes_*.csv")):
            if path.name not in TUNE_FILES:
                (examples / path.name).symlink_to(path)
        tune_settings = dataclasses.replace(base, theme_examples=examples)
        models = load_models(tune_settings)
        seeded = frozenset(d.id for d in models.definitions)
        scenarios = {
            "training, seeded": _tune_batches(models, tune_settings, seeded, seeded),
            f"training, new '{UNKNOWN_THEME[:5]}…'": _tune_batches(
                _without(models, tune_settings, UNKNOWN_THEME),
                tune_settings,
                seeded - {UNKNOWN_THEME},
                seeded,
            ),
        }
    gold_models = load_models(base)
    report = {"corpus/gold (report)": _gold_batches(gold_models, base)}
    print(_header())
    tuned: dict[float, list[float]] = {t: [] for t in (NO_PULL, *THRESHOLDS)}
    for name, batches in scenarios.items():
        for per_label in args.per_label:
            accuracy = _row(name, per_label, batches, models, base, args.seeds)
            for threshold, value in accuracy.items():
                tuned[threshold].append(value)
    means = {t: float(np.mean(v)) for t, v in tuned.items()}
    top = max(round(mean, 4) for mean in means.values())
    tied = [t for t, mean in means.items() if round(mean, 4) == top]
    best = max((t for t in tied if t != NO_PULL), default=NO_PULL)
    for per_label in args.per_label:
        for name, batches in report.items():
            _row(name, per_label, batches, gold_models, base, args.seeds)
    print(
        "\nmean accuracy over the training scenarios: "
        + ", ".join(f"{_name(t)} {m:.4f}" for t, m in means.items())
    )
    print(f"chosen on training clinics: pull_similarity = {_name(best)}")


def _tune_batches(
    models: Models,
    settings: RunSettings,
    known: frozenset[str],
    correctable: frozenset[str],
) -> list[Batch]:
    batches = []
    for name in TUNE_FILES:
        with (TRAINING / name).open(encoding="utf-8") as handle:
            rows = [
                (f"{name}:{n}", row["text"], row["label"])
                for n, row in enumerate(csv.DictReader(handle), start=1)
            ]
        random.Random(0).shuffle(rows)
        for part in range(2):
            clinic = rows[part * 60 : (part + 1) * 60]
            notes, result = _analyse(clinic, models, settings)
            batches.append(Batch(clinic, notes, result, known, correctable))
    return batches


def _gold_batches(models: Models, settings: RunSettings) -> list[Batch]:
    batches = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            rows = [(r["id"], r["text"], r["label"]) for r in csv.DictReader(handle)]
        notes, result = _analyse(rows, models, settings)
        known = frozenset(d.id for d in models.definitions)
        batches.append(Batch(rows, notes, result, known, None))
    return batches


def _without(models: Models, settings: RunSettings, theme: str) -> Models:
    """The models with `theme` left out of the definitions (its examples are then left out of
    the labelled examples too)."""
    settings_file = Path(tempfile.mkdtemp()) / "themes.toml"
    text = settings.theme_definitions.read_text(encoding="utf-8")
    blocks = text.split("[[theme]]")
    kept = [b for b in blocks[1:] if f'id = "{theme}"' not in b]
    settings_file.write_text("[[theme]]".join([blocks[0], *kept]), encoding="utf-8")
    return load_models(dataclasses.replace(settings, theme_definitions=settings_file))


def _analyse(rows: Rows, models: Models, settings: RunSettings) -> tuple[list[Note], ThemeResult]:
    notes = [Note(i, "b", "", text, SourceRef("gold"), clean_text=text) for i, text, _ in rows]
    return analyze_notes(notes, models, settings)


def _header() -> str:
    cells = " ".join(f"{_name(t):>13}" for t in (NO_PULL, *THRESHOLDS))
    return (
        "accuracy of the notes not corrected (notes pulled per trial / share on their label)\n"
        f"{'data':<32} {'k':>2} {cells}"
    )


def _name(threshold: float) -> str:
    return "no pull" if threshold == NO_PULL else f">={threshold}"


def _row(
    name: str,
    per_label: int,
    batches: Sequence[Batch],
    models: Models,
    settings: RunSettings,
    seeds: int,
) -> dict[float, float]:
    accuracy: dict[float, list[float]] = {}
    pulled: dict[float, list[int]] = {}
    right: dict[float, list[int]] = {}
    for batch in batches:
        gold = {i: label for i, _, label in batch.rows}

        def correct(theme: str, label: str, batch: Batch = batch) -> bool:
            if label == "other":  # no topic: right in any theme but the seeded or named ones
                return theme not in batch.seeded | (batch.correctable or frozenset())
            return theme == label

        for seed in range(seeds):
            corrections = _corrections(batch, gold, per_label, seed)
            corrected = {c.note_id for c in corrections}
            for threshold in (NO_PULL, *THRESHOLDS):
                fixed, outcome = apply_corrections(
                    batch.notes,
                    batch.result,
                    corrections,
                    models.analyzer,
                    settings.themes,
                    dataclasses.replace(settings.corrections, pull_similarity=threshold),
                )
                now = {a.note_id: a.theme for a in fixed.assignments}
                targets = [i for i in now if i not in corrected and i in gold]
                accuracy.setdefault(threshold, []).append(
                    float(np.mean([correct(now[i], gold[i]) for i in targets]))
                )
                pulled.setdefault(threshold, []).append(len(outcome.pulled))
                right.setdefault(threshold, []).append(
                    sum(correct(now[i], gold[i]) for i in outcome.pulled)
                )
    means = {t: float(np.mean(v)) for t, v in accuracy.items()}
    cells = []
    for threshold, mean in means.items():
        moved = sum(pulled[threshold])
        share = f"{sum(right[threshold]) / moved:.2f}" if moved else "-"
        per_trial = moved / len(pulled[threshold])
        cells.append(f"{mean:.3f} {per_trial:.1f}/{share}")
    print(f"{name:<32} {per_label:>2} " + " ".join(f"{c:>13}" for c in cells))
    return means


def _corrections(batch: Batch, gold: dict[str, str], per_label: int, seed: int) -> list[Correction]:
    kept = sorted(a.note_id for a in batch.result.assignments if a.note_id in gold)
    by_label: dict[str, list[str]] = {}
    for note_id in kept:
        by_label.setdefault(gold[note_id], []).append(note_id)
    rng = random.Random(seed)
    return [
        Correction(note_id, label)
        for label, ids in sorted(by_label.items())
        if len(ids) >= per_label + 2 and (batch.correctable is None or label in batch.correctable)
        for note_id in rng.sample(ids, per_label)
    ]


if __name__ == "__main__":
    main()
