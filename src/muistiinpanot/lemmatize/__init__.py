"""Lemmatize stage: Finnish lemmas (spaCy + Voikko) with compound parts."""

from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer, load_analyzer
from muistiinpanot.lemmatize.notes import lemmatize_notes
from muistiinpanot.lemmatize.pretokenized import lemmatize_pretokenized_lines
from muistiinpanot.lemmatize.tokens import LemmaToken

__all__ = [
    "LemmaAnalyzer",
    "LemmaToken",
    "lemmatize_notes",
    "lemmatize_pretokenized_lines",
    "load_analyzer",
]
