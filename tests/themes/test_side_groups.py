"""The merge of side groups (themes/side_groups.py, emergent round 30). NOTES were written
before the round's landing grid was run (after one smoke run on 33 dev sets) and are no dev
set's; nothing of the merge was tuned on them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import word_links
from muistiinpanot.themes.side_groups import MODES, NOISE, merge_side_groups

# the energy evenings' topic in two clusters: a main one and a side group that says
# "energiailta" with other words; two other topics; a small topic of its own (the library)
NOTES = [
    ("energiailta", "luento", "tekninen"),
    ("energiailta", "luento", "kysymys"),
    ("energiailta", "aika", "luento"),
    ("energiailta", "ilmoittautuminen", "luento"),
    ("energiailta", "luennoitsija", "tekninen"),
    ("energiailta", "kysymys", "aika"),
    ("energiailta", "arki", "ilta"),  # the side group
    ("energiailta", "arki", "myöhään"),
    ("energiailta", "ilta", "lapsi"),
    ("sähkö", "hinta", "sopimus"),
    ("sähkö", "hinta", "pörssi"),
    ("sähkö", "sopimus", "vaihtaa"),
    ("sähkö", "pörssi", "lasku"),
    ("sähkö", "lasku", "hinta"),
    ("sähkö", "vaihtaa", "sopimus"),
    ("kotikäynti", "vanhus", "arastella"),
    ("kotikäynti", "neuvoja", "vanhus"),
    ("kotikäynti", "lämpöpumppu", "neuvoja"),
    ("kotikäynti", "vanhus", "lämpöpumppu"),
    ("kotikäynti", "arastella", "vieras"),
    ("kirjasto", "laina", "mittari"),  # a small topic of its own
    ("kirjasto", "mittari", "kokeilu"),
    ("kirjasto", "laina", "kokeilu"),
    ("sauna", "vuoro"),  # muu
]
LABELS = np.array([0] * 6 + [1] * 3 + [2] * 6 + [3] * 5 + [4] * 3 + [NOISE])


# the side group says "energiailta" and nothing else its notes share (written after the
# first fixture showed that a side group sharing "arki" and "ilta" stays apart by centroid)
BARE_SIDE = [*NOTES[:6], ("energiailta", "arki", "myöhään"), ("energiailta", "pysäköinti",
             "kaukana"), ("energiailta", "ilta", "lapsi"), *NOTES[9:]]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_a_small_topic_of_its_own_stays_in_every_mode(mode: str) -> None:
    for notes in (NOTES, BARE_SIDE):
        merged = merge_side_groups(notes, LABELS, mode)
        assert set(merged[20:23].tolist()) == {4}
        assert merged[9:20].tolist() == LABELS[9:20].tolist()
        assert merged[23] == NOISE


@pytest.mark.parametrize("mode", ["centroid", "null"])
def test_a_side_group_held_by_the_topic_word_alone_joins_its_topic(mode: str) -> None:
    merged = merge_side_groups(BARE_SIDE, LABELS, mode)
    assert set(merged[:9].tolist()) == {0}


def test_a_side_group_with_words_of_its_own_stays_by_centroid_and_joins_by_null() -> None:
    assert set(merge_side_groups(NOTES, LABELS, "centroid")[6:9].tolist()) == {1}
    assert set(merge_side_groups(NOTES, LABELS, "null")[6:9].tolist()) == {0}


def test_off_keeps_the_labels_and_an_unknown_mode_is_refused() -> None:
    assert merge_side_groups(NOTES, LABELS, "off").tolist() == LABELS.tolist()
    with pytest.raises(ValueError, match="unknown mode"):
        merge_side_groups(NOTES, LABELS, "nearest")


@pytest.mark.parametrize("mode", MODES)
def test_the_merge_leaves_its_input_keeps_two_clusters_and_is_deterministic(mode: str) -> None:
    labels = LABELS.copy()
    first = merge_side_groups(NOTES, labels, mode, random_state=3)
    assert labels.tolist() == LABELS.tolist()
    assert first.tolist() == merge_side_groups(NOTES, labels, mode, random_state=3).tolist()
    assert len(set(first.tolist()) - {NOISE}) >= 2
    two = np.array([0] * 9 + [1] * 14 + [NOISE])
    assert merge_side_groups(NOTES, two, mode).tolist() == two.tolist()


def test_the_settings_switch_the_merge() -> None:
    agreement = np.where(LABELS[:, None] == LABELS[None, :], 0.6, 0.1)
    np.fill_diagonal(agreement, 1.0)
    off = ThemeSettings(split_word_disjoint=False)
    assert word_links(NOTES, LABELS, agreement, off).tolist() == LABELS.tolist()
    assert word_links(BARE_SIDE, LABELS, agreement, off).tolist() == LABELS.tolist()
    on = ThemeSettings(split_word_disjoint=False, side_group_merge="centroid")
    assert set(word_links(BARE_SIDE, LABELS, agreement, on)[:9].tolist()) == {0}


def test_the_config_reads_the_mode_and_refuses_another(tmp_path: Path) -> None:
    def mode(text: str) -> str:
        config = tmp_path / "clinic.toml"
        config.write_text(text, encoding="utf-8")
        settings = load_run_settings(config, input_path=tmp_path, out=tmp_path)
        return settings.themes.side_group_merge

    bundled = Path(__file__).parents[2] / "pipelines" / "clinic.toml"
    assert (
        load_run_settings(bundled, input_path=tmp_path, out=tmp_path).themes.side_group_merge
        == "off"
    )
    assert mode('[themes]\nside_group_merge = "centroid"\n') == "centroid"
    with pytest.raises(ConfigError, match="side_group_merge"):
        mode('[themes]\nside_group_merge = "nearest"\n')


def test_the_config_reads_the_null_tests_draws_and_level(tmp_path: Path) -> None:
    """mend100: the "null" test's draws and quantile are [themes] settings (they were module
    constants); the bundled pipeline writes the documented defaults; out of range is refused."""

    def themes(text: str) -> ThemeSettings:
        config = tmp_path / "clinic.toml"
        config.write_text(text, encoding="utf-8")
        return load_run_settings(config, input_path=tmp_path, out=tmp_path).themes

    bundled = Path(__file__).parents[2] / "pipelines" / "clinic.toml"
    shipped = load_run_settings(bundled, input_path=tmp_path, out=tmp_path).themes
    default = ThemeSettings()
    assert shipped.side_group_null_draws == default.side_group_null_draws == 200
    assert shipped.side_group_null_quantile == default.side_group_null_quantile == 0.95
    read = themes("[themes]\nside_group_null_draws = 50\nside_group_null_quantile = 0.99\n")
    assert (read.side_group_null_draws, read.side_group_null_quantile) == (50, 0.99)
    for line in ("side_group_null_draws = 0", "side_group_null_quantile = 1.0"):
        with pytest.raises(ConfigError, match=line.split(" = ")[0]):
            themes(f"[themes]\n{line}\n")
    # the merge takes them as arguments
    merged = merge_side_groups(NOTES, LABELS, "null", null_draws=50, null_quantile=0.99)
    assert set(merged[6:9].tolist()) == {0}
