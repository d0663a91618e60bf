"""How the themes stage grows with the batch: time and peak memory at several sizes.

    python benchmarks/themes_scale.py [--sizes 500 2000 8000] [--mode fast]

Notes are made by joining two random example notes of models/training (fixed seed), so
every size has varied, realistic text. Lemmatizing happens before timing. Prints seconds,
seconds per 1,000 notes and the ratio against the smallest size measured in the same run,
plus the peak memory traced while assigning themes (tracemalloc: Python and numpy
allocations) in a second, untimed pass: tracing slows Python code down several times.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from pathlib import Path

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.ingest.labelled import read_examples
from muistiinpanot.lemmatize import lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.examples import load_examples

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 8000])
    parser.add_argument("--mode", choices=["accurate", "fast"], default="fast")
    args = parser.parse_args()
    analyzer = load_analyzer(args.mode)
    definitions = load_theme_definitions(ROOT / "models" / "themes.toml")
    examples = load_examples(example_rows(ROOT / "models" / "training"), definitions, analyzer)
    texts = [text for text, _ in read_examples(ROOT / "models" / "training")]
    rng = random.Random(0)
    largest = max(args.sizes)
    pool = [f"{rng.choice(texts)}. {rng.choice(texts)}" for _ in range(largest)]
    notes = [
        Note(id=f"a/n.txt:{i}", clinic="a", group="g", text=t, clean_text=t,
             source=SourceRef("n.txt", line=i))
        for i, t in enumerate(pool, start=1)
    ]  # fmt: skip
    notes = lemmatize_notes(notes, analyzer)
    baseline: float | None = None
    print(f"analyzer={args.mode}; examples={'yes' if examples else 'no'}")
    for size in sorted(args.sizes):
        started = time.perf_counter()
        result = assign_themes(notes[:size], definitions, analyzer, ThemeSettings(), examples)
        elapsed = time.perf_counter() - started
        tracemalloc.start()
        assign_themes(notes[:size], definitions, analyzer, ThemeSettings(), examples)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        per_k = elapsed / size * 1000
        baseline = baseline or per_k
        emergent = sum(1 for t in result.themes if t.kind == "emergent")
        print(
            f"{size:>6} notes  {elapsed:7.1f} s  {per_k:6.2f} s/1k notes  "
            f"×{per_k / baseline:4.2f} per note vs smallest  peak {peak / 2**20:7.1f} MiB  "
            f"emergent={emergent}"
        )


if __name__ == "__main__":
    main()
