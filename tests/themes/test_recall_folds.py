"""benchmarks/themes_recall.py's folds (seeded33): a summary gold clinic of round N is scored
with examples that leave out round N's own seeded set, as the round's set is, never with it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import themes_recall  # noqa: E402

#: shipped copies of rounds 4 and 28, a candidate's copies of rounds 29 and 30, two writers' files
NAMES = ["notes_a", "notes_za", "notes_zc", "notes_zza", "notes_zzb", "notes_r29", "notes_r30"]


def _clinics(*rounds: int) -> dict[int, dict[str, Path]]:
    folder = {3: "summary_heldout"}
    return {
        n: {f"{folder.get(n, f'summary_heldout{n}')}/{c}": Path(f"{n}-{c}.csv") for c in "ab"}
        for n in rounds
    }


def _copies_of(number: int) -> set[str]:
    """Every example name that is round `number`'s own seeded set (by OWN or notes_rN)."""
    own = themes_recall.OWN.get(number, ())
    return {*((own,) if isinstance(own, str) else own), f"notes_r{number}"} & set(NAMES)


@pytest.mark.parametrize("number", [4, 28, 29, 30])
def test_plan_folds_clinics_never_read_their_rounds_copy(number: int) -> None:
    plan = themes_recall.plan_folds([number], _clinics(3, number), NAMES)
    (own_round,) = [(own, batches) for n, own, batches in plan if n == number]
    own, batches = own_round
    kept = set(NAMES) - set(own)
    assert _copies_of(number), "the case must hold a copy of its round"
    assert not kept & _copies_of(number)
    assert set(batches) == {f"seeded{number}", *_clinics(number)[number]}


def test_plan_folds_leaves_out_only_the_rounds_own_copy() -> None:
    plan = themes_recall.plan_folds([29, 30], _clinics(0, 3, 29, 30, 31), NAMES)
    own = {n: o for n, o, _ in plan}
    assert own == {0: (), 3: (), 29: ("notes_r29",), 30: ("notes_r30",), 31: ()}


def test_plan_folds_clinics_alone_are_fold_aware_too() -> None:
    """Clinics of a round whose seeded set is not scored still leave its copy out."""
    plan = themes_recall.plan_folds([], _clinics(28, 29), NAMES)
    assert {n: o for n, o, _ in plan} == {28: ("notes_zza", "notes_zzb"), 29: ("notes_r29",)}
    assert all(not name.startswith("seeded") for _, _, b in plan for name in b)
