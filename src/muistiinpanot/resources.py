"""The data that ships with the package: theme definitions, labelled example notes and the
default pipeline settings.

In the repository they live at the top level (`models/`, `pipelines/`), where the design puts
them; the wheel carries them inside the package as `muistiinpanot/_bundled/` (a build-backend
mapping in pyproject.toml). They are found through `importlib.resources`, so an installed CLI
gives the same output from any folder; in a source checkout (an editable install) the
top-level folders are used.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: The repository root of a source checkout (src/muistiinpanot/resources.py → ../../..).
_CHECKOUT = Path(__file__).resolve().parents[2]


def bundled_path(relative: str) -> Path:
    """Path of bundled data, e.g. `bundled_path("models/themes.toml")`."""
    packaged = resources.files("muistiinpanot").joinpath("_bundled", *relative.split("/"))
    if packaged.is_file() or packaged.is_dir():
        return Path(str(packaged))
    return _CHECKOUT / relative


def default_definitions() -> Path:
    return bundled_path("models/themes.toml")


def default_examples() -> Path:
    return bundled_path("models/training")


def default_pipeline() -> Path:
    return bundled_path("pipelines/clinic.toml")
