from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.errors import ConfigError
from muistiinpanot.themes import load_theme_definitions

GOOD = """[[theme]]
id = "siilot"
label = "Siilot"
seed_lemmas = ["siilo"]

[[theme]]
id = "luottamus"
label = "Luottamus"
"""


def test_load_theme_definitions_reads_fixture(themes_fixtures: Path) -> None:
    definitions = load_theme_definitions(themes_fixtures / "themes.toml")
    assert [d.id for d in definitions] == ["siilot", "luottamus"]
    assert "siilo" in definitions[0].seed_lemmas
    assert definitions[0].seed_phrases


def test_load_theme_definitions_reads_project_file() -> None:
    path = Path(__file__).parents[2] / "models" / "themes.toml"
    ids = {d.id for d in load_theme_definitions(path)}
    assert {"siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"} <= ids


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('[[theme]]\nid = "siilot"\nlabel = "Siilot\n', "toml_bad", 3),
        ('[[theme]]\nlabel = "Siilot"\n', "config_missing_key", 1),
        (GOOD + '\n[[theme]]\nid = "siilot"\nlabel = "Taas"\n', "duplicate_id", 10),
        (
            GOOD.replace('label = "Luottamus"', 'label = "L"\ncolour = "red"'),
            "config_unknown_key",
            9,
        ),
        (GOOD.replace('seed_lemmas = ["siilo"]', 'seed_lemmas = "siilo"'), "config_bad_type", 4),
        (GOOD + "\n[settings]\nx = 1\n", "config_unknown_key", 10),
        ('[[theme]]\nid = "Siilot ja"\nlabel = "S"\n', "config_bad_value", 2),
    ],
    ids=[
        "bad-toml",
        "missing-id",
        "duplicate-id",
        "unknown-key",
        "wrong-type",
        "unknown-table",
        "bad-id",
    ],
)
def test_load_theme_definitions_rejects_broken_file(
    tmp_path: Path, text: str, key: str, line: int
) -> None:
    path = tmp_path / "themes.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_theme_definitions(path)
    assert info.value.message_key == key
    assert info.value.path == path
    assert info.value.line == line
    assert "themes.toml" in info.value.user_message()


def test_load_theme_definitions_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_theme_definitions(tmp_path / "nope.toml")
    assert info.value.message_key == "path_missing"
