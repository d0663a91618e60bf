"""Shared by the tests of kinds of sentence (test_kinds.py, test_kinds10.py, test_kinds12.py):
both modes of the detector (notes and text to publish), what it finds in a text, and whether
it covers a piece."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data

MODES = pytest.mark.parametrize("cautious", [False, True], ids=["notes", "publish"])


def found(analyzer: LemmaAnalyzer, text: str, cautious: bool) -> list[str]:
    """The pieces of `text` the detector finds, in the mode `cautious` names."""
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    return [text[s.start : s.end] for s in spans]


def covered(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool) -> bool:
    """Whether every letter and digit of `piece` (its first occurrence) lies in a finding."""
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    start = text.index(piece)
    return all(
        any(s.start <= k < s.end for s in spans)
        for k in range(start, start + len(piece))
        if text[k].isalnum()
    )
