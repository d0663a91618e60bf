"""Chatter detection: precision and recall of status `chatter` on labelled notes.

    python benchmarks/chatter.py [FILE.csv ...] [--mode accurate] [--show]

Each file is a CSV with `text` and `label` columns; label `chatter` marks notes about the
meeting itself, any other label is a note on some topic. Default: the dev set the rule was
written against (models/training/chatter/dev.csv) and, when present, the independently
written benchmarks/data/heldout2_emergent.csv. Each file is reported separately; `--show`
lists the errors.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from muistiinpanot.chatter import mark_chatter
from muistiinpanot.lemmatize import lemmatize_notes, load_analyzer
from muistiinpanot.records import Note, SourceRef

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILES = (
    ROOT / "models" / "training" / "chatter" / "dev.csv",
    ROOT / "benchmarks" / "data" / "heldout2_emergent.csv",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--mode", choices=["accurate", "fast"], default="accurate")
    parser.add_argument("--show", action="store_true", help="list false positives/negatives")
    args = parser.parse_args()
    files = args.files or [path for path in DEFAULT_FILES if path.exists()]
    analyzer = load_analyzer(args.mode)
    for path in files:
        with path.open(encoding="utf-8") as handle:
            rows = [(row["text"], row["label"]) for row in csv.DictReader(handle)]
        notes = [
            Note(f"{path.stem}:{i}", "bench", "", text, SourceRef(path.name, row=i), text.strip())
            for i, (text, _) in enumerate(rows, start=1)
        ]
        marked = mark_chatter(lemmatize_notes(notes, analyzer), analyzer)
        truth = [label == "chatter" for _, label in rows]
        found = [note.status == "chatter" for note in marked]
        tp = sum(t and f for t, f in zip(truth, found, strict=True))
        precision = tp / max(sum(found), 1)
        recall = tp / max(sum(truth), 1)
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
            f"{len(rows)} notes, {sum(truth)} chatter; found {sum(found)}; "
            f"precision {precision:.3f} recall {recall:.3f}"
        )
        if args.show:
            for (text, label), t, f in zip(rows, truth, found, strict=True):
                if t != f:
                    print(f"   {'missed' if t else 'false '} [{label}] {text}")


if __name__ == "__main__":
    main()
