"""A name tagged on after a point ("Kunnan pitäisi tiedottaa paremmin - Virtanen", "…
selvemmin, Laaksonen"; review 57 #3, post40): the note-taker signed the point with who made
it. The point is kept without the tag rather than dropped whole: a dash or comma, then only
names the detectors found (a full name's parts side by side), then the sentence's end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.spans import PersonalSpan

#: A dash or a comma that a tag follows, with the spaces around it.
_SEPARATOR = re.compile(r"\s*(?:[-–—]|,)\s*$")
_END = ".!?"


def cut_name_tag(
    sentence: str, spans: Sequence[PersonalSpan]
) -> tuple[str, list[PersonalSpan]] | None:
    """`sentence` without a trailing name tag (its closing mark kept) and the spans left
    before it; None when the sentence ends in no name after a dash or a comma, or nothing
    with a letter stands before the tag."""
    body_end = len(sentence.rstrip().rstrip(_END).rstrip())
    start, tagged = body_end, []
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        if span.kind != "nimi" or sentence[span.end : start].strip():
            break
        tagged.append(span)
        start = span.start
    if not tagged:
        return None
    separator = _SEPARATOR.search(sentence[:start])
    if separator is None or not re.search(r"[^\W\d_]", sentence[: separator.start()]):
        return None
    cut = sentence[: separator.start()] + sentence[body_end:].strip()
    return cut, [s for s in spans if s not in tagged]
