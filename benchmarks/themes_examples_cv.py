"""Leave-one-file-out cross-validation over the labelled examples of models/training.

    python benchmarks/themes_examples_cv.py [--C 3 10] [--char-weight 1 2] [--dropout 0 0.3]
        [--other-margin 0 0.07] [--neighbours 3] [--hold-out notes_zd ...] [--mode fast]
        [--no-exemplar-view]

Each file was written by a different writer who never saw the others, so holding one file out
and learning from the rest estimates how the blended seeded decision (soft definition match +
exemplar similarity + logistic regression, themes/blend.py) carries over to notes written by
someone else. Each held-out file is scored as one batch. Prints pooled seeded macro-F1 and
per-theme F1 for each classifier C, weight of the character n-gram block and word dropout of
the examples ([themes] classifier_c, classifier_char_weight, classifier_dropout) and margin
of a seeded theme over "other" ([themes] other_margin; each margin on the same fitted folds),
per-theme precision/recall, and the macro-F1 of the classifier alone (its most probable
class); this is how they were chosen (training files only). `--hold-out` holds out only the
named files (stems), one at a time, and prints each one's own macro-F1 too: how a set
written by one writer fares when the examples are everyone else's. `--mode fast` lemmatizes
with Voikko alone (fast mode's analyzer); `--no-exemplar-view` blends the soft match and the
classifier only (fast mode's `[fast] exemplar_view = false`).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from pathlib import Path

from sklearn.metrics import f1_score, precision_recall_fscore_support

from muistiinpanot.ingest.labelled import read_examples_file
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes, load_analyzer
from muistiinpanot.normalize import normalize_text
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes import examples as examples_module
from muistiinpanot.themes.classifier import OTHER
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.examples import build_examples, distinct_lemmas
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--training", type=Path, default=ROOT / "models" / "training")
    defaults = ThemeSettings()
    parser.add_argument("--C", type=float, nargs="+", default=[defaults.classifier_c])
    parser.add_argument(
        "--char-weight", type=float, nargs="+", default=[defaults.classifier_char_weight]
    )
    parser.add_argument("--dropout", type=float, nargs="+", default=[defaults.classifier_dropout])
    parser.add_argument("--other-margin", type=float, nargs="+", default=[defaults.other_margin])
    parser.add_argument("--neighbours", type=int, default=examples_module.NEIGHBOURS)
    parser.add_argument("--hold-out", nargs="+", default=[], help="file stems held out alone")
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--no-exemplar-view", action="store_true")
    args = parser.parse_args()
    analyzer = load_analyzer(args.mode)
    defaults = dataclasses.replace(defaults, exemplar_view=not args.no_exemplar_view)
    cache = VectorCache(analyzer)
    definitions = load_theme_definitions(ROOT / "models" / "themes.toml")
    examples_module.NEIGHBOURS = args.neighbours
    files = sorted(args.training.glob("*.csv"))
    rows: dict[Path, list[tuple[str, str]]] = {}
    notes: dict[Path, list[Note]] = {}
    for path in files:
        rows[path] = read_examples_file(path)
        batch = [
            Note(id=f"{path.stem}:{i}", clinic=path.stem, group="g", text=text,
                 clean_text=normalize_text(text),
                 source=SourceRef(path.name, line=i))
            for i, (text, _) in enumerate(rows[path], start=1)
        ]  # fmt: skip
        notes[path] = lemmatize_notes(batch, analyzer)
    held = [path for path in files if path.stem in args.hold_out] if args.hold_out else files
    for c in args.C:
        for weight in args.char_weight:
            for dropout in args.dropout:
                settings = dataclasses.replace(
                    defaults,
                    classifier_c=c,
                    classifier_char_weight=weight,
                    classifier_dropout=dropout,
                )
                _cross_validate(
                    files, held, rows, notes, definitions, analyzer, cache, settings,
                    args.other_margin,
                )  # fmt: skip


def _cross_validate(
    files: Sequence[Path],
    held: Sequence[Path],
    rows: dict[Path, list[tuple[str, str]]],
    notes: dict[Path, list[Note]],
    definitions: Sequence[ThemeDefinition],
    analyzer: LemmaAnalyzer,
    cache: VectorCache,
    settings: ThemeSettings,
    margins: Sequence[float],
) -> None:
    seeded = [d.id for d in definitions]
    gold: list[str] = []
    predicted: dict[float, list[str]] = {margin: [] for margin in margins}
    alone: list[str] = []
    for held_out in held:
        train = [
            (text, normalize_text(text), label)
            for path in files
            if path != held_out
            for text, label in rows[path]
        ]
        examples = build_examples(train, seeded, analyzer, cache, settings)
        assert examples is not None
        model = examples.classifier
        themes: dict[float, dict[str, str]] = {}
        for margin in margins:
            result = assign_themes(
                notes[held_out],
                definitions,
                analyzer,
                dataclasses.replace(settings, other_margin=margin),
                examples,
            )
            themes[margin] = {a.note_id: a.theme for a in result.assignments}
        proba = model.predict_proba(
            [distinct_lemmas(note.content_lemmas) for note in notes[held_out]],
            [note.clean_text for note in notes[held_out]],
            cache,
        )
        alone += [model.classes_[int(i)] for i in proba.argmax(axis=1)]
        first = len(gold)
        for note, (_, label) in zip(notes[held_out], rows[held_out], strict=True):
            gold.append(label if label in seeded else OTHER)
            for margin in margins:
                theme = themes[margin].get(note.id, OTHER)
                predicted[margin].append(theme if theme in seeded else OTHER)
        if len(held) < len(files):
            for margin in margins:
                own = f1_score(gold[first:], predicted[margin][first:], labels=seeded, average=None)
                detail = " ".join(f"{t}={f:.3f}" for t, f in zip(seeded, own, strict=True))
                print(f"  {held_out.stem} other_margin={margin:g}: macroF1={own.mean():.3f} "
                      f"| {detail}", flush=True)  # fmt: skip
    macro_alone = f1_score(gold, alone, labels=seeded, average="macro")
    for margin in margins:
        precision, recall, per_theme, _ = precision_recall_fscore_support(
            gold, predicted[margin], labels=seeded, zero_division=0
        )
        detail = " ".join(
            f"{t}={f:.3f} (P {p:.3f} R {r:.3f})"
            for t, f, p, r in zip(seeded, per_theme, precision, recall, strict=True)
        )
        print(f"C={settings.classifier_c:<5g} char_weight={settings.classifier_char_weight:<4g} "
              f"dropout={settings.classifier_dropout:<4g} other_margin={margin:<5g} "
              f"files={len(held)} macroF1={per_theme.mean():.3f} "
              f"(classifier alone {macro_alone:.3f}) | {detail}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
