"""The closed classes that the commas read from the words (textcommas.py, questioncommas.py)
and from the parse (commas.py) go by: the tables of lexicons/commas.toml and Voikko's readings
of a finite verb; Voikko's word classes of a verb, a nominal and a name, which other rules of
the writer (concord.py, negation.py) share; and the next finite verb of a clause, which the
commas and the kuin/kun comparison (kuincompare.py) look for."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from importlib import resources

from muistiinpanot.summarize.protocols import Speller

#: Voikko's MOOD values of a finite verb.
FINITE_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})
#: Voikko's word classes of a verb (the negation verb too).
VERB_CLASSES = frozenset({"teonsana", "kieltosana"})
#: Voikko's word classes of a noun or an adjective (a nominal, not a pronoun or numeral).
NOMINAL_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
#: Voikko's word classes of a proper noun.
NAME_CLASSES = frozenset({"nimi", "etunimi", "sukunimi", "paikannimi"})


@functools.cache
def comma_words(table: str) -> frozenset[str]:
    """The words of one table of lexicons/commas.toml."""
    text = resources.files("muistiinpanot.lexicons").joinpath("commas.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)[table]["words"])


def subordinators() -> frozenset[str]:
    """The subordinating conjunctions (lexicons/commas.toml `subordinators`)."""
    return comma_words("subordinators")


def _any_mark(gap: str, word: str) -> bool:
    return bool(gap.strip())


def next_finite(
    text: str,
    matches: list[re.Match[str]],
    index: int,
    speller: Speller,
    *,
    ends: Callable[[str, str], bool] = _any_mark,
) -> int | None:
    """The position in `matches` of the first word after `index` in its clause that Voikko
    reads as a finite verb (also as one; the negation verb too), or None. The clause ends
    where `ends(gap, word)` holds, `gap` the text between the word before and the word,
    `word` the word in lower case: by default at anything but white space between words."""
    for position in range(index + 1, len(matches)):
        word = matches[position].group(0).lower()
        if ends(text[matches[position - 1].end() : matches[position].start()], word):
            return None
        analyses = speller.analyze(word)
        if any(a.get("CLASS") in VERB_CLASSES and a.get("MOOD") in FINITE_MOODS for a in analyses):
            return position
    return None
