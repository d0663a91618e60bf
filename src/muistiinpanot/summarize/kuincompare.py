"""Whether a spoken "ku" or a written "kun" follows a comparison, so it is "kuin" (review 60
#1; split from tidy.py, which writes it out): the word before it ends in one of
lexicons/tidy.toml's `kuin_after` or is a comparative by Voikko ("enemmän", "isompi"); a
spoken "ku" also when a comparative stands up to `[summary] comparative_reach` words before it
in the same clause ("vähemmän väkeä ku viime syksynä"; a word of tidy.toml's `clause` ends it).
"""

from __future__ import annotations

import functools
import re

from muistiinpanot.summarize.commawords import next_finite
from muistiinpanot.summarize.protocols import Speller

#: The marks that end the clause a comparative reaches over.
_CLAUSE_MARKS = ",;:.!?()"


def compares(
    text: str,
    matches: list[re.Match[str]],
    index: int,
    speller: Speller,
    *,
    clause_words: frozenset[str],
    kuin_after: tuple[str, ...],
    reach: int,
) -> bool:
    """Whether the "ku"/"kun" at `index` follows a comparison, so it is "kuin" (the module
    doc); `reach` is `[summary] comparative_reach`, for a spoken "ku" only. A written "kun"
    after a comparative is the writer's "when" if a finite verb follows it in its clause
    ("vähemmän kun tarhassa on ihmisiä", mend130); "isompi kun viime vuonna" has none and
    compares."""
    written = matches[index].group(0).lower() == "kun"
    reach = 1 if written else reach
    end = matches[index].start()
    for back in range(index - 1, max(index - reach, 0) - 1, -1):
        gap = text[matches[back].end() : end]
        if any(mark in gap for mark in _CLAUSE_MARKS):
            return False
        previous = matches[back].group(0).lower()
        if previous in clause_words:
            return False
        comparative = any(a.get("COMPARISON") == "comparative" for a in speller.analyze(previous))
        if comparative and written and _verb_follows(text, matches, index, speller, clause_words):
            return False  # a written "kun" before a clause of its own is "when" (mend130)
        if comparative or (back == index - 1 and previous.endswith(kuin_after)):
            return True
        end = matches[back].start()
    return False


def _clause_ends(clause_words: frozenset[str], gap: str, word: str) -> bool:
    """Whether a mark in `gap` or `word` (a word of `clause_words`) ends the clause."""
    return any(mark in gap for mark in _CLAUSE_MARKS) or word in clause_words


def _verb_follows(
    text: str,
    matches: list[re.Match[str]],
    index: int,
    speller: Speller,
    clause_words: frozenset[str],
) -> bool:
    """Whether a word Voikko may read as a finite verb (or the negation verb) follows the word
    at `index` in its clause (up to a mark or a word of `clause_words`)."""
    ends = functools.partial(_clause_ends, clause_words)
    return next_finite(text, matches, index, speller, ends=ends) is not None
