"""A piece of personal data in a text, and the two operations every detector's output goes
through: merging overlapping spans and replacing them with placeholders."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Kind = Literal["nimi", "sähköposti", "puhelin", "henkilötunnus", "tilinumero", "osoite"]

#: What each kind of personal data is replaced with in published text.
PLACEHOLDERS: dict[str, str] = {
    "nimi": "[nimi]",
    "sähköposti": "[sähköposti]",
    "puhelin": "[puhelin]",
    "henkilötunnus": "[henkilötunnus]",
    "tilinumero": "[tilinumero]",
    "osoite": "[osoite]",
}


#: Our own placeholders in a text, numbered or not ("[nimi]", "[nimi-2]").
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(PLACEHOLDERS) + r")(?:-\d+)?\]")


def mask_placeholders(text: str) -> str:
    """`text` with our placeholders blanked out (same length, so offsets hold): a redacted
    name is no evidence that its neighbour is a name, for NER or for the context rules."""
    return _PLACEHOLDER.sub(lambda match: " " * len(match.group(0)), text)


@dataclass(frozen=True, slots=True, order=True)
class PersonalSpan:
    """A piece of personal data at text[start:end]."""

    start: int
    end: int
    kind: Kind


def merge_spans(text: str, spans: Sequence[PersonalSpan]) -> list[PersonalSpan]:
    """Overlapping spans become one (the kind of the earliest-starting, longest span); names
    separated only by spaces ("Sari Virtanen") become one name. A name never reaches into a
    span of another kind (trim_names_at_patterns)."""
    merged: list[PersonalSpan] = []
    for span in sorted(
        trim_names_at_patterns(text, spans), key=lambda s: (s.start, -s.end, s.kind)
    ):
        if merged:
            last = merged[-1]
            touching = last.kind == span.kind == "nimi" and not text[last.end : span.start].strip()
            if span.start < last.end or touching:
                merged[-1] = PersonalSpan(last.start, max(last.end, span.end), last.kind)
                continue
        merged.append(span)
    return merged


def trim_names_at_patterns(text: str, spans: Sequence[PersonalSpan]) -> list[PersonalSpan]:
    """Each name span that overlaps a span of another kind (a phone number, an e-mail
    address, an identity code, an IBAN, an address: found by their patterns, exact to the
    character) as the pieces of it outside that span, each trimmed of the spaces and
    punctuation beside the cut and kept only when a letter is left; a name inside such a span
    is left to it. NER's "Pekka 040" beside the number "040 765 4321" is the name "Pekka" and
    the number (review 80 #1: the number was published as "[nimi]", and a reader lost that it
    was a number)."""
    others = [s for s in spans if s.kind != "nimi"]
    if not others:
        return list(spans)
    result = [s for s in spans if s.kind != "nimi"]
    for span in spans:
        if span.kind != "nimi":
            continue
        if not any(o.start < span.end and span.start < o.end for o in others):
            result.append(span)
            continue
        pieces = [(span.start, span.end)]
        for other in others:
            cut = []
            for start, end in pieces:
                if other.start >= end or other.end <= start:
                    cut.append((start, end))
                    continue
                cut += [(start, other.start), (other.end, end)]
            pieces = cut
        for start, end in pieces:
            start, end = _letters_within(text, start, end)
            if start < end:
                result.append(PersonalSpan(start, end, span.kind))
    return result


def _letters_within(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] narrowed to its first and last letter ((start, start) if it has none)."""
    while start < end and not text[start].isalpha():
        start += 1
    while end > start and not text[end - 1].isalpha():
        end -= 1
    return start, end


#: Quotation marks; one between two letters is an apostrophe ("O'Brien"), not a quote.
_QUOTES = "\"'“”«»„"


def split_at_quotes(text: str, spans: Sequence[PersonalSpan]) -> list[PersonalSpan]:
    """Each span that holds one quotation mark of a pair, its partner outside (NER's
    'Mikkoa "Jokeksi'), as the pieces on either side of it, so a redaction leaves the quote
    whole ('[nimi] "[nimi]"'; review 26, finding 9); a span with none or a whole pair inside
    ('Mikko "Joke" Virtanen') stays."""
    result = []
    for span in spans:
        marks = [
            k
            for k in range(span.start, span.end)
            if text[k] in _QUOTES
            and not (0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha())
        ]
        if len(marks) != 1:
            result.append(span)
            continue
        mark = marks[0]
        left = len(text[span.start : mark].rstrip())
        right = len(text[mark + 1 : span.end]) - len(text[mark + 1 : span.end].lstrip())
        if left:
            result.append(PersonalSpan(span.start, span.start + left, span.kind))
        if mark + 1 + right < span.end:
            result.append(PersonalSpan(mark + 1 + right, span.end, span.kind))
    return result


def replace_spans(
    text: str, spans: Sequence[PersonalSpan], placeholders: dict[str, str] | None = None
) -> str:
    """`text` with each span replaced by its kind's placeholder."""
    table = placeholders or PLACEHOLDERS
    parts = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(table[span.kind])
        position = span.end
    parts.append(text[position:])
    return "".join(parts)
