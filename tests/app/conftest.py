"""Fixtures for the app tests (themes_fixtures and definitions come from tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def fast_run_config(tmp_path_factory: pytest.TempPathFactory, themes_fixtures: Path) -> Path:
    """A pipeline file for quick end-to-end runs: the small fixture themes and examples, fast
    lemmas, and no waiting for a locked output folder."""
    path = tmp_path_factory.mktemp("config") / "fast.toml"
    path.write_text(
        f'definitions = "{themes_fixtures / "themes.toml"}"\n'
        f'examples = "{themes_fixtures / "examples"}"\n'
        '[lemmatize]\nmode = "fast"\n[output]\nlock_timeout = 0\n',
        encoding="utf-8",
    )
    return path
