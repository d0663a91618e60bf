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

from muistiinpanot.privacy.context import FIRST, LAST, Word, adjacent
from muistiinpanot.privacy.protocols import Analyses

#: What separates the words of a listed name: spaces and the full stops of initials.
_SEPARATORS = re.compile(r"[\s.]+")


def day_noun(word: str, voikko: Analyses, days: Sequence[str]) -> bool:
    """Whether a reading of the word is one of the day's nouns `days` itself, in any case
    ("päivänä", "päivää"; not a compound: "syntymäpäivänä" is named_days.own_day's)."""
    return any(a.get("BASEFORM", "").casefold() in days for a in voikko.analyze(word.casefold()))


def chain_start(text: str, words: Sequence[Word], names: Sequence[bool], i: int) -> int:
    """Where the chain of names that ends at i begins: back over words marked as names or
    read as given names, written together ("Kalle Kiven": Voikko reads "Kiven" only as
    kivi, a stone, and the name may be unmarked before the chain is read)."""
    start = i
    while start > 0 and adjacent(text, words[start - 1], words[start]):
        before = words[start - 1]
        if not (names[start - 1] or (FIRST in before.classes and before.text[:1].isupper())):
            break
        start -= 1
    return start


def private_day(words: Sequence[Word], voikko: Analyses, eponyms: Sequence[str]) -> bool:
    """Whether `words`, a chain of names, are a whole name (given names or initials, then
    a surname: no saint's "Pyhän Henrikin") that is none of `eponyms` in full: the day
    after it is the person's own. The surname is read by its base forms ("Kiven": Kivi),
    after a given name also when Voikko reads it only as a common noun (Kivi, Mäki,
    Koski); the given names must be all the listed name's given names ("Ludvig
    Runebergin", a tail of Johan Ludvig Runeberg, is a person's own), an initial standing
    for a given name of its letter ("J. L. Runebergin")."""
    if len(words) < 2 or not words[-1].text[:1].isupper():
        return False
    if not all(FIRST in w.classes or len(w.text) == 1 for w in words[:-1]):
        return False  # "Pyhän Henrikin päivänä": a saint's day, no given name and surname
    if LAST not in words[-1].classes and FIRST not in words[-2].classes:
        return False  # "J. Kiven": no given name to make the noun a surname
    given = tuple(w.text.casefold() for w in words[:-1])
    last = words[-1].text
    surnames = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(last)} | {last.casefold()}
    for name in eponyms:
        *listed, surname = _SEPARATORS.split(name.casefold().strip(". "))
        if surname in surnames and _same_given(given, listed):
            return False
    return True


def _same_given(given: Sequence[str], listed: Sequence[str]) -> bool:
    """Whether the given names of a chain are all the listed given names, in order, an
    initial standing for a name of its letter ("j", "l": Johan Ludvig)."""
    return len(given) == len(listed) and all(
        g == n or (len(g) == 1 and n.startswith(g)) for g, n in zip(given, listed, strict=True)
    )
