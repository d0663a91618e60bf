"""Leave-one-round-out for the chatter classifier: do the dev rounds help as training rows?

    python benchmarks/chatter_loro.py benchmarks/data/chatter_heldout{3..20}.csv
        [--thresholds 0.7 0.85] [--variant NAME:STRIDE:C ...] [--upto N] [--no-base] [--show]

Each FILE is one round (a CSV with `text` and `label`, label `chatter` for meeting talk).
For each round in turn, two classifiers are fitted without it and the round is measured
with the whole detector (`mark_chatter`: rule, classifier, binding):

- `base`: the recipe before round 21, models/training/chatter/dev.csv and check.csv, round 3
  (unless held out) and every third short seeded example note as topical rows;
- `rounds`: the recipe since round 21, dev.csv, check.csv, every second short seeded example
  note and every round given on the command line but the held-out one (the shipped fit reads
  the rounds from models/training/chatter/heldoutN.csv; here they come from the command line);
- `--variant NAME:STRIDE:C`: the rounds with every STRIDE-th seeded note and C;
- `--upto N`: `uptoN`, the `rounds` recipe with only the rounds up to N as rows (the shipped
  fit of an earlier session: with `--upto 17`, round 21's fit, so a later round is scored as it
  was blind); `--no-base` leaves `base` out.

Printed per round and variant: found, precision, recall; then the mean and minimum over the
rounds and the pooled figures, for each `--thresholds` value of `min_probability`; then, for
each variant fitted on every round, the false chatter among the short seeded example notes
that no variant of stride 2 or 3 fits (every sixth, from the second). No file is written.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

import muistiinpanot.chatter.mark as chatter_stage
from chatter import detector_inputs
from muistiinpanot.chatter import ChatterSettings, mark_chatter
from muistiinpanot.chatter.fit import fit_chatter_model, training_notes
from muistiinpanot.chatter.model import ChatterFit, ChatterModel
from muistiinpanot.lemmatize import lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "models" / "training"


class _Cached:
    """The analyzer with analyze/parse remembered per batch of texts (each round is read by
    every fold's detector)."""

    def __init__(self, analyzer: Any) -> None:
        self._analyzer = analyzer
        self._memo: dict[tuple[str, tuple[str, ...]], Any] = {}

    def analyze(self, texts: Sequence[str]) -> Any:
        return self._remember("analyze", texts)

    def parse(self, texts: Sequence[str]) -> Any:
        return self._remember("parse", texts)

    def _remember(self, what: str, texts: Sequence[str]) -> Any:
        key = (what, tuple(texts))
        if key not in self._memo:
            self._memo[key] = getattr(self._analyzer, what)(list(texts))
        return self._memo[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analyzer, name)


LAST = 10**6  # no limit on the rounds taken in as rows
VARIANTS = {
    # name: (the other rounds as training rows, every n-th short seeded note a topical row, C,
    # the last round taken in as rows)
    "base": (False, 3, 1.0, LAST),  # before round 21
    "rounds": (True, 2, 1.0, LAST),  # since round 21 (shipped with min_probability 0.85)
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rounds", nargs="+", type=Path)
    parser.add_argument("--thresholds", nargs="+", type=float, default=[0.7, 0.85])
    parser.add_argument(
        "--variant",
        nargs="*",
        default=[],
        help="more variants as NAME:STRIDE:C (with the rounds as training rows)",
    )
    parser.add_argument("--upto", type=int, help="also the rounds recipe with rounds <= N")
    parser.add_argument("--no-base", action="store_true", help="leave out the base recipe")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    variants = dict(VARIANTS)
    if args.no_base:
        del variants["base"]
    if args.upto is not None:
        variants[f"upto{args.upto}"] = (True, 2, 1.0, args.upto)
    for spec in args.variant:
        name, stride, c = spec.split(":")
        variants[name] = (True, int(stride), float(c), LAST)
    analyzer = _Cached(load_analyzer("accurate"))
    # every short seeded example note (stride 1); a variant takes every n-th as topical rows,
    # and those at positions 1 mod 6 are fitted by none of stride 1, 2 or 3: false chatter
    # is counted on them
    _, shipped = training_notes(TRAINING, ChatterFit(example_stride=1))
    chatter_files = sorted((TRAINING / "chatter").glob("*.csv"))
    labelled = sum(len(_rows(p)) for p in chatter_files)
    # the shipped fit reads the rounds from models/training/chatter/heldoutN.csv: here the
    # rounds come from the command line
    own = [row for p in chatter_files if not p.name.startswith("heldout") for row in _rows(p)]
    seeded = shipped[labelled:]
    rounds = {_round(p): _rows(p) for p in args.rounds}
    rows = own + seeded + [row for part in rounds.values() for row in part]
    texts = [t for t, _ in rows]
    labels = [y for _, y in rows]
    features, registers, _, _ = detector_inputs(analyzer, texts)
    owner = np.full(len(texts), -1)  # -1 own labelled notes, -2 seeded, N round N
    place = np.full(len(texts), -1)  # a seeded note's position among the seeded notes
    owner[len(own) : len(own) + len(seeded)] = -2
    place[len(own) : len(own) + len(seeded)] = np.arange(len(seeded))
    position = len(own) + len(seeded)
    for number, part in rounds.items():
        owner[position : position + len(part)] = number
        position += len(part)
    unseen = [i for i in range(len(seeded)) if i % 6 == 1]
    unseen_notes = _notes([seeded[i][0] for i in unseen], analyzer)

    def fit(keep: np.ndarray, stride: int, c: float) -> ChatterModel:
        keep = keep & ((owner != -2) | (place % stride == 0))
        index = np.flatnonzero(keep)
        return fit_chatter_model(
            [features[i] for i in index],
            [registers[i] for i in index],
            [labels[i] for i in index],
            "",
            ChatterFit(c=c, example_stride=stride),
        )

    results: dict[tuple[str, float], list[tuple[int, int, int, int]]] = {}
    for number, part in rounds.items():
        notes = _notes([t for t, _ in part], analyzer)
        truth = [y for _, y in part]
        for variant, (with_rounds, stride, c, last) in variants.items():
            keep = (owner <= last) if with_rounds else (owner < 0) | (owner == 3)
            _use(fit(keep & (owner != number), stride, c))
            for threshold in args.thresholds:
                found = _found(notes, analyzer, threshold)
                tp = sum(t and f for t, f in zip(truth, found, strict=True))
                counts = (tp, sum(found), sum(truth), len(truth))
                results.setdefault((variant, threshold), []).append(counts)
                print(f"round {number} {variant} @{threshold}: {_score(*counts)}", flush=True)
                if args.show and variant != "base":
                    for (text, label), f in zip(part, found, strict=True):
                        if label != f:
                            print(f"   {'missed' if label else 'false '} {text}")
    for (variant, threshold), counts in results.items():
        precision = [tp / max(f, 1) for tp, f, _, _ in counts]
        recall = [tp / max(t, 1) for tp, _, t, _ in counts]
        pooled = tuple(int(sum(c[k] for c in counts)) for k in range(4))
        print(
            f"{variant} @{threshold}: precision mean {np.mean(precision):.3f} min "
            f"{min(precision):.3f}; recall mean {np.mean(recall):.3f} min {min(recall):.3f}; "
            f"pooled {_score(*pooled)}"
        )
    for variant, (with_rounds, stride, c, last) in variants.items():
        keep = (owner <= last) if with_rounds else (owner < 0) | (owner == 3)
        _use(fit(keep, stride, c))
        for threshold in args.thresholds:
            found = _found(unseen_notes, analyzer, threshold)
            print(
                f"{variant} @{threshold} fitted on every round: false chatter among "
                f"{len(unseen)} short seeded example notes never fitted on: {sum(found)}"
            )
            if args.show:
                print("   ", [n.text for n, f in zip(unseen_notes, found, strict=True) if f])


def _notes(texts: Sequence[str], analyzer: Any) -> list[Note]:
    return lemmatize_notes(
        [
            Note(f"r:{i}", "loro", "", text, SourceRef("r.csv", row=i), text.strip())
            for i, text in enumerate(texts, start=1)
        ],
        analyzer,
    )


def _use(model: ChatterModel) -> None:
    chatter_stage.chatter_model = lambda: model  # type: ignore[misc]


def _found(notes: Sequence[Note], analyzer: Any, threshold: float) -> list[bool]:
    marked = mark_chatter(notes, analyzer, ChatterSettings(min_probability=threshold))
    return [n.status == "chatter" for n in marked]


def _round(path: Path) -> int:
    match = re.search(r"(\d+)\.csv$", path.name)
    if match is None:
        raise SystemExit(f"{path}: no round number in the name")
    return int(match.group(1))


def _rows(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8") as handle:
        return [(row["text"].strip(), row["label"] == "chatter") for row in csv.DictReader(handle)]


def _score(tp: int, found: int, truth: int, total: int) -> str:
    return (
        f"{total} notes, {truth} chatter, found {found} (false {found - tp}), "
        f"precision {tp / max(found, 1):.3f} recall {tp / max(truth, 1):.3f}"
    )


if __name__ == "__main__":
    main()
