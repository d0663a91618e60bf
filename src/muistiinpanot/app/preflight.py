"""Checks of a run's paths before anything heavy loads: a wrong path answers at once.

Imports nothing beyond the standard library and our light modules (no numpy, no spaCy).
"""

from __future__ import annotations

from muistiinpanot.config import RunSettings
from muistiinpanot.errors import InputError


def check_run(settings: RunSettings) -> None:
    """Raise InputError for an input path or theme definitions file that does not exist."""
    if not settings.input.exists():
        raise InputError("path_missing", path=settings.input)
    if not settings.theme_definitions.is_file():
        raise InputError("path_missing", path=settings.theme_definitions)
