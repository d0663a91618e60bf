"""An abbreviation of a bound before a quantity (docs/privacy.md, "Round 56"; review 38 #12):
"vuokran nousu max 10 %", "kokoukset max 45 min", "odotusaika max kolme viikkoa",
"asiakkaita max?". "max" is a given name to Voikko (Max), so the name rules mark it; written
as an abbreviation of a bound or an estimate (lexicons/lookalikes.toml `bound_abbreviations`:
maksimi, minimi, circa) in a quantity's slot it is no one. The word is unmarked when

- it is the abbreviation itself, uninflected ("maxilta", "Maxin" stay a person's);
- it is written as one: in lower case, or with its dot ("Max. 20 henkeä"); a capitalised
  "Max" without a dot is a person's first ("Max 12 v. tarvitsee avustajan");
- it stands in a quantity's slot: right before a number (not a phone number's trunk zero or
  "+": "max 040 123 4567" is Max's phone) or a number word ("max kolme viikkoa"), or right
  after a quantity in the partitive or a number and before a clause's end ("asiakkaita
  max?").

A verb after it keeps it a person's ("max sanoi että 30 euroa riittää"): no number follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.protocols import Analyses

#: A number right after the word, past its dot: a digit, not a phone number's trunk zero
#: ("040 …", "09 …") nor an international prefix.
_NUMBER_AFTER = re.compile(r"\.?[ \t]*(?:[1-9]|0(?!\d))")
#: The word's dot, then a clause's end or the text's end, after it ("asiakkaita max?").
_END_AFTER = re.compile(r"\.?[ \t]*(?:[.!?;:,\n)]|$)")
#: A number before the word ("10 max").
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")


def drop_bound_abbreviations(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    abbreviations: Set[str],
) -> list[tuple[int, int]]:
    """Unmark the abbreviations of a bound in a quantity's slot (module docstring;
    `abbreviations`: lookalikes.toml `bound_abbreviations`); returns their ranges."""
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or word.text.casefold() not in abbreviations:
            continue
        after = text[word.end :]
        if not (word.text.islower() or after.startswith(".")):
            continue
        if _before_quantity(after, words, i, voikko) or _after_quantity(text, words, i, voikko):
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges


def _before_quantity(after: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """A number or a number word right after the word ("max 10 %", "max kolme viikkoa")."""
    if _NUMBER_AFTER.match(after):
        return True
    if i + 1 >= len(words) or after[: words[i + 1].start - words[i].end].strip(". \t"):
        return False
    return any(a.get("CLASS") == "lukusana" for a in voikko.analyze(words[i + 1].text.casefold()))


def _after_quantity(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """A quantity in the partitive or a number right before the word, a clause's end after
    it ("asiakkaita max?", "20 max.")."""
    if not _END_AFTER.match(text[words[i].end :]):
        return False
    before = text[: words[i].start]
    if _NUMBER_BEFORE.search(before):
        return True
    if i == 0 or before[words[i - 1].end :].strip():
        return False
    return any(
        a.get("SIJAMUOTO") == "osanto" and a.get("CLASS") == "nimisana"
        for a in voikko.analyze(words[i - 1].text.casefold())
    )
