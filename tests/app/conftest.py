"""Fixtures for the app tests: the small theme definitions and examples of tests/fixtures/themes."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.themes import ThemeDefinition, load_theme_definitions


@pytest.fixture(scope="session")
def themes_fixtures(fixtures_dir: Path) -> Path:
    return fixtures_dir / "themes"


@pytest.fixture(scope="session")
def definitions(themes_fixtures: Path) -> tuple[ThemeDefinition, ...]:
    return load_theme_definitions(themes_fixtures / "themes.toml")
