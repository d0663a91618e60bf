"""The seed words of the theme "avoimuus" that a text uses in another sense
(themes/seedsense.senseless_seeds, with the default settings' nearness): the one reading of
test_seed_sense_space.py and test_seed_sense_digital.py."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.resources import default_definitions
from muistiinpanot.themes.definitions import load_theme_definitions
from muistiinpanot.themes.seedsense import senseless_seeds
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import VectorCache


def senseless_openness_seeds(analyzer: LemmaAnalyzer, text: str) -> set[str]:
    """The seeds of "avoimuus" in `text` said in another sense."""
    (definition,) = [d for d in load_theme_definitions(default_definitions()) if d.id == "avoimuus"]
    least = ThemeSettings().seed_head_similarity
    return senseless_seeds(text, definition, analyzer, VectorCache(analyzer), least)
