"""A narrow seeded theme's note keeps its theme when its own seeded fit is high (post50,
themes/seeded_groups.py `seeded_keep_fit`): post48's group count releases every note of a
seeded theme that fewer than `seeded_min_groups` groups' notes hold; with the keep fit on,
a note whose fit is at least it stays, the others go to the emergent clustering as before.
Plain inputs: the rule reads only the decided themes, their fits and the groups."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from muistiinpanot.records import NO_THEME
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.seeded_groups import release_narrow_themes

DEFINITIONS = (ThemeDefinition("siilot", "Siilot"), ThemeDefinition("luottamus", "Luottamus"))


def _batch(fits: list[float], groups_of_claims: str) -> tuple[list[str], np.ndarray, list[str]]:
    """25 notes in five groups; the first free note of each group in `groups_of_claims`
    claimed by luottamus with the fit of the same place in `fits` (the others 0.3)."""
    groups = [g for g in "abcde" for _ in range(5)]
    theme_of = [NO_THEME] * len(groups)
    score_of = np.full(len(groups), 0.3)
    for group, fit in zip(groups_of_claims, fits, strict=True):
        row = next(r for r, g in enumerate(groups) if g == group and theme_of[r] == NO_THEME)
        theme_of[row] = "luottamus"
        score_of[row] = fit
    return theme_of, score_of, groups


def _settings(keep: float) -> ThemeSettings:
    return dataclasses.replace(ThemeSettings(), seeded_min_groups=3, seeded_keep_fit=keep)


def test_a_high_fit_note_of_a_narrow_theme_stays_the_low_one_goes() -> None:
    theme_of, score_of, groups = _batch([0.9, 0.4], "ab")
    assert release_narrow_themes(theme_of, score_of, groups, DEFINITIONS, _settings(0.7)) == [
        "luottamus"
    ]
    assert [t for t in theme_of if t != NO_THEME] == ["luottamus"]
    kept = theme_of.index("luottamus")
    assert score_of[kept] == pytest.approx(0.9)  # the kept note keeps its fit
    assert sorted(score_of.round(2).tolist()).count(0.6) == 1  # the released one: 1 - 0.4


def test_all_high_nothing_released_and_off_releases_all() -> None:
    theme_of, score_of, groups = _batch([0.9, 0.8], "ab")
    assert release_narrow_themes(theme_of, score_of, groups, DEFINITIONS, _settings(0.7)) == []
    assert theme_of.count("luottamus") == 2
    # keep fit 0 (the default): post48's rule, every note of the narrow theme released
    assert release_narrow_themes(theme_of, score_of, groups, DEFINITIONS, _settings(0.0)) == [
        "luottamus"
    ]
    assert "luottamus" not in theme_of


def test_a_theme_of_three_groups_is_not_read_for_fit() -> None:
    theme_of, score_of, groups = _batch([0.1, 0.1, 0.1], "abc")
    assert release_narrow_themes(theme_of, score_of, groups, DEFINITIONS, _settings(0.7)) == []
    assert theme_of.count("luottamus") == 3
