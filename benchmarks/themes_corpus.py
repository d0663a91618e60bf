"""Seeded macro-F1, NMI and ARI on corpus/gold (each clinic its own batch, plus pooled).

python benchmarks/themes_corpus.py [--gold corpus/gold] [--themes models/themes.toml]
    [--mode accurate] [--no-seeded] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.themes import ThemeSettings, load_theme_definitions
from muistiinpanot.themes.evaluate import evaluate_gold

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold")
    parser.add_argument("--themes", type=Path, default=ROOT / "models" / "themes.toml")
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--no-seeded", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = evaluate_gold(
        args.gold,
        load_analyzer(args.mode),
        load_theme_definitions(args.themes),
        ThemeSettings(),
        seeded=not args.no_seeded,
    )
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    else:
        print(report.format_table())


if __name__ == "__main__":
    main()
