"""The second read of loosely placed notes (themes/second_read.py, emergent round 29)."""

from __future__ import annotations

import numpy as np

from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import word_links
from muistiinpanot.themes.second_read import NOISE, loosely_placed, read_again

# two subjects; the fourth note is about the rent but the consensus put it with the lift
LIFT_AND_RENT = [
    ("hissi", "rikki", "rappu"),
    ("hissi", "rollaattori", "rappu"),
    ("hissi", "huolto", "rikki"),
    ("vuokra", "korotus", "muuttaa"),  # loosely placed under the lift
    ("vuokra", "korotus", "tuki"),
    ("vuokra", "porrastaa", "korotus"),
    ("vuokra", "tuki", "asumistuki"),
    ("kylppäri", "laatta"),  # loosely placed too, but shares no lemma with anyone
    ("sauna", "vuoro", "lista"),  # muu
]
LABELS = np.array([0, 0, 0, 0, 1, 1, 1, 1, NOISE])
LOOSE = (3, 7)


def _agreement(labels: np.ndarray, loose: tuple[int, ...]) -> np.ndarray:
    """Notes of one label agree at 0.6, others at 0.1; the `loose` rows at 0.2 with their own."""
    n = len(labels)
    agreement = np.where(labels[:, None] == labels[None, :], 0.6, 0.1)
    for row in loose:
        same = labels == labels[row]
        agreement[row, same] = agreement[same, row] = 0.2
    np.fill_diagonal(agreement, 1.0)
    agreement[labels == NOISE] = agreement[:, labels == NOISE] = 0.05
    np.fill_diagonal(agreement, 1.0)
    return agreement.reshape(n, n)


def test_loosely_placed_reads_the_mean_agreement_with_the_own_cluster() -> None:
    low = loosely_placed(LABELS, _agreement(LABELS, LOOSE), 0.3)
    assert np.flatnonzero(low).tolist() == list(LOOSE)


def test_read_again_moves_a_loose_note_to_the_cluster_it_shares_words_with() -> None:
    moved = read_again(LIFT_AND_RENT, LABELS, _agreement(LABELS, LOOSE), 0.3)
    assert moved.tolist() == [0, 0, 0, 1, 1, 1, 1, 1, NOISE]


def test_read_again_keeps_firm_notes_muu_and_notes_that_share_nothing() -> None:
    firm = read_again(LIFT_AND_RENT, LABELS, _agreement(LABELS, ()), 0.3)
    assert firm.tolist() == LABELS.tolist()
    moved = read_again(LIFT_AND_RENT, LABELS, _agreement(LABELS, LOOSE), 0.3)
    assert moved[7] == LABELS[7]  # "kylppäri laatta": no lemma shared, stays
    assert moved[8] == NOISE


def test_read_again_leaves_its_input_and_is_deterministic() -> None:
    labels = LABELS.copy()
    agreement = _agreement(LABELS, LOOSE)
    first = read_again(LIFT_AND_RENT, labels, agreement, 0.3)
    assert labels.tolist() == LABELS.tolist()
    assert first.tolist() == read_again(LIFT_AND_RENT, labels, agreement, 0.3).tolist()


def test_the_settings_switch_the_second_read() -> None:
    agreement = _agreement(LABELS, LOOSE)
    off = ThemeSettings(split_word_disjoint=False, second_read=False)
    assert word_links(LIFT_AND_RENT, LABELS, agreement, off).tolist() == LABELS.tolist()
    on = ThemeSettings(split_word_disjoint=False, second_read=True)
    assert word_links(LIFT_AND_RENT, LABELS, agreement, on)[3] == 1
