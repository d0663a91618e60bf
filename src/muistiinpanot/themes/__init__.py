"""Themes stage: seeded themes (models/themes.toml), emergent themes, muu."""

from muistiinpanot.themes.assign import assign_themes
from muistiinpanot.themes.definitions import ThemeDefinition, load_theme_definitions
from muistiinpanot.themes.settings import ThemeSettings

__all__ = ["ThemeDefinition", "ThemeSettings", "assign_themes", "load_theme_definitions"]
