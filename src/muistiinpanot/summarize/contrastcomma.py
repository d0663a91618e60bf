"""The comma before a contrast "X, ei Y" (review 40 #8, mend79): a negation "ei" that has no
verb of its own does not negate the clause; it opens a contrast with the phrase before it, an
elliptic clause that written Finnish sets off with a comma ("Tiimit muodostetaan
luokka-asteittain, ei koulujen mukaan"). Read from Voikko, not from word lists: the clause
before "ei" has a finite verb, no word after "ei" (up to the next mark) can be a verb or a
participle, and the
word before it is no conjunction ("jos ei", "vai ei"). A negated verb ("Bussi ei kulje") and
an "ei" after a comma, a dash or a conjunction are left as written."""

from __future__ import annotations

import re

from muistiinpanot.summarize.negation import conjunction
from muistiinpanot.summarize.protocols import Speller

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Marks that end the words a contrast's "ei" governs, or the clause before it.
_MARKS = re.compile(r"[,.;:!?–—()]|\s-\s")
_FINITE_MOODS = frozenset({"indicative", "conditional"})


def missing_contrast_commas(text: str, speller: Speller) -> list[int]:
    """Offsets in `text` (one sentence) right after the word before a contrast's "ei" where
    its comma is missing."""
    found = []
    matches = list(_WORD.finditer(text))
    for index, match in enumerate(matches):
        if match.group(0).lower() != "ei" or index == 0:
            continue
        previous = matches[index - 1]
        if text[previous.end() : match.start()] != " " or conjunction(previous.group(0), speller):
            continue
        clause_start = max((m.end() for m in _MARKS.finditer(text, 0, previous.start())), default=0)
        before = [m.group(0) for m in matches[:index] if m.start() >= clause_start]
        end = _MARKS.search(text, match.end())
        after = [m.group(0) for m in matches[index + 1 :] if end is None or m.start() < end.start()]
        if not after or any(_verb(word, speller) for word in after):
            continue
        if any(_finite(word, speller) for word in before):
            found.append(previous.end())
    return found


def contrast_commas(text: str, speller: Speller) -> str:
    """`text` with the comma put before each contrast's "ei" where it is missing."""
    for offset in reversed(missing_contrast_commas(text, speller)):
        text = f"{text[:offset]},{text[offset:]}"
    return text


def _verb(word: str, speller: Speller) -> bool:
    """A verb or a participle ("mikä ei onnistunut")."""
    return any(
        a.get("CLASS") == "teonsana" or "PARTICIPLE" in a for a in speller.analyze(word.lower())
    )


def _finite(word: str, speller: Speller) -> bool:
    return any(
        a.get("CLASS") == "teonsana" and a.get("MOOD") in _FINITE_MOODS
        for a in speller.analyze(word.lower())
    )
