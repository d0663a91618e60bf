"""Session fixture: the small hand-written fixture clinic of the summary tests."""

from __future__ import annotations

import pytest
from fixture_clinic import FIXTURE, FixtureClinic, load_fixture_clinic

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.fixture(scope="session")
def small_clinic(analyzer: LemmaAnalyzer) -> FixtureClinic:
    return load_fixture_clinic(FIXTURE, analyzer)
