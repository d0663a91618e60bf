"""Leave-one-file-out cross-validation over the labelled examples of models/training.

    python benchmarks/themes_examples_cv.py [--C 3 10] [--neighbours 3]

Each file was written by a different writer who never saw the others, so holding one file out
and learning from the rest estimates how the blended seeded decision (soft definition match +
exemplar similarity + logistic regression, themes/blend.py) carries over to notes written by
someone else. Each held-out file is scored as one batch. Prints pooled seeded macro-F1 and
per-theme F1 for each classifier C; this is how C was chosen (training files only).
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from sklearn.metrics import f1_score

from muistiinpanot.lemmatize import lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes import examples as examples_module
from muistiinpanot.themes.classifier import OTHER, SeededClassifier
from muistiinpanot.themes.examples import build_examples, read_examples_file
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--training", type=Path, default=ROOT / "models" / "training")
    parser.add_argument("--C", type=float, nargs="+", default=[3.0, 10.0])
    parser.add_argument("--neighbours", type=int, default=examples_module.NEIGHBOURS)
    args = parser.parse_args()
    analyzer = load_analyzer("accurate")
    cache = VectorCache(analyzer)
    definitions = load_theme_definitions(ROOT / "models" / "themes.toml")
    seeded = [d.id for d in definitions]
    examples_module.NEIGHBOURS = args.neighbours
    files = sorted(args.training.glob("*.csv"))
    rows = {}
    notes = {}
    for path in files:
        rows[path] = read_examples_file(path)
        batch = [
            Note(id=f"{path.stem}:{i}", clinic=path.stem, group="g", text=text, clean_text=text,
                 source=SourceRef(path.name, line=i))
            for i, (text, _) in enumerate(rows[path], start=1)
        ]  # fmt: skip
        notes[path] = lemmatize_notes(batch, analyzer)
    for c in args.C:
        gold: list[str] = []
        predicted: list[str] = []
        for held_out in files:
            train = [row for path in files if path != held_out for row in rows[path]]
            built = build_examples(train, seeded, analyzer, cache)
            assert built is not None
            model = SeededClassifier(C=c).fit(built.docs, built.texts, built.labels, cache)
            examples = dataclasses.replace(built, classifier=model)
            result = assign_themes(
                notes[held_out], definitions, analyzer, ThemeSettings(), examples
            )
            themes = {a.note_id: a.theme for a in result.assignments}
            for note, (_, label) in zip(notes[held_out], rows[held_out], strict=True):
                gold.append(label if label in seeded else OTHER)
                theme = themes.get(note.id, OTHER)
                predicted.append(theme if theme in seeded else OTHER)
        per_theme = f1_score(gold, predicted, labels=seeded, average=None)
        macro = f1_score(gold, predicted, labels=seeded, average="macro")
        detail = " ".join(f"{t}={f:.2f}" for t, f in zip(seeded, per_theme, strict=True))
        print(f"C={c:<5g} neighbours={args.neighbours} files={len(files)} "
              f"macroF1={macro:.3f} | {detail}")  # fmt: skip


if __name__ == "__main__":
    main()
