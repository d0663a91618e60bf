"""The consensus's view weights (`align_view_weights`, docs/how-it-works.md round 23): each
view's base partitions count their weight in the co-association."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.emergent import co_association


def _views(seed: int) -> list[np.ndarray]:
    """Three similarity views of 24 notes in 4 groups, each view noisier in its own way, so
    that their partitions differ."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(4, 20))
    views = []
    for noise in (0.4, 0.8, 1.2):
        rows = np.repeat(centres, 6, axis=0) + noise * rng.normal(size=(24, 20))
        unit = rows / np.linalg.norm(rows, axis=1, keepdims=True)
        views.append(unit @ unit.T)
    return views


def _weighted(views: list[np.ndarray], weights: tuple[float, ...]) -> np.ndarray:
    return co_association(views, ThemeSettings(align_view_weights=weights, consensus_seeds=2))


def test_a_view_of_weight_zero_is_left_out() -> None:
    """1, 1, 0 is the consensus of the first two views alone (round 22's no-full)."""
    views = _views(0)
    without = co_association(views[:2], ThemeSettings(consensus_seeds=2))
    assert np.array_equal(_weighted(views, (1.0, 1.0, 0.0)), without)
    assert not np.array_equal(_weighted(views, (1.0, 1.0, 1.0)), without)


@pytest.mark.parametrize("weights", [(1.0, 1.0, 0.5), (0.25, 1.0, 2.0)])
def test_each_view_counts_its_weight(weights: tuple[float, float, float]) -> None:
    """Every view has as many base partitions, so the weighted share is the weighted mean
    of each view's own share (a view alone: the others at 0)."""
    views = _views(1)
    alone = [_weighted(views, tuple(float(i == j) for j in range(3))) for i in range(3)]
    expected = sum(w * a for w, a in zip(weights, alone, strict=True)) / sum(weights)
    assert np.allclose(_weighted(views, weights), expected, rtol=0, atol=1e-12)


def test_only_the_ratio_of_the_weights_counts() -> None:
    """Weights 0.5, 0.5, 0.5 are the equal-weight consensus of rounds 10-22 to the bit, and
    so is any ratio-equal setting whose weighted sums are exact (short binary fractions,
    3 = 3 x 1 too); weights like 0.3 agree up to the last bit (review 28 #11)."""
    views = _views(2)
    equal = _weighted(views, (1.0, 1.0, 1.0))
    assert np.array_equal(_weighted(views, (0.5, 0.5, 0.5)), equal)
    assert np.array_equal(_weighted(views, (3.0, 3.0, 3.0)), equal)
    assert np.array_equal(_weighted(views, (2.0, 2.0, 0.5)), _weighted(views, (1.0, 1.0, 0.25)))
    assert np.array_equal(_weighted(views, (3.0, 3.0, 0.75)), _weighted(views, (1.0, 1.0, 0.25)))
    assert np.allclose(_weighted(views, (0.3, 0.3, 0.3)), equal, rtol=0, atol=1e-15)
    lighter = _weighted(views, (1.0, 1.0, 0.3))
    assert np.allclose(_weighted(views, (10 / 3, 10 / 3, 1.0)), lighter, rtol=0, atol=1e-15)
    assert not np.array_equal(lighter, equal)


def test_the_default_weighs_the_full_sif_view_a_quarter() -> None:
    """Round 23: the full-SIF view's partitions count a quarter of the others'; a view set
    without one weight per view (no word vectors: one cosine view) counts alike."""
    views = _views(3)
    settings = ThemeSettings(consensus_seeds=2)
    assert settings.align_view_weights == (1.0, 1.0, 0.25)
    default = co_association(views, settings)
    # review 28 #12: checked against the views' own shares, not against the same call again
    alone = [_weighted(views, tuple(float(i == j) for j in range(3))) for i in range(3)]
    expected = (alone[0] + alone[1] + 0.25 * alone[2]) / 2.25
    assert np.allclose(default, expected, rtol=0, atol=1e-12)
    assert not np.array_equal(default, _weighted(views, (1.0, 1.0, 1.0)))
    assert np.array_equal(co_association(views[:1], settings), _weighted(views[:1], (1.0,)))


@pytest.mark.parametrize(
    ("weights", "ok"),
    [
        ("[1, 1, 0.25]", True),
        ("[1, 1]", False),
        ("[1, -1, 1]", False),
        ("[0, 0, 0]", False),
        ("[nan, 1.0, 1.0]", False),  # review 28 #7: NaN and inf crashed the clustering
        ("[inf, 1, 1]", False),
        ("[1, 1, -inf]", False),
    ],
)
def test_view_weights_are_read_from_the_themes_table(
    tmp_path: Path, weights: str, ok: bool
) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(f"[themes]\nalign_view_weights = {weights}\n", encoding="utf-8")
    if ok:
        settings = load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
        assert settings.themes.align_view_weights == (1.0, 1.0, 0.25)
    else:
        with pytest.raises(ConfigError) as info:
            load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
        assert "themes.align_view_weights" in info.value.user_message()
