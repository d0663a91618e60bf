"""Fixtures for reader tests (no language model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import EXPORTS


@pytest.fixture(scope="session")
def exports_dir() -> Path:
    return EXPORTS
