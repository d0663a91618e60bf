"""Seeded macro-F1 on corpus/gold AND on the hand-written held-out set, one analyzer load.

    python benchmarks/themes_dev.py [--heldout benchmarks/data/heldout_notes.csv] [--json]

Prints both tables and one summary line per set, so that every change is measured on the
clinic notes and on notes written without looking at them (see benchmarks/data/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import ThemeSettings, load_theme_definitions
from muistiinpanot.themes.evaluate import evaluate_gold

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold")
    parser.add_argument(
        "--heldout", type=Path, default=ROOT / "benchmarks" / "data" / "heldout_notes.csv"
    )
    parser.add_argument("--themes", type=Path, default=ROOT / "models" / "themes.toml")
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    analyzer = load_analyzer(args.mode)
    definitions = load_theme_definitions(args.themes)
    summary: dict[str, object] = {}
    for name, path in (("corpus", args.gold), ("heldout", args.heldout)):
        started = time.perf_counter()
        report = evaluate_gold(path, analyzer, definitions, ThemeSettings())
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
            f"{name:<8} macroF1={data['macro_f1']:.3f} NMI={data['nmi']:.3f} "
            f"ARI={data['ari']:.3f} muu={data['muu_share']:.2f} | {f1}"
        )


if __name__ == "__main__":
    main()
