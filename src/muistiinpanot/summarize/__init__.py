"""Summary stage: themes → a Finnish blog post of highlights, with personal data kept out.

`summarize_clinic` builds the post and its trace; `redact_text` / `redact_notes` replace
personal data in notes for `--redact`.
"""

from muistiinpanot.summarize.post import summarize_clinic
from muistiinpanot.summarize.privacy import PersonalDataLeak, redact_notes, redact_text
from muistiinpanot.summarize.settings import SummarySettings

__all__ = [
    "PersonalDataLeak",
    "SummarySettings",
    "redact_notes",
    "redact_text",
    "summarize_clinic",
]
