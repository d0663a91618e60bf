"""The closed classes that the commas read from the words (textcommas.py, questioncommas.py)
and from the parse (commas.py) go by: the tables of lexicons/commas.toml and Voikko's readings
of a finite verb; Voikko's word classes of a verb, a nominal and a name, which other rules of
the writer (concord.py, negation.py) share."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

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
