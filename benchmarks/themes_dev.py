"""Seeded macro-F1 on corpus/gold AND on the hand-written held-out set, one analyzer load.

    python benchmarks/themes_dev.py [--heldout benchmarks/data/heldout_notes.csv] [--json]
        [--examples models/training] [--mode accurate|fast]

Each set is scored twice in the same run: with the theme definitions alone (soft match of
themes.toml, Otsu threshold) and with the labelled examples of models/training blended in
(what `muistiinpanot run` and `evaluate` use). Neither set was used to write the examples.
Prints the tables and one summary line per set and variant.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from muistiinpanot.app.evaluate import evaluate_gold
from muistiinpanot.app.pipeline import Models, example_rows
from muistiinpanot.config import load_run_settings
from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import load_theme_definitions
from muistiinpanot.themes.examples import load_examples

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold")
    parser.add_argument(
        "--heldout", type=Path, default=ROOT / "benchmarks" / "data" / "heldout_notes.csv"
    )
    parser.add_argument("--themes", type=Path, default=ROOT / "models" / "themes.toml")
    parser.add_argument("--examples", type=Path, default=ROOT / "models" / "training")
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    analyzer = load_analyzer(args.mode)
    definitions = load_theme_definitions(args.themes)
    summary: dict[str, object] = {}
    examples = load_examples(example_rows(args.examples), definitions, analyzer)
    settings = load_run_settings(None, input_path=args.gold, out=Path("."), definitions=args.themes)
    runs = [
        (f"{name}/{variant}", path, used)
        for name, path in (("corpus", args.gold), ("heldout", args.heldout))
        for variant, used in (("definitions", None), ("examples", examples))
    ]
    for name, path, used in runs:
        started = time.perf_counter()
        models = Models(tuple(definitions), analyzer, used)
        report = evaluate_gold(path, models, settings)
        elapsed = time.perf_counter() - started
        summary[name] = report.to_dict()
        if not args.json:
            print(f"== {name}: {path} ({elapsed:.1f}s)")
            print(report.format_table())
            print()
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        return
    for name, data in summary.items():
        assert isinstance(data, dict)
        f1 = " ".join(f"{k}={v['f1']:.2f}" for k, v in data["per_theme"].items())
        print(
            f"{name:<20} macroF1={data['macro_f1']:.3f} NMI={data['nmi']:.3f} "
            f"ARI={data['ari']:.3f} muu={data['muu_share']:.2f} | {f1}"
        )


if __name__ == "__main__":
    main()
