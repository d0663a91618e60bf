"""Corrections as labelled examples: how many notes the analyst did NOT correct move along, and
how often the nearest corrected note would name the right theme.

    python benchmarks/corrections_pull.py [--data ../shared/data/sib200-fi] [--per-label 2 4]

Batches: the four corpus/gold clinics (each as `run` sees it) and SIB-200 Finnish dev (204
sentences, 7 topics) as one batch without seeded themes. The real pipeline assigns themes
(app.pipeline.analyze_notes); then, for 5 seeds, an analyst "corrects" `per-label` random notes
of every gold label with at least 4 notes to that label (a seeded id, or a new theme such as
`osallisuus`), and themes/corrections.py applies them with the default settings.

Table 1, end to end: notes moved along per trial (cluster follow + similarity pull), the
share of those that landed on their gold label, and the share of the not-corrected notes of
a corrected label that sit in its theme before and after.
Table 2, the pull rule alone: for every not-corrected note with content words, the cosine to
its nearest corrected note (themes stage vectors); the share of notes at or above each
threshold, and how often that nearest note's label is the note's own gold label.
`[corrections] pull_similarity` (0.6) was chosen from corpus/gold nearest neighbours before
this script; SIB-200 was not looked at for it, so its rows are the held-out ones.
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from muistiinpanot.app.pipeline import Models, analyze_notes, load_models
from muistiinpanot.config import RunSettings, load_run_settings
from muistiinpanot.records import Correction, Note, SourceRef, ThemeResult
from muistiinpanot.resources import default_pipeline
from muistiinpanot.themes.corrections import _vectors, apply_corrections, theme_key

ROOT = Path(__file__).resolve().parents[1]
SEEDS = range(5)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
Rows = list[tuple[str, str, str]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "sib200-fi")
    parser.add_argument("--per-label", type=int, nargs="+", default=[2, 4])
    args = parser.parse_args()
    settings = load_run_settings(default_pipeline(), input_path=ROOT, out=ROOT)
    models = load_models(settings)
    corpus: list[tuple[Rows, bool]] = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            corpus.append(
                ([(r["id"], r["text"], r["label"]) for r in csv.DictReader(handle)], True)
            )
    with (args.data / "dev.tsv").open(encoding="utf-8") as handle:
        sib = [
            (f"sib-{int(r['index_id']):04d}", r["text"], r["category"])
            for r in csv.DictReader(handle, delimiter="\t")
        ]
    sets = {"corpus/gold (4 clinics)": corpus, "SIB-200 dev (held out)": [(sib, False)]}
    analysed = {
        name: [(rows, *_analyse(rows, models, settings, seeded)) for rows, seeded in batches]
        for name, batches in sets.items()
    }
    print("Table 1: end to end, default settings (per trial)")
    print(
        f"{'data':<26} {'per label':>9} {'moved':>6} {'on gold':>8} "
        f"{'recall before':>14} {'after':>6}"
    )
    for per_label in args.per_label:
        for name, batches in analysed.items():
            _end_to_end(name, per_label, batches, models, settings)
    print("\nTable 2: nearest corrected note (share of notes at or above / its label right)")
    print(f"{'data':<26} {'per label':>9} " + " ".join(f"{'>=' + str(t):>14}" for t in THRESHOLDS))
    for per_label in args.per_label:
        for name, batches in analysed.items():
            _nearest(name, per_label, batches, models)


def _analyse(
    rows: Rows, models: Models, settings: RunSettings, seeded: bool
) -> tuple[list[Note], ThemeResult]:
    notes = [Note(i, "b", "", text, SourceRef("gold"), clean_text=text) for i, text, _ in rows]
    return analyze_notes(notes, models, settings, seeded=seeded)


def _chosen(rows: Rows, result: ThemeResult, per_label: int, seed: int) -> dict[str, list[str]]:
    kept = sorted(a.note_id for a in result.assignments)
    gold = {i: label for i, _, label in rows}
    by_label: dict[str, list[str]] = {}
    for note_id in kept:
        by_label.setdefault(gold[note_id], []).append(note_id)
    rng = random.Random(seed)
    return {
        label: rng.sample(ids, per_label)
        for label, ids in sorted(by_label.items())
        if len(ids) >= 4
    }


def _end_to_end(
    name: str,
    per_label: int,
    batches: Sequence[tuple[Rows, list[Note], ThemeResult]],
    models: Models,
    settings: RunSettings,
) -> None:
    moved = right = trials = 0
    before = after = 0.0
    for rows, notes, result in batches:
        gold = {i: label for i, _, label in rows}
        for seed in SEEDS:
            chosen = _chosen(rows, result, per_label, seed)
            corrections = [Correction(i, label) for label, ids in chosen.items() for i in ids]
            fixed, outcome = apply_corrections(
                notes, result, corrections, models.analyzer, settings.themes, settings.corrections
            )
            now = {a.note_id: a.theme for a in fixed.assignments}
            was = {a.note_id: a.theme for a in result.assignments}
            for note_id in outcome.followed + outcome.pulled:
                moved += 1
                right += gold[note_id] in chosen and now[note_id] == theme_key(gold[note_id])
            corrected = {c.note_id for c in corrections}
            targets = [i for i in now if i not in corrected and gold[i] in chosen]
            before += np.mean([was[i] == theme_key(gold[i]) for i in targets]) if targets else 0
            after += np.mean([now[i] == theme_key(gold[i]) for i in targets]) if targets else 0
            trials += 1
    share = f"{right / moved:.2f}" if moved else "-"
    print(
        f"{name:<26} {per_label:>9} {moved / trials:>6.1f} {share:>8} "
        f"{before / trials:>14.3f} {after / trials:>6.3f}"
    )


def _nearest(
    name: str,
    per_label: int,
    batches: Sequence[tuple[Rows, list[Note], ThemeResult]],
    models: Models,
) -> None:
    above = [0] * len(THRESHOLDS)
    right = [0] * len(THRESHOLDS)
    total = 0
    for rows, notes, result in batches:
        gold = {i: label for i, _, label in rows}
        kept = sorted((n for n in notes if n.id in gold and n.status == "kept"), key=lambda n: n.id)
        docs = [tuple(lemma.lower() for lemma in n.content_lemmas) for n in kept]
        vectors, _ = _vectors(docs, [], models.analyzer)
        position = {note.id: row for row, note in enumerate(kept)}
        for seed in SEEDS:
            chosen = _chosen(rows, result, per_label, seed)
            examples = [(position[i], label) for label, ids in chosen.items() for i in ids]
            matrix = vectors[[row for row, _ in examples]]
            corrected = {i for ids in chosen.values() for i in ids}
            for note in kept:
                if note.id in corrected or not docs[position[note.id]]:
                    continue
                similarities = matrix @ vectors[position[note.id]]
                best = int(similarities.argmax())
                total += 1
                for k, threshold in enumerate(THRESHOLDS):
                    if similarities[best] >= threshold:
                        above[k] += 1
                        right[k] += examples[best][1] == gold[note.id]
    cells = [
        f"{above[k] / total:>6.3f} / {right[k] / above[k] if above[k] else 0:.2f}"
        for k in range(len(THRESHOLDS))
    ]
    print(f"{name:<26} {per_label:>9} " + " ".join(f"{c:>14}" for c in cells))


if __name__ == "__main__":
    main()
