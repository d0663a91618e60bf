"""Review 56 #3 (mend116): the bundled pipelines/clinic.toml lists every settings key of
every table a pipeline file reads, so that a newcomer finds each knob there; a field added
to a settings dataclass without its line in the file fails here. The file's keys are also
all read (no stale key a dataclass lost)."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from muistiinpanot.config import _SECTIONS, load_run_settings

CLINIC_TOML = Path(__file__).resolve().parents[1] / "pipelines" / "clinic.toml"


def _tables() -> dict[str, dict[str, object]]:
    with CLINIC_TOML.open("rb") as handle:
        return tomllib.load(handle)


@pytest.mark.parametrize("section", sorted(_SECTIONS))
def test_every_settings_field_is_in_the_bundled_clinic_toml(section: str) -> None:
    table = _tables().get(section, {})
    fields = [field.name for field in dataclasses.fields(_SECTIONS[section])]
    assert [name for name in fields if name not in table] == []
    assert [key for key in table if key not in fields] == []


def test_each_listed_key_has_its_comment() -> None:
    lines = CLINIC_TOML.read_text(encoding="utf-8").splitlines()
    keyed = [line for line in lines if line and not line.startswith(("#", "[")) and "=" in line]
    bare = [
        line
        for line in keyed
        if "#" not in line and not line.startswith(("definitions", "random_state"))
    ]
    assert bare == []


def test_the_bundled_file_loads(tmp_path: Path) -> None:
    settings = load_run_settings(CLINIC_TOML, input_path=tmp_path, out=tmp_path / "out")
    assert settings.chatter.bare_notes and settings.summary.rank_by_groups


def test_a_copied_config_reads_its_paths_relative_to_itself(tmp_path: Path) -> None:
    """README (`run` options, review 56 #4): `definitions` is read from the config file's
    folder, not the working folder, so a copy elsewhere names another file."""
    copy = tmp_path / "own" / "clinic.toml"
    copy.parent.mkdir()
    copy.write_text(CLINIC_TOML.read_text(encoding="utf-8"), encoding="utf-8")
    settings = load_run_settings(copy, input_path=tmp_path, out=tmp_path / "out")
    assert settings.theme_definitions == (tmp_path / "models" / "themes.toml").resolve()
    bundled = load_run_settings(CLINIC_TOML, input_path=tmp_path, out=tmp_path / "out")
    assert bundled.theme_definitions == CLINIC_TOML.parents[1] / "models" / "themes.toml"
