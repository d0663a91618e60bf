"""Chatter detection: precision and recall of status `chatter` on labelled notes.

    python benchmarks/chatter.py [FILE.csv ...] [--mode accurate] [--show]
    python benchmarks/chatter.py --fit [--folds 5]

Each file is a CSV with `text` and `label` columns; label `chatter` marks notes about the
meeting itself, any other label is a note on some topic. Default: the labelled notes the
classifier is fitted on (models/training/chatter/*.csv: dev.csv, which the lexicon rule was
written against, check.csv, written later, and heldout3.csv .. heldout17.csv, the dev rounds
benchmarks/data/chatter_heldoutN.csv taken in as training rows once they had been looked at;
benchmarks/chatter_loro.py measures what that gives on a round left out), the
independently written benchmarks/data/heldout2_emergent.csv (never fitted on) and the short
seeded example notes of models/training/ next to the ones fitted on (never fitted on: every
chatter found there is a false one). Each file is reported separately, for the lexicon rule
alone and for the rule with the classifier (the default); `--show` lists the errors of the
latter.

`--fit` first prints a cross-validated estimate (each labelled chatter file split into
`--folds` parts; each part measured by a model fitted on everything else), then refits the
classifier (chatter/model.py) on all of models/training and rewrites
models/fitted/chatter.json.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np

from muistiinpanot.chatter import ChatterSettings, mark_chatter
from muistiinpanot.chatter.fit import files_digest, fit_chatter_model, training_notes
from muistiinpanot.chatter.mark import has_finnish_word
from muistiinpanot.chatter.model import meeting_sign, note_features, note_register
from muistiinpanot.chatter.rule import is_chatter, meeting_lexicon
from muistiinpanot.chatter.vectors import meeting_words, unit_vectors
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "models" / "training"
HELDOUT = ROOT / "benchmarks" / "data" / "heldout2_emergent.csv"
FITTED = ROOT / "models" / "fitted" / "chatter.json"
UNSEEN_EXAMPLES = "short seeded example notes never fitted on"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--show", action="store_true", help="list false positives/negatives")
    parser.add_argument("--fit", action="store_true", help="refit models/fitted/chatter.json")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    analyzer = load_analyzer(args.mode)
    if args.fit:
        fit(analyzer, args.folds)
        return
    sets = {str(_name(path)): _rows(path) for path in args.files}
    if not args.files:
        sets = {str(_name(p)): _rows(p) for p in sorted((TRAINING / "chatter").glob("*.csv"))}
        sets[str(_name(HELDOUT))] = _rows(HELDOUT)
        sets[UNSEEN_EXAMPLES] = training_notes(TRAINING, offset=1)[1]
    for name, rows in sets.items():
        notes = [
            Note(f"b:{i}", "bench", "", text, SourceRef("b.csv", row=i), text.strip())
            for i, (text, _) in enumerate(rows, start=1)
        ]
        notes = lemmatize_notes(notes, analyzer)
        truth = [label for _, label in rows]
        for setting in (ChatterSettings(classifier=False), ChatterSettings()):
            marked = mark_chatter(notes, analyzer, setting)
            found = [note.status == "chatter" for note in marked]
            what = "rule + classifier" if setting.classifier else "rule alone"
            print(
                f"{name}: {len(rows)} notes, {sum(truth)} chatter; {what}: {_score(truth, found)}"
            )
        if args.show:
            for (text, label), f in zip(rows, found, strict=True):
                if label != f:
                    print(f"   {'missed' if label else 'false '} {text}")


def fit(analyzer: LemmaAnalyzer, folds: int) -> None:
    """Cross-validated estimate, then the fit on all training notes into FITTED."""
    files, rows = training_notes(TRAINING)
    texts = [text for text, _ in rows]
    labels = np.array([label for _, label in rows])
    features, registers, rule, finnish = detector_inputs(analyzer, texts)
    # folds: the labelled chatter files' rows by position; the seeded examples always fitted
    chatter_rows = sum(len(_rows(p)) for p in sorted((TRAINING / "chatter").glob("*.csv")))
    fold = np.full(len(rows), -1)
    fold[:chatter_rows] = np.arange(chatter_rows) % folds
    default = ChatterSettings().min_probability
    thresholds = sorted({0.5, 0.6, 0.7, 0.8, 0.9, default})
    probability = np.zeros(len(rows))
    for part in range(folds):
        train = fold != part
        model = fit_chatter_model(
            [features[i] for i in np.flatnonzero(train)],
            [registers[i] for i in np.flatnonzero(train)],
            labels[train].tolist(),
            "",
        )
        for i in np.flatnonzero(~train):
            probability[i] = model.probability(features[i], registers[i])
    measured = fold >= 0
    for threshold in thresholds:
        found = np.array(rule) | ((probability >= threshold) & np.array(finnish))
        mark = " (default)" if threshold == default else ""
        print(f"{folds}-fold cross-validation over the {chatter_rows} labelled notes of "
              f"models/training/chatter, rule + classifier at min_probability {threshold}"
              f"{mark}: {_score(labels[measured].tolist(), found[measured].tolist())}")  # fmt: skip
    found = np.array(rule) | ((probability >= default) & np.array(finnish))
    start = 0
    for path in sorted((TRAINING / "chatter").glob("*.csv")):
        end = start + len(_rows(path))
        print(f"  of which {_name(path)} (rule alone / rule + classifier): "
              f"{_score(labels[start:end].tolist(), rule[start:end])} / "
              f"{_score(labels[start:end].tolist(), found[start:end].tolist())}")  # fmt: skip
        start = end
    model = fit_chatter_model(features, registers, labels.tolist(), files_digest(files))
    FITTED.parent.mkdir(parents=True, exist_ok=True)
    FITTED.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {FITTED.relative_to(ROOT)} from {len(rows)} notes ({int(labels.sum())} chatter)")


def detector_inputs(
    analyzer: LemmaAnalyzer, texts: list[str]
) -> tuple[list[list[float]], list[np.ndarray], list[bool], list[bool]]:
    """Per text: the classifier's features and register, the rule's verdict, and whether
    the classifier may call it chatter at all (a Finnish word and a sign of the meeting)."""
    lexicon = meeting_lexicon()
    words = meeting_words(lexicon, analyzer)
    vector = unit_vectors(analyzer)
    tokens = analyzer.analyze(texts)
    features = [
        note_features(t, k, words, vector, analyzer.voikko.analyze)
        for t, k in zip(texts, tokens, strict=True)
    ]
    registers = [note_register(k, vector) for k in tokens]
    rule = [
        is_chatter(t, k, lexicon, analyzer.voikko.analyze)
        for t, k in zip(texts, tokens, strict=True)
    ]
    finnish = [
        has_finnish_word(k, analyzer.voikko) and meeting_sign(f)
        for k, f in zip(tokens, features, strict=True)
    ]
    return features, registers, rule, finnish


def _name(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def _rows(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8") as handle:
        return [(row["text"], row["label"] == "chatter") for row in csv.DictReader(handle)]


def _score(truth: list[bool], found: list[bool]) -> str:
    tp = sum(t and f for t, f in zip(truth, found, strict=True))
    precision = tp / max(sum(found), 1)
    recall = tp / max(sum(truth), 1)
    return f"found {sum(found)}, precision {precision:.3f} recall {recall:.3f}"


if __name__ == "__main__":
    main()
