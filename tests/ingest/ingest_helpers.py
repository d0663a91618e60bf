"""Helpers for reader tests: read one file as `run` would (no language model needed)."""

from __future__ import annotations

from pathlib import Path

from muistiinpanot.ingest.discover import read_file
from muistiinpanot.ingest.rawnote import FileRead
from muistiinpanot.ingest.settings import IngestSettings

EXPORTS = Path(__file__).parents[1] / "fixtures" / "ingest" / "exports"


def read_one(path: Path, settings: IngestSettings | None = None) -> FileRead:
    """Read `path` with its reader, its name as the relative path."""
    return read_file(path, path.name, settings or IngestSettings())
