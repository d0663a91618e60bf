"""Ingest stage: clinic folders and note files → Notes with stable ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from muistiinpanot._lazy import lazy_getattr

if TYPE_CHECKING:
    from muistiinpanot.ingest.discover import READERS, InputSet, read_batches, read_input
    from muistiinpanot.ingest.settings import IngestSettings

#: Public name → module that defines it, imported on first use (see muistiinpanot._lazy).
_EXPORTS = {
    "READERS": "muistiinpanot.ingest.discover",
    "InputSet": "muistiinpanot.ingest.discover",
    "read_batches": "muistiinpanot.ingest.discover",
    "read_input": "muistiinpanot.ingest.discover",
    "IngestSettings": "muistiinpanot.ingest.settings",
}

__all__ = ["READERS", "IngestSettings", "InputSet", "read_batches", "read_input"]

__getattr__ = lazy_getattr(__name__, _EXPORTS)
