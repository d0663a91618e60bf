"""Themes stage: seeded themes (models/themes.toml), emergent themes, muu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from muistiinpanot._lazy import lazy_getattr

if TYPE_CHECKING:
    from muistiinpanot.themes.assign import assign_themes
    from muistiinpanot.themes.definitions import ThemeDefinition, load_theme_definitions
    from muistiinpanot.themes.settings import ThemeSettings

#: Public name → module that defines it, imported on first use (see muistiinpanot._lazy).
_EXPORTS = {
    "assign_themes": "muistiinpanot.themes.assign",
    "ThemeDefinition": "muistiinpanot.themes.definitions",
    "load_theme_definitions": "muistiinpanot.themes.definitions",
    "ThemeSettings": "muistiinpanot.themes.settings",
}

__all__ = ["ThemeDefinition", "ThemeSettings", "assign_themes", "load_theme_definitions"]

__getattr__ = lazy_getattr(__name__, _EXPORTS)
