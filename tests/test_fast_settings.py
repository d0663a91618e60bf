"""Fast mode's trades ([fast] in pipelines/*.toml): applied when the lemmatizer is fast (the
--fast option or [lemmatize] mode = "fast"), never in accurate mode, and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.themes import ThemeSettings


def _settings(tmp_path: Path, text: str, *, fast: bool = False) -> int:
    return _both(tmp_path, text, fast=fast)[0]


def _both(tmp_path: Path, text: str, *, fast: bool = False) -> tuple[int, int]:
    """(themes consensus_seeds, summary parse_notes) of a pipeline file `text`."""
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    settings = load_run_settings(path, input_path=tmp_path, out=tmp_path / "out", fast=fast)
    return settings.themes.consensus_seeds, settings.summary.parse_notes


def test_fast_settings_replace_consensus_seeds_only_in_fast_mode(tmp_path: Path) -> None:
    accurate = ThemeSettings().consensus_seeds
    assert _settings(tmp_path, "") == accurate
    assert _settings(tmp_path, "[fast]\nconsensus_seeds = 4\n") == accurate
    assert _settings(tmp_path, "", fast=True) == 2  # the documented default trade
    assert _settings(tmp_path, '[lemmatize]\nmode = "fast"\n') == 2
    assert _settings(tmp_path, "[fast]\nconsensus_seeds = 4\n", fast=True) == 4
    # a [fast] value equal to the accurate one keeps the accurate consensus
    assert _settings(tmp_path, f"[fast]\nconsensus_seeds = {accurate}\n", fast=True) == accurate


def test_fast_settings_replace_parse_notes_only_in_fast_mode(tmp_path: Path) -> None:
    assert _both(tmp_path, "")[1] == 0  # accurate: every note of a bullet's theme is parsed
    assert _both(tmp_path, "[summary]\nparse_notes = 5\n")[1] == 5
    assert _both(tmp_path, "", fast=True)[1] == 6
    assert _both(tmp_path, "[fast]\nparse_notes = 0\n", fast=True) == (2, 0)


def test_fast_settings_bad_value_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        _settings(tmp_path, "[fast]\nconsensus_seeds = 0\n")
    assert "fast.consensus_seeds" in info.value.user_message()
    with pytest.raises(ConfigError) as info:
        _settings(tmp_path, "[fast]\nparse_notes = -1\n")
    assert "fast.parse_notes" in info.value.user_message()
    with pytest.raises(ConfigError) as info:
        _settings(tmp_path, "[fast]\nconsensus_runs = 2\n", fast=True)
    assert "consensus_runs" in info.value.user_message()


def test_fast_settings_leave_the_exemplar_view_out_only_in_fast_mode(tmp_path: Path) -> None:
    def view(text: str, *, fast: bool = False) -> bool:
        path = tmp_path / "clinic.toml"
        path.write_text(text, encoding="utf-8")
        settings = load_run_settings(path, input_path=tmp_path, out=tmp_path / "out", fast=fast)
        return settings.themes.exemplar_view

    assert view("") and view("[fast]\nexemplar_view = false\n")
    assert not view("", fast=True)
    assert not view('[lemmatize]\nmode = "fast"\n')
    assert view("[fast]\nexemplar_view = true\n", fast=True)


def test_fast_mode_weighs_its_views_alike(tmp_path: Path) -> None:
    """The accurate mode weighs the classifier four times either similarity view; fast mode
    keeps the views alike ([fast] view_weights), and a bad weight is an error either way."""

    def weights(text: str, *, fast: bool = False) -> tuple[float, ...]:
        path = tmp_path / "clinic.toml"
        path.write_text(text, encoding="utf-8")
        settings = load_run_settings(path, input_path=tmp_path, out=tmp_path / "out", fast=fast)
        return settings.themes.view_weights

    assert weights("") == ThemeSettings().view_weights == (0.25, 0.25, 1.0)
    assert weights("", fast=True) == (1.0, 1.0, 1.0)
    assert weights("[fast]\nview_weights = [0.5, 0, 1]\n", fast=True) == (0.5, 0.0, 1.0)
    assert weights("[fast]\nview_weights = [0.5, 0, 1]\n") == (0.25, 0.25, 1.0)
    with pytest.raises(ConfigError) as info:
        weights("[fast]\nview_weights = [0, 1, 1]\n")
    assert "fast.view_weights" in info.value.user_message()
