"""Ingest stage: clinic folders and note files → Notes with stable ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from muistiinpanot._lazy import lazy_getattr

if TYPE_CHECKING:
    from muistiinpanot.ingest.discover import read_batches

#: Public name → module that defines it, imported on first use (see muistiinpanot._lazy).
_EXPORTS = {
    "read_batches": "muistiinpanot.ingest.discover",
}

__all__ = ["read_batches"]

__getattr__ = lazy_getattr(__name__, _EXPORTS)
