"""Chatter detection: precision and recall of status `chatter` on labelled notes.

    python benchmarks/chatter.py [FILE.csv ...] [--mode accurate] [--show]
    python benchmarks/chatter.py --fit

Each file is a CSV with `text` and `label` columns; label `chatter` marks notes about the
meeting itself, any other label is a note on some topic. Default: the training notes of the
classifier (models/training/chatter/*.csv: dev.csv, which the lexicon rule was written
against, and check.csv, written later without looking at any output) and, when present, the
independently written benchmarks/data/heldout2_emergent.csv (never trained or tuned on).
Each file is reported separately, for the lexicon rule alone and for the rule with the
classifier (the default); `--show` lists the errors of the latter.

`--fit` refits the classifier (chatter_model.py) on models/training/chatter/*.csv and
rewrites models/fitted/chatter.json; it first prints a cross-file estimate: fitted on one
training file, measured on the other.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
from pathlib import Path

from muistiinpanot.chatter import (
    ChatterSettings,
    is_chatter,
    mark_chatter,
    meeting_lexicon,
    meeting_words,
    unit_vectors,
)
from muistiinpanot.chatter_model import files_digest, fit_chatter_model, note_features
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef

ROOT = Path(__file__).resolve().parents[1]
TRAINING = sorted((ROOT / "models" / "training" / "chatter").glob("*.csv"))
HELDOUT = ROOT / "benchmarks" / "data" / "heldout2_emergent.csv"
FITTED = ROOT / "models" / "fitted" / "chatter.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--show", action="store_true", help="list false positives/negatives")
    parser.add_argument("--fit", action="store_true", help="refit models/fitted/chatter.json")
    args = parser.parse_args()
    analyzer = load_analyzer(args.mode)
    if args.fit:
        fit(analyzer)
        return
    files = args.files or [*TRAINING, *([HELDOUT] if HELDOUT.exists() else [])]
    for path in files:
        rows = _rows(path)
        notes = [
            Note(f"{path.stem}:{i}", "bench", "", text, SourceRef(path.name, row=i), text.strip())
            for i, (text, _) in enumerate(rows, start=1)
        ]
        notes = lemmatize_notes(notes, analyzer)
        truth = [label == "chatter" for _, label in rows]
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for setting in (ChatterSettings(classifier=False), ChatterSettings()):
            marked = mark_chatter(notes, analyzer, setting)
            found = [note.status == "chatter" for note in marked]
            what = "rule + classifier" if setting.classifier else "rule alone"
            print(
                f"{name}: {len(rows)} notes, {sum(truth)} chatter; {what}: " + _score(truth, found)
            )
        if args.show:
            for (text, label), t, f in zip(rows, truth, found, strict=True):
                if t != f:
                    print(f"   {'missed' if t else 'false '} [{label}] {text}")


def fit(analyzer: LemmaAnalyzer) -> None:
    """Cross-file estimate, then the fit on every training file into FITTED."""
    lexicon = meeting_lexicon()
    words = meeting_words(lexicon, analyzer)
    data = {}
    for path in TRAINING:
        rows = _rows(path)
        texts = [text.strip() for text, _ in rows]
        tokens = analyzer.analyze(texts)
        features = [
            note_features(t, k, words, unit_vectors(analyzer), analyzer.voikko.analyze)
            for t, k in zip(texts, tokens, strict=True)
        ]
        rule = [is_chatter(t, k, lexicon) for t, k in zip(texts, tokens, strict=True)]
        data[path] = (features, [label == "chatter" for _, label in rows], rule)
    default = ChatterSettings().min_probability
    for threshold in sorted({0.5, 0.6, 0.7, 0.8, default}):
        for train in TRAINING:
            model = fit_chatter_model(data[train][0], data[train][1], "")
            for test in (path for path in TRAINING if path != train):
                features, truth, rule = data[test]
                found = [
                    r or model.probability(f) >= threshold
                    for f, r in zip(features, rule, strict=True)
                ]
                mark = " (default)" if threshold == default else ""
                print(f"min_probability {threshold}{mark}: fitted on {train.name}, measured on "
                      f"{test.name}: rule alone {_score(truth, rule)}; "
                      f"rule + classifier {_score(truth, found)}")  # fmt: skip
    model = fit_chatter_model(
        [f for features, _, _ in data.values() for f in features],
        [t for _, truth, _ in data.values() for t in truth],
        files_digest(TRAINING),
    )
    FITTED.parent.mkdir(parents=True, exist_ok=True)
    FITTED.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {FITTED.relative_to(ROOT)}: {dataclasses.asdict(model)}")


def _rows(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


def _score(truth: list[bool], found: list[bool]) -> str:
    tp = sum(t and f for t, f in zip(truth, found, strict=True))
    precision = tp / max(sum(found), 1)
    recall = tp / max(sum(truth), 1)
    return f"found {sum(found)}, precision {precision:.3f} recall {recall:.3f}"


if __name__ == "__main__":
    main()
