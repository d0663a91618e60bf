"""emergent28's halves and merge test (benchmarks/kselect_judge.py, kselect_variants.py): the
held-out half is the odd rounds, and the Dirichlet-multinomial merge test joins two clusters
that say the same words and keeps apart two that share none."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import kselect_judge  # noqa: E402
import kselect_variants  # noqa: E402


def test_halves_split_by_round() -> None:
    assert kselect_judge.half_of("emergent_heldout37:2049-05-lentoasema") == "held-out"
    assert kselect_judge.half_of("emergent_heldout5:2027-10-retkeily") == "held-out"
    assert kselect_judge.half_of("emergent_heldout36:2048-04-majavat") == "tune"
    assert kselect_judge.half_of("heldout2:2026-05-koulun-arki") == "tune"
    assert kselect_judge.half_of("2025-09-siilot-yhteistyo:full") == "tune"


def _gain(mixture: kselect_variants._Mixture, first: list[int], second: list[int]) -> float:
    return mixture.cluster(first + second) - mixture.cluster(first) - mixture.cluster(second)


def test_merge_test_reads_shared_words() -> None:
    docs = [
        ("lossi", "jono", "aamu"),
        ("lossi", "jono"),
        ("lossi", "jono", "kesä"),
        ("lossi", "jono", "auto"),
        ("lossi", "jono"),
        ("lossi", "aikataulu", "jono"),
        ("kirjasto", "laina", "kirja"),
        ("kirjasto", "kirja"),
        ("kirjasto", "laina"),
    ]
    mixture = kselect_variants._Mixture(docs)
    assert _gain(mixture, [0, 1, 2], [3, 4, 5]) > 0  # one subject cut in two
    assert _gain(mixture, [0, 1, 2], [6, 7, 8]) < 0  # two subjects
    labels = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2])
    assert mixture.partition(np.array([0, 0, 0, 0, 0, 0, 2, 2, 2])) > mixture.partition(labels)
