"""Every `[privacy]` window, count, share and margin is checked when the settings load (review
39 #6: "owner_window = -5" ran and turned the office-line and identifier guards off). The
shipped pipelines/clinic.toml loads; each value out of bounds is a config error that names
its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.config import ConfigError, load_run_settings


def _load(tmp_path: Path, themes_fixtures: Path, privacy: str) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(
        f'definitions = "{themes_fixtures / "themes.toml"}"\n'
        f'examples = "{themes_fixtures / "examples"}"\n[privacy]\n{privacy}\n',
        encoding="utf-8",
    )
    load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")


@pytest.mark.parametrize(
    "line",
    [
        "owner_window = -5",
        "owner_window = 0",
        "role_window = 0",
        "opinion_window = -1",
        "recipient_window = 0",
        "complement_window = -4",
        "sense_nearest = 0",
        "shortest_nickname = 0",
        "shortest_nickname_prefix = -2",
        "dottable_letters = -1",
        "kin_pair_english_zipf = -3.0",
        "kin_pair_english_zipf = nan",
        "lemma_nearness = 0.0",
        "lemma_nearness = 1.5",
        "lemma_nearness = nan",
        "verb_margin = 2.0",
        "publish_margin = -1.5",
        "name_margin = inf",
        "language_noun_window = -1",
    ],
)
def test_a_setting_out_of_bounds_is_a_config_error(
    tmp_path: Path, themes_fixtures: Path, line: str
) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, themes_fixtures, line)
    assert f"privacy.{line.split(' = ')[0]}" in info.value.user_message()


@pytest.mark.parametrize(
    "line",
    [
        "owner_window = 1",
        "language_noun_window = 0",
        "dottable_letters = 0",
        "lemma_nearness = 1.0",
        "publish_margin = -0.1",
        "verb_margin = 0.0",
    ],
)
def test_a_setting_at_its_bound_loads(tmp_path: Path, themes_fixtures: Path, line: str) -> None:
    _load(tmp_path, themes_fixtures, line)


def test_the_shipped_settings_load(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    load_run_settings(root / "pipelines" / "clinic.toml", input_path=tmp_path, out=tmp_path / "o")
