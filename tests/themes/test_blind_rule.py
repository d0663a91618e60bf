"""seeded23's pre-registered rule (benchmarks/themes_blind.py) and the guard that keeps the
benchmark's dump off the rounds being written blind (benchmarks/themes_recall.py --blind-ok)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import themes_blind  # noqa: E402

THEMES = ["siilot", "luottamus"]
ALIKE = (1.0, 1.0, 1.0)
SHIPPED = (0.25, 0.25, 1.0)


def note(gold: str, guess: str) -> dict[str, Any]:
    """A dumped note whose three views all claim `guess` (or all say "other")."""
    scores = [0.9 if t == guess else 0.1 for t in THEMES]
    other = 0.2 if guess in THEMES else 0.9
    return {"gold": gold, "text": guess, "views": [scores] * 3, "others": [other] * 3}


def batch(right: int, wrong: int, false: int = 0) -> list[dict[str, Any]]:
    """`right` theme notes found, `wrong` missed, `false` "other" notes claimed as siilot."""
    rows = [note(THEMES[i % 2], THEMES[i % 2]) for i in range(right)]
    rows += [note(THEMES[i % 2], "other") for i in range(wrong)]
    rows += [note("other", "siilot") for _ in range(false)]
    return rows + [note("other", "other") for _ in range(6)]


def dump(sets: list[tuple[int, int]], clinics: list[tuple[int, int, int]]) -> dict[str, Any]:
    data: dict[str, Any] = {"themes": THEMES}
    for number, (right, wrong) in enumerate(sets, start=29):
        data[f"seeded{number}"] = batch(right, wrong)
    for i, (right, wrong, false) in enumerate(clinics):
        data[f"summary_heldout{29 + i // 2}/clinic{i}"] = batch(right, wrong, false)
    return data


CLINICS = [(6, 2, 1)] * 6


def test_the_same_dump_does_not_land_because_the_mean_must_rise() -> None:
    shipped = dump([(8, 2)] * 3, CLINICS)
    result = themes_blind.judge(shipped, shipped, ALIKE, ALIKE)
    assert result["parts"] == {"a": False, "b": True, "c": True}
    assert not result["lands"]


def test_a_better_candidate_with_the_same_clinics_lands() -> None:
    shipped = dump([(8, 2)] * 3, CLINICS)
    candidate = dump([(9, 1), (9, 1), (8, 2)], CLINICS)
    result = themes_blind.judge(shipped, candidate, ALIKE, ALIKE)
    assert result["lands"], result["parts"]


def test_one_round_down_by_more_than_the_allowed_drop_fails_b() -> None:
    shipped = dump([(8, 2)] * 3, CLINICS)
    candidate = dump([(10, 0), (10, 0), (6, 4)], CLINICS)
    result = themes_blind.judge(shipped, candidate, ALIKE, ALIKE)
    assert result["parts"]["a"] and not result["parts"]["b"]
    assert not result["lands"]


def test_false_claims_on_every_clinic_fail_c() -> None:
    shipped = dump([(8, 2)] * 3, CLINICS)
    candidate = dump([(10, 0)] * 3, [(6, 2, 8)] * 6)
    result = themes_blind.judge(shipped, candidate, ALIKE, ALIKE)
    assert result["parts"]["a"] and result["parts"]["b"]
    assert not result["parts"]["c"]
    high = result["intervals"][0][1]
    assert high < 0  # siilot's precision interval wholly below zero


def test_each_side_is_decided_with_its_own_view_weights() -> None:
    """The classifier alone claims the note: at the shipped weights (0.25, 0.25, 1) the
    blend claims it, with the views alike it does not."""
    leaning = {"gold": "siilot", "text": "", "views": [[0.0, 0.0], [0.0, 0.0], [0.9, 0.0]],
               "others": [0.6, 0.6, 0.1]}  # fmt: skip
    data = dump([(8, 2)] * 3, CLINICS)
    data["seeded29"] = [*data["seeded29"], leaning]
    by_shipped = themes_blind.judge(data, data, SHIPPED, SHIPPED)
    alike = themes_blind.judge(data, data, SHIPPED, ALIKE)
    assert by_shipped["after"][0] > alike["after"][0]
    assert by_shipped["before"] == alike["before"]


def run_dump(out: Path, extra: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "themes_recall.py"), "dump", str(out), *extra],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize("extra", [["--sets", "119"], ["--sets", "26", "--clinics",
                                                      "--clinic-rounds", "118", "121"],
                                   ["--sets", "26", "--copies", "45", "119"]])  # fmt: skip
def test_the_dump_refuses_a_blind_round_without_the_flag(tmp_path: Path, extra: list[str]) -> None:
    out = tmp_path / "out.json"
    done = run_dump(out, extra)
    assert done.returncode == 2
    assert "--blind-ok" in done.stderr and "LAST_DEV_ROUND = 118" in done.stderr
    assert not out.exists()


def test_the_dump_refuses_a_clinic_round_before_the_first(tmp_path: Path) -> None:
    """Rounds 1 and 2 would name round 3's folder (`summary_heldout`): refused, not read."""
    out = tmp_path / "out.json"
    done = run_dump(out, ["--sets", "26", "--clinics", "--clinic-rounds", "2", "28"])
    assert done.returncode == 2 and "start at round 3" in done.stderr
    assert not out.exists()


def test_dumps_of_different_batches_are_refused() -> None:
    shipped = dump([(8, 2)] * 3, CLINICS)
    candidate = dump([(8, 2)] * 2, CLINICS)
    with pytest.raises(SystemExit, match="seeded batches differ"):
        themes_blind.judge(shipped, candidate, ALIKE, ALIKE)
