"""Fixtures of the privacy tests (the analyzer and the rest: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: the helpers whose asserts are the tests (finds, leaves): their failures show the values
pytest.register_assert_rewrite("kinds_cases")


@pytest.fixture()
def settings_of_our_own(analyzer: LemmaAnalyzer) -> Iterator[None]:
    """A test that configures the detector with settings of its own: the defaults again after
    it, for the other tests."""
    yield
    configure_privacy(analyzer, PrivacySettings())


@pytest.fixture()
def defaults(analyzer: LemmaAnalyzer) -> Iterator[LemmaAnalyzer]:
    """The analyzer with the detector's documented defaults, and the defaults again after."""
    configure_privacy(analyzer, PrivacySettings())
    yield analyzer
    configure_privacy(analyzer, PrivacySettings())
