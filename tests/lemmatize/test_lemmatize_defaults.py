"""The [lemmatize] defaults are written once, in config_sections.LemmatizeSettings: the
analyzer's own keyword defaults, the Voikko reading's auxiliary gap and the acronym rule's
thresholds are read from it (style178; before, each was a literal of its own)."""

from __future__ import annotations

import inspect

import pytest

from muistiinpanot.config_sections import LemmatizeSettings
from muistiinpanot.lemmatize.acronyms import DEFAULT_LISTED_ACRONYMS
from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer, load_analyzer
from muistiinpanot.lemmatize.phrases import AUXILIARY_GAP

_SETTINGS = LemmatizeSettings()
_SAME_NAMES = ["mode", "batch_size", "max_vectors", "max_person_texts", "max_forms", "reading"]


@pytest.mark.parametrize("function", [LemmaAnalyzer.__init__, load_analyzer.__wrapped__])
@pytest.mark.parametrize("name", [*_SAME_NAMES, "auxiliary_gap"])
def test_analyzer_defaults_are_the_settings_defaults(function: object, name: str) -> None:
    parameter = inspect.signature(function).parameters[name]  # type: ignore[arg-type]
    assert parameter.default == getattr(_SETTINGS, name)


def test_reading_and_acronym_defaults_are_the_settings_defaults() -> None:
    assert _SETTINGS.auxiliary_gap == AUXILIARY_GAP
    assert DEFAULT_LISTED_ACRONYMS.min_zipf == _SETTINGS.acronym_min_zipf
    assert DEFAULT_LISTED_ACRONYMS.margin == _SETTINGS.acronym_margin
