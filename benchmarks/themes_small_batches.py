"""Seeded and emergent themes in small clinics: corpus/gold clinics cut into random batches.

    python benchmarks/themes_small_batches.py [--sizes 20 40] [--draws 5]

Each gold clinic of `corpus/gold/` is shuffled (seeded) and cut into batches of the given size
(the remainder is dropped); every batch is scored on its own, as a clinic of that size would
be. Prints, per size, the pooled seeded macro-F1, the mean number of emergent themes per batch
and the share put in `muu`, beside the whole clinics. Small batches lose the per-clinic
calibration (centring needs `calibrate_min_notes` notes) and have fewer notes to cluster.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import tempfile
from pathlib import Path

from muistiinpanot.app.evaluate import evaluate_gold
from muistiinpanot.app.pipeline import Models, example_rows
from muistiinpanot.config import load_run_settings
from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import load_theme_definitions
from muistiinpanot.themes.evaluate import EvaluationReport
from muistiinpanot.themes.examples import load_examples

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 40])
    parser.add_argument("--draws", type=int, default=5)
    args = parser.parse_args()
    analyzer = load_analyzer("accurate")
    definitions = load_theme_definitions(ROOT / "models" / "themes.toml")
    examples = load_examples(example_rows(ROOT / "models" / "training"), definitions, analyzer)
    settings = load_run_settings(None, input_path=args.gold, out=Path("."))
    models = Models(tuple(definitions), analyzer, examples)
    clinics = {}
    for path in sorted(args.gold.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            clinics[path.stem] = list(csv.DictReader(handle))
    whole = evaluate_gold(args.gold, models, settings)
    _print("whole clinics", [whole])
    for size in args.sizes:
        reports = []
        for draw in range(args.draws):
            with tempfile.TemporaryDirectory() as folder:
                for name, rows in clinics.items():
                    shuffled = rows[:]
                    random.Random(f"{name}:{size}:{draw}").shuffle(shuffled)
                    for start in range(0, len(shuffled) - size + 1, size):
                        out = io.StringIO()
                        writer = csv.DictWriter(out, fieldnames=["id", "text", "label"])
                        writer.writeheader()
                        writer.writerows(
                            {k: r[k] for k in ("id", "text", "label")}
                            for r in shuffled[start : start + size]
                        )
                        target = Path(folder) / f"{name}-{start}.csv"
                        target.write_text(out.getvalue(), encoding="utf-8")
                report = evaluate_gold(Path(folder), models, settings)
                reports.append(report)
        _print(f"batches of {size}", reports)


def _print(title: str, reports: list[EvaluationReport]) -> None:
    macro = [r.macro_f1 or 0.0 for r in reports]
    batches = [len(r.batches) for r in reports]
    emergent = [r.emergent_themes / max(n, 1) for r, n in zip(reports, batches, strict=True)]
    muu = [r.muu_share for r in reports]
    spread = f" (min {min(macro):.3f}, max {max(macro):.3f})" if len(macro) > 1 else ""
    print(
        f"{title:<16} batches={sum(batches):>3}  seeded macro-F1 {statistics.mean(macro):.3f}"
        f"{spread}  emergent per batch {statistics.mean(emergent):.2f}  "
        f"muu {statistics.mean(muu):.2f}",
        flush=True,
    )


if __name__ == "__main__":
    main()
