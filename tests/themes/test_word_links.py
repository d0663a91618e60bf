"""Word links inside the consensus's clusters (themes/word_links.py, review 38 #3–#5)."""

from __future__ import annotations

import numpy as np

from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import word_links
from muistiinpanot.themes.word_links import (
    NOISE,
    own_lemmas,
    relink_notes,
    split_word_disjoint,
)

# review 38 #5 in miniature: lockers and noise, each raised in three notes, run together
LOCKERS_AND_NOISE = [
    ("lokero", "kansio"),
    ("lokero", "lukita"),
    ("lokero", "mahtua", "läppäri"),
    ("melu", "huoli", "puhelu"),
    ("melu", "haitta", "matto"),
    ("melu", "keskeytys", "puhelu"),
    ("ergonomia", "pöytä"),
    # another cluster, so that the two subjects are not the whole batch
    ("etätyö", "päivä"),
    ("etätyö", "luottamus"),
    ("etätyö", "pelisääntö", "päivä"),
]


def _agreement(labels: list[int], near: dict[tuple[int, int], float] | None = None) -> np.ndarray:
    """A co-association in which notes of one label agree at 0.6, others at 0.1."""
    n = len(labels)
    agreement = np.array(
        [[0.6 if labels[i] == labels[j] else 0.1 for j in range(n)] for i in range(n)]
    )
    for (i, j), value in (near or {}).items():
        agreement[i, j] = agreement[j, i] = value
    np.fill_diagonal(agreement, 1.0)
    return agreement


def test_own_lemmas_are_the_clusters_more_than_chance() -> None:
    labels = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    own = own_lemmas(LOCKERS_AND_NOISE, labels, 0)
    assert {"lokero", "melu", "puhelu"} <= own
    assert "ergonomia" not in own  # one note only
    # "päivä" is in two notes of cluster 1 and none elsewhere: cluster 1's, not cluster 0's
    assert "päivä" in own_lemmas(LOCKERS_AND_NOISE, labels, 1)
    assert "päivä" not in own


def test_a_word_shared_across_the_batch_is_no_cluster_s_own() -> None:
    docs = [("asia", "hissi"), ("asia", "hissi"), ("asia", "vuokra"), ("asia", "vuokra")]
    labels = np.array([0, 0, 1, 1])
    assert own_lemmas(docs, labels, 0) == {"hissi"}  # "asia": half of its notes, half the batch


def test_two_word_disjoint_subjects_are_split_and_the_rest_joins_the_nearer() -> None:
    labels = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    # the ergonomics note agrees more with the lockers
    agreement = _agreement(labels.tolist(), {(6, 0): 0.8, (6, 1): 0.8, (6, 2): 0.8})
    split = split_word_disjoint(LOCKERS_AND_NOISE, labels, agreement, min_size=3)
    assert len({int(split[i]) for i in (0, 1, 2)}) == 1
    assert len({int(split[i]) for i in (3, 4, 5)}) == 1
    assert split[0] != split[3]
    assert split[6] == split[0]
    assert list(split[7:]) == [1, 1, 1]  # untouched
    assert set(split.tolist()) == {0, 1, 2}


def test_a_cluster_held_by_one_word_chain_is_not_split() -> None:
    docs = [("melu", "puhelu"), ("puhelu", "koppi"), ("koppi", "kerros"), ("kerros", "melu")]
    labels = np.array([0, 0, 0, 0])
    split = split_word_disjoint(docs, labels, _agreement([0, 0, 0, 0]), min_size=3)
    assert list(split) == [0, 0, 0, 0]


def test_a_part_below_min_size_does_not_split() -> None:
    labels = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    split = split_word_disjoint(LOCKERS_AND_NOISE, labels, _agreement(labels.tolist()), 4)
    assert list(split) == list(labels)


def test_noise_stays_noise_and_input_order_of_clusters_is_kept() -> None:
    labels = np.array([NOISE, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    split = split_word_disjoint(LOCKERS_AND_NOISE, labels, _agreement(labels.tolist()), 3)
    assert split[0] == NOISE
    assert list(split[7:]) == [1, 1, 1]


def test_a_note_with_no_word_of_its_cluster_moves_to_one_it_shares_a_word_with() -> None:
    docs = [
        ("hissi", "rollaattori"),
        ("hissi", "arvo"),
        ("hissi", "maksaa"),
        ("vuokra", "nousta", "muuttaa"),  # under the lift, sharing only with the rent notes
        ("vuokra", "korotus"),
        ("vuokra", "porrastaa"),
        ("vuokra", "tuki"),
        ("kylppäri", "laatta"),  # shares nothing with anyone: stays
    ]
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 0])
    moved = relink_notes(docs, labels, _agreement(labels.tolist()))
    assert list(moved) == [0, 0, 0, 1, 1, 1, 1, 0]


def test_deterministic() -> None:
    labels = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    agreement = _agreement(labels.tolist())
    first = split_word_disjoint(LOCKERS_AND_NOISE, labels, agreement, 3)
    second = split_word_disjoint(LOCKERS_AND_NOISE, labels.copy(), agreement.copy(), 3)
    assert list(first) == list(second)


def test_the_settings_switch_each_step() -> None:
    labels = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    agreement = _agreement(labels.tolist())
    off = ThemeSettings(split_word_disjoint=False, relink_notes=False)
    assert list(word_links(LOCKERS_AND_NOISE, labels, agreement, off)) == list(labels)
    split = ThemeSettings(split_word_disjoint=True, relink_notes=False)
    assert len(set(word_links(LOCKERS_AND_NOISE, labels, agreement, split).tolist())) == 3
