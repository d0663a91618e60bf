"""Summary stage: themes → a Finnish blog post of highlights, with personal data kept out.

`summarize_clinic` builds the post and its trace; `redact_text` / `redact_notes` replace
personal data in notes for `--redact`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from muistiinpanot._lazy import lazy_getattr

if TYPE_CHECKING:
    from muistiinpanot.summarize.post import summarize_clinic
    from muistiinpanot.summarize.privacy import PersonalDataLeak, redact_notes, redact_text
    from muistiinpanot.summarize.settings import SummarySettings

#: Public name → module that defines it, imported on first use (see muistiinpanot._lazy).
_EXPORTS = {
    "summarize_clinic": "muistiinpanot.summarize.post",
    "PersonalDataLeak": "muistiinpanot.summarize.privacy",
    "redact_notes": "muistiinpanot.summarize.privacy",
    "redact_text": "muistiinpanot.summarize.privacy",
    "SummarySettings": "muistiinpanot.summarize.settings",
}

__all__ = ["PersonalDataLeak", "SummarySettings", "redact_notes", "redact_text", "summarize_clinic"]

__getattr__ = lazy_getattr(__name__, _EXPORTS)
