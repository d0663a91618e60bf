"""Whose day a whole name's day is (docs/privacy.md, "Round 18" tidied): before a day's
noun ("päivä", lexicon `day_heads`), a whole name names the day only when it is a person
the almanac gives a day (lexicon `eponym_days`: "Aleksis Kiven päivänä", "Minna Canth
-päivä"); any other whole name's day is the person's own ("Pekka Virtasen päivänä", "Kaisa
Lindholm -päivä") and the name stays personal. named_days.py, organisations.py and
compound_names.py ask this before they unmark a name before a day's noun; the lists come
from lexicons/lookalikes.toml through their callers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, LAST, Word
from muistiinpanot.privacy.protocols import Analyses

#: What separates the words of a listed name: spaces and the full stops of initials.
_SEPARATORS = re.compile(r"[\s.]+")


def day_noun(word: str, voikko: Analyses, days: Sequence[str]) -> bool:
    """Whether a reading of the word is one of the day's nouns `days` itself, in any case
    ("päivänä", "päivää"; not a compound: "syntymäpäivänä" is named_days.own_day's)."""
    return any(a.get("BASEFORM", "").casefold() in days for a in voikko.analyze(word.casefold()))


def private_day(words: Sequence[Word], voikko: Analyses, eponyms: Sequence[str]) -> bool:
    """Whether `words`, a chain of names, are a whole name (given names or initials, then
    a surname: no saint's "Pyhän Henrikin") that none of `eponyms` (whole names, initials
    with full stops) ends in: the day after it is the person's own. The surname is read by
    its base forms ("Kiven": Kivi), the words before it as written ("J. L. Runebergin")."""
    if len(words) < 2 or LAST not in words[-1].classes:
        return False
    if not all(FIRST in w.classes or len(w.text) == 1 for w in words[:-1]):
        return False  # "Pyhän Henrikin päivänä": a saint's day, no given name and surname
    given = tuple(w.text.casefold() for w in words[:-1])
    last = words[-1].text
    surnames = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(last)} | {last.casefold()}
    for name in eponyms:
        listed = tuple(_SEPARATORS.split(name.casefold().strip(". ")))
        if any(listed[-len(given) - 1 :] == (*given, s) for s in surnames):
            return False
    return True
