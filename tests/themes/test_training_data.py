"""The labelled examples of models/training stay apart from the data we evaluate on (the gold
clinics of corpus/; the earlier held-out sets of benchmarks/data are examples now, notes_z*)."""

from __future__ import annotations

import csv
from pathlib import Path

from muistiinpanot.ingest.labelled import read_examples
from muistiinpanot.normalize import duplicate_key
from muistiinpanot.themes import load_theme_definitions
from muistiinpanot.themes.classifier import OTHER

REPO = Path(__file__).resolve().parents[2]
EVALUATION = sorted((REPO / "corpus" / "gold").glob("*.csv"))


def test_no_example_repeats_an_evaluation_note() -> None:
    evaluated = set()
    for path in EVALUATION:
        with path.open(encoding="utf-8", newline="") as handle:
            evaluated |= {duplicate_key(row["text"]) for row in csv.DictReader(handle)}
    examples = read_examples(REPO / "models" / "training")
    assert len(evaluated) > 200 and len(examples) > 6000
    assert not [text for text, _ in examples if duplicate_key(text) in evaluated]


def test_example_labels_are_seeded_themes_or_other() -> None:
    allowed = {d.id for d in load_theme_definitions(REPO / "models" / "themes.toml")} | {OTHER}
    assert {label for _, label in read_examples(REPO / "models" / "training")} == allowed


def test_the_blind_sets_of_earlier_rounds_are_examples() -> None:
    """Every note of the seeded sets measured blind in rounds 4 to 15 is an example (notes by
    more writers carry over to the next writer: README, Themes; rounds 8 to 15 since session
    15, models/training/README.md)."""
    examples = {duplicate_key(text) for text, _ in read_examples(REPO / "models" / "training")}
    for round_ in range(4, 16):
        path = REPO / "benchmarks" / "data" / f"seeded_heldout{round_}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            missing = [
                row["text"]
                for row in csv.DictReader(handle)
                if duplicate_key(row["text"]) not in examples
            ]
        assert not missing, (round_, missing[:3])
