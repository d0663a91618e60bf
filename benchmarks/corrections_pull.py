"""Corrections as labelled examples: how well do the notes an analyst did NOT correct follow?

    python benchmarks/corrections_pull.py [--data ../shared/data/sib200-fi] [--per-label 2]

For each batch (the four corpus/gold clinics, each as `run` sees it, and SIB-200 Finnish dev
as one emergent-only batch of 204 sentences on 7 topics) the real pipeline assigns themes
(app.pipeline.analyze_notes); then, for 5 seeds, an analyst "corrects" `--per-label` random
notes of every gold label that has at least 4 notes to that label (the gold label as theme
name: a seeded id, or a new theme such as `osallisuus`). themes/corrections.py applies them.
Printed, over the notes that were not corrected: how many moved along (cluster follow and
similarity pull, separately), the share of those that landed on their gold label (precision),
and the share of not-corrected notes of a corrected label that sit in that label's theme
before and after (recall). A baseline in the same run moves the same number of random
not-corrected notes to random corrected labels (the precision that chance gives).
The similarity threshold (`[corrections] pull_similarity` 0.6) was chosen looking at nearest
neighbours in corpus/gold; SIB-200 was not looked at: its figures are the held-out ones.
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Sequence
from pathlib import Path

from muistiinpanot.app.pipeline import Models, analyze_notes, load_models
from muistiinpanot.config import load_run_settings
from muistiinpanot.records import Correction, Note, SourceRef
from muistiinpanot.resources import default_pipeline
from muistiinpanot.themes.correction_settings import CorrectionSettings
from muistiinpanot.themes.corrections import apply_corrections, theme_key

ROOT = Path(__file__).resolve().parents[1]
SEEDS = range(5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "sib200-fi")
    parser.add_argument("--per-label", type=int, default=2)
    args = parser.parse_args()
    settings = load_run_settings(default_pipeline(), input_path=ROOT, out=ROOT)
    models = load_models(settings)
    batches: list[tuple[str, list[tuple[str, str, str]], bool]] = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            rows = [(r["id"], r["text"], r["label"]) for r in csv.DictReader(handle)]
        batches.append((path.stem, rows, True))
    with (args.data / "dev.tsv").open(encoding="utf-8") as handle:
        rows = [
            (f"sib-{int(r['index_id']):04d}", r["text"], r["category"])
            for r in csv.DictReader(handle, delimiter="\t")
        ]
    batches.append(("sib200-fi dev (no seeded themes)", rows, False))
    print(
        f"{'batch':<36} {'moved':>6} {'follow P':>9} {'pull P':>7} {'chance P':>9} "
        f"{'recall before':>14} {'after':>6}"
    )
    totals = [0, 0, 0, 0, 0, 0.0, 0.0, 0]
    for name, rows, seeded in batches:
        figures = _batch(rows, models, settings, seeded, args.per_label)
        _print(name, figures)
        for i, value in enumerate(figures):
            totals[i] += value
    _print("all batches", tuple(totals))  # type: ignore[arg-type]


def _batch(
    rows: Sequence[tuple[str, str, str]],
    models: Models,
    settings: object,
    seeded: bool,
    per_label: int,
) -> tuple[int, int, int, int, int, float, float, int]:
    notes = [Note(i, "b", "", text, SourceRef("gold"), clean_text=text) for i, text, _ in rows]
    notes, result = analyze_notes(notes, models, settings, seeded=seeded)  # type: ignore[arg-type]
    gold = {i: label for i, _, label in rows}
    kept = {a.note_id for a in result.assignments}
    followed_ok = followed = pulled_ok = pulled = chance_ok = 0
    before = after = 0.0
    count = 0
    for seed in SEEDS:
        rng = random.Random(seed)
        by_label: dict[str, list[str]] = {}
        for note_id in sorted(kept):
            by_label.setdefault(gold[note_id], []).append(note_id)
        chosen = {
            label: rng.sample(ids, per_label)
            for label, ids in sorted(by_label.items())
            if len(ids) >= 4
        }
        rows_ = [Correction(i, label) for label, ids in chosen.items() for i in ids]
        corrected = {c.note_id for c in rows_}
        fixed, outcome = apply_corrections(
            notes, result, rows_, models.analyzer, settings.themes, CorrectionSettings()
        )  # type: ignore[attr-defined]
        theme_after = {a.note_id: a.theme for a in fixed.assignments}
        theme_before = {a.note_id: a.theme for a in result.assignments}
        key = {label: theme_key(label) for label in chosen}
        for i in outcome.followed:
            followed += 1
            followed_ok += theme_after[i] == key[gold[i]] if gold[i] in key else 0
        for i in outcome.pulled:
            pulled += 1
            pulled_ok += theme_after[i] == key[gold[i]] if gold[i] in key else 0
        moved = len(outcome.followed) + len(outcome.pulled)
        rest = sorted(i for i in kept if i not in corrected)
        for i in rng.sample(rest, min(moved, len(rest))):
            chance_ok += gold[i] == rng.choice(sorted(chosen))
        targets = [i for i in rest if gold[i] in key]
        before += sum(theme_before[i] == key[gold[i]] for i in targets) / max(len(targets), 1)
        after += sum(theme_after[i] == key[gold[i]] for i in targets) / max(len(targets), 1)
        count += 1
    return followed_ok, followed, pulled_ok, pulled, chance_ok, before, after, count


def _print(name: str, f: tuple[int, int, int, int, int, float, float, int]) -> None:
    followed_ok, followed, pulled_ok, pulled, chance_ok, before, after, count = f
    moved = followed + pulled

    def share(a: float, b: float) -> str:
        return f"{a / b:.2f}" if b else "-"

    print(
        f"{name:<36} {moved / count:>6.1f} {share(followed_ok, followed):>9} "
        f"{share(pulled_ok, pulled):>7} {share(chance_ok, moved):>9} "
        f"{before / count:>14.3f} {after / count:>6.3f}"
    )


if __name__ == "__main__":
    main()
