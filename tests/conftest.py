"""Shared fixtures: the real spaCy Finnish model and Voikko, loaded once per test run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from muistiinpanot.app.pipeline import Models, load_models
from muistiinpanot.config import RunSettings, load_run_settings
from muistiinpanot.lemmatize import LemmaAnalyzer, load_analyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy
from muistiinpanot.themes import ThemeDefinition, load_theme_definitions

FIXTURES = Path(__file__).parent / "fixtures"

# In CI the property tests draw the same examples every run (derandomize), so that a landing
# is never decided by luck; locally they keep exploring new examples.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ files from the current output instead of comparing",
    )


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or write the user's cache folder."""
    os.environ["MUISTIINPANOT_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture()
def user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user cache folder of the test's own (MUISTIINPANOT_CACHE), not made yet."""
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path / "c"))
    return tmp_path / "c"


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def analyzer() -> LemmaAnalyzer:
    """The accurate analyzer (neural tagger + Voikko)."""
    return load_analyzer("accurate")


@pytest.fixture(scope="session")
def bundled_models(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunSettings, Models]:
    """The default run settings (bundled themes and examples, accurate mode) and their models,
    loaded once per test run, so the example classifier is fitted once (review 88 #4). Their
    analyzer is its own, not the `analyzer` fixture's: a run's privacy settings are kept per
    analyzer, and sharing one let a test's settings reach the fixture's (review 90 #3)."""
    folder = tmp_path_factory.mktemp("bundled")
    settings = load_run_settings(None, input_path=folder, out=folder / "out")
    return settings, load_models(settings)


@pytest.fixture()
def ner_calls(analyzer: LemmaAnalyzer, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Each call of NER (the real model, counted): the texts it read; a detector memo of
    our own (configure_privacy), so that nothing read before is skipped."""
    configure_privacy(analyzer, PrivacySettings())
    calls: list[list[str]] = []
    real = analyzer.person_spans

    def counted(texts: list[str]) -> list[list[tuple[int, int]]]:
        calls.append(list(texts))
        return real(texts)

    monkeypatch.setattr(analyzer, "person_spans", counted)
    return calls


@pytest.fixture(scope="session")
def fast_analyzer() -> LemmaAnalyzer:
    """The fast analyzer (Voikko only, no neural tagger)."""
    return load_analyzer("fast")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def themes_fixtures(fixtures_dir: Path) -> Path:
    """The small theme definitions and labelled examples of tests/fixtures/themes."""
    return fixtures_dir / "themes"


@pytest.fixture(scope="session")
def definitions(themes_fixtures: Path) -> tuple[ThemeDefinition, ...]:
    return load_theme_definitions(themes_fixtures / "themes.toml")
