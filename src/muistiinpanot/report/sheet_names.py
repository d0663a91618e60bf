"""notes.xlsx's theme sheet names (split out of report/xlsx.py: review 42 #5): a theme's
label with Excel's forbidden characters []:*?/\\' replaced by spaces, cut at a word boundary
within Excel's 31 characters (never on a conjunction, a list in parentheses closed), and made
unique in the workbook with a number."""

from __future__ import annotations

import logging
import re
from typing import Protocol

logger = logging.getLogger(__name__)

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\']")
#: Excel's longest sheet name
_SHEET_MAX = 31


class Speller(Protocol):
    """Voikko's analyses (the report reads a label word's genitive reading)."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...


def sheet_title(name: str, used: set[str], speller: Speller | None = None) -> str:
    """A valid, unique sheet title: Excel's forbidden characters []:*?/\\' replaced by
    spaces, at most 31 characters cut at a word boundary, no trailing space or comma, and a
    number added (within the 31) when the name is taken. `speller` reads the genitives a cut
    leaves last (_cut); without it none is dropped."""
    base = " ".join(_SHEET_FORBIDDEN.sub(" ", name).split()) or "Teema"
    title, number = _cut(base, _SHEET_MAX, speller), 1
    while title.casefold() in used:
        number += 1
        title = f"{_cut(base, _SHEET_MAX - len(str(number)) - 1, speller)} {number}"
    used.add(title.casefold())
    return title


def analyst_sheet_title(name: str, used: set[str], speller: Speller | None = None) -> str:
    """sheet_title of an analyst's label (Theme.edited), with a warning when the label is cut
    to fit Excel's limit: the post prints it whole, the sheet cannot (review 70 #3)."""
    title = sheet_title(name, used, speller)
    if len(" ".join(_SHEET_FORBIDDEN.sub(" ", name).split())) > _SHEET_MAX:
        logger.warning(
            "teeman nimi ”%s” on yli %d merkkiä: notes.xlsx:n välilehden nimeksi lyhennettiin "
            "”%s” (julkaisussa nimi on kokonainen) / the theme's label ”%s” is over %d "
            "characters: its notes.xlsx sheet is named ”%s” (the post prints it whole)",
            name,
            _SHEET_MAX,
            title,
            name,
            _SHEET_MAX,
            title,
        )
    return title


def _cut(text: str, limit: int, speller: Speller | None = None) -> str:
    """`text` in at most `limit` characters, at the last word boundary that fits (a single
    word longer than that is cut), without trailing spaces or punctuation, and never ending
    on a conjunction ("Innovaatiojohtaminen ja", review 40 #25: the cut name says one thing)
    or on a genitive whose head was cut off ("Ruokalista ja oppilaiden", review 70 #3) as
    `speller` reads it (every reading a genitive: "puhelin" and "avain" are nominatives,
    review 71 #4); when only genitives would remain, the plain cut ("Vanhempien ja
    isovanhempien")."""
    if len(text) > limit and text.endswith(")") and "(" in text:
        # a list in parentheses ("Nimeämätön teema (kirjasto, digituki)"): cut inside it and
        # close it, or leave it out when no word of it fits
        inner = _cut(text[: text.rindex(")")], limit - 1, speller)
        return f"{inner})" if "(" in inner.rstrip("(") else inner.rstrip(" (")
    if len(text) > limit:
        head = text[: limit + 1]
        text = head[: head.rindex(" ")] if " " in head.strip() else text[:limit]
        plain = _without_conjunctions(text.split(" "))
        words = list(plain)
        while len(words) > 1 and (_conjunction(words[-1]) or _genitive(words[-1], speller)):
            words.pop()
        if all(_conjunction(w) or _genitive(w, speller) for w in words):
            words = plain  # only genitives: "Oppilaiden" alone says less than the plain cut
        text = " ".join(words)
    return text.rstrip(" ,;.-–") or text[:limit].strip() or "Teema"


#: Coordinating conjunctions (Finnish, and the English of label_en): no cut name ends on one.
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "vai", "mutta", "and", "or"})


def _conjunction(word: str) -> bool:
    return word.casefold().strip(",;.") in _CONJUNCTIONS


def _without_conjunctions(words: list[str]) -> list[str]:
    """`words` without the conjunctions that end them."""
    while len(words) > 1 and _conjunction(words[-1]):
        words = words[:-1]
    return words


def _genitive(word: str, speller: Speller | None) -> bool:
    """Whether `speller` reads a word left last by a cut only as a genitive, the attribute of
    the word cut off after it ("oppilaiden", "kunnan"; not "puhelin", a nominative)."""
    if speller is None:
        return False
    readings = speller.analyze(word.casefold().strip(",;."))
    return bool(readings) and all(a.get("SIJAMUOTO") == "omanto" for a in readings)
