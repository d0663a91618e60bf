"""Ingest stage: clinic folders and note files → Notes with stable ids."""

from muistiinpanot.ingest.discover import read_batches

__all__ = ["read_batches"]
