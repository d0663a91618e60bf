"""One check the privacy tests share: is a piece of a text inside a span the detector finds."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data


def covered(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool = True) -> bool:
    """Whether `piece` (its first place in `text`) lies inside one span of personal data found in
    `text` (`cautious`: the publisher's reading)."""
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    start = text.index(piece)
    return any(s.start <= start and start + len(piece) <= s.end for s in spans)
