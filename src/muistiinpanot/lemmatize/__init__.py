"""Lemmatize stage: Finnish lemmas (spaCy + Voikko) with compound parts."""

from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer, LemmaToken, load_analyzer
from muistiinpanot.lemmatize.notes import lemmatize_notes

__all__ = ["LemmaAnalyzer", "LemmaToken", "lemmatize_notes", "load_analyzer"]
