"""Word classes from Voikko's readings, one reading shared by the privacy rules and the
summary (review 79 #3: privacy/ages.py had copied summarize/adverbroots.py's test)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["only_adverb"]


def only_adverb(readings: Sequence[Mapping[str, str]]) -> bool:
    """Whether a word's Voikko `readings` are all of an adverb ("peräkkäin", "julki"), and
    there is one."""
    return bool(readings) and all(a.get("CLASS") == "seikkasana" for a in readings)
