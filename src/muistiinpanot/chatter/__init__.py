"""Chatter stage: notes about the meeting itself get status `chatter` (mark.py tells how)."""

from __future__ import annotations

from muistiinpanot.chatter.mark import mark_chatter
from muistiinpanot.chatter.settings import ChatterSettings

__all__ = ["ChatterSettings", "mark_chatter"]
