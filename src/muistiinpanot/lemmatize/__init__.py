"""Lemmatize stage: Finnish lemmas (spaCy + Voikko) with compound parts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from muistiinpanot._lazy import lazy_getattr

if TYPE_CHECKING:
    from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer, ParsedToken, load_analyzer
    from muistiinpanot.lemmatize.notes import lemmatize_notes
    from muistiinpanot.lemmatize.pretokenized import lemmatize_pretokenized_lines
    from muistiinpanot.lemmatize.tokens import LemmaToken

#: Public name → module that defines it, imported on first use (see muistiinpanot._lazy).
_EXPORTS = {
    "LemmaAnalyzer": "muistiinpanot.lemmatize.analyzer",
    "load_analyzer": "muistiinpanot.lemmatize.analyzer",
    "ParsedToken": "muistiinpanot.lemmatize.analyzer",
    "lemmatize_notes": "muistiinpanot.lemmatize.notes",
    "lemmatize_pretokenized_lines": "muistiinpanot.lemmatize.pretokenized",
    "LemmaToken": "muistiinpanot.lemmatize.tokens",
}

__all__ = [
    "LemmaAnalyzer",
    "LemmaToken",
    "ParsedToken",
    "lemmatize_notes",
    "lemmatize_pretokenized_lines",
    "load_analyzer",
]

__getattr__ = lazy_getattr(__name__, _EXPORTS)
