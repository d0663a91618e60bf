"""Summary stage: themes → a Finnish blog post of highlights, with personal data kept out
(detection lives in `muistiinpanot.privacy`).

`summarize_clinic` builds the post and its trace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from muistiinpanot._lazy import lazy_getattr

if TYPE_CHECKING:
    from muistiinpanot.summarize.post import summarize_clinic
    from muistiinpanot.summarize.settings import SummarySettings

#: Public name → module that defines it, imported on first use (see muistiinpanot._lazy).
_EXPORTS = {
    "summarize_clinic": "muistiinpanot.summarize.post",
    "SummarySettings": "muistiinpanot.summarize.settings",
}

__all__ = ["SummarySettings", "summarize_clinic"]

__getattr__ = lazy_getattr(__name__, _EXPORTS)
