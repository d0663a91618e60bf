"""notes.xlsx's theme sheet names (split out of report/xlsx.py: review 42 #5): a theme's
label with Excel's forbidden characters []:*?/\\' replaced by spaces, cut at a word boundary
within Excel's 31 characters (never on a conjunction, a list in parentheses closed), and made
unique in the workbook with a number."""

from __future__ import annotations

import re

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\']")
#: Excel's longest sheet name
_SHEET_MAX = 31


def sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique sheet title: Excel's forbidden characters []:*?/\\' replaced by
    spaces, at most 31 characters cut at a word boundary, no trailing space or comma, and a
    number added (within the 31) when the name is taken."""
    base = " ".join(_SHEET_FORBIDDEN.sub(" ", name).split()) or "Teema"
    title, number = _cut(base, _SHEET_MAX), 1
    while title.casefold() in used:
        number += 1
        title = f"{_cut(base, _SHEET_MAX - len(str(number)) - 1)} {number}"
    used.add(title.casefold())
    return title


def _cut(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, at the last word boundary that fits (a single
    word longer than that is cut), without trailing spaces or punctuation, and never ending
    on a conjunction ("Innovaatiojohtaminen ja", review 40 #25: the cut name says one thing)."""
    if len(text) > limit and text.endswith(")") and "(" in text:
        # a list in parentheses ("Nimeämätön teema (kirjasto, digituki)"): cut inside it and
        # close it, or leave it out when no word of it fits
        inner = _cut(text[: text.rindex(")")], limit - 1)
        return f"{inner})" if "(" in inner.rstrip("(") else inner.rstrip(" (")
    if len(text) > limit:
        head = text[: limit + 1]
        text = head[: head.rindex(" ")] if " " in head.strip() else text[:limit]
        words = text.split(" ")
        while len(words) > 1 and words[-1].casefold().strip(",;.") in _CONJUNCTIONS:
            words.pop()
        text = " ".join(words)
    return text.rstrip(" ,;.-–") or text[:limit].strip() or "Teema"


#: Coordinating conjunctions (Finnish, and the English of label_en): no cut name ends on one.
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "vai", "mutta", "and", "or"})
