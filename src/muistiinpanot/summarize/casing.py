"""Notes typed in capitals ("SIILOT PITÄISI PURKAA") written in ordinary case before they are
tidied and parsed: the parser reads a shouted sentence as a row of nouns, and the post would
keep the capitals.

A note is shouted when at least half of its words (two letters or more) are in capitals. Each
such word is written as Voikko's base forms of it are: lowercase for a common word ("PITÄISI"
→ "pitäisi", "SOTE" → "sote", also "ASUKKAAT", which Voikko reads as a name too), with a
capital first letter when every reading is a name ("ESPOOSSA" → "Espoossa"), in capitals for
an acronym Voikko writes so. A word Voikko does not know stays in capitals when it is short
(an acronym: "GDPR", "KPI"; after a colon its case ending is lowercased, "KPI:T" → "KPI:t"),
and is lowercased when longer or a spoken form of the tidy lexicon, for the tidier's fixes
("YHTEISTYO", "OLLU"). A name read as
a common word ("MATTI") stays hidden: the personal-data check reads the raw note too."""

from __future__ import annotations

import re

from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.tidy import load_tidy_lexicon

#: An unknown word of at most this many letters is taken for an acronym and kept in capitals.
_ACRONYM_LETTERS = 5
_WORD = re.compile(r"[^\W\d_]{2,}(?::[^\W\d_]+)?")


def normalise_casing(text: str, speller: Speller) -> str:
    """`text` with its capitals written in ordinary case when the note is shouted (see the
    module doc); any other text unchanged."""
    words = _WORD.findall(text)
    shouted = [word for word in words if word.isupper()]
    if not words or len(shouted) * 2 < len(words):
        return text
    return _WORD.sub(lambda match: _ordinary(match.group(0), speller), text)


def _ordinary(word: str, speller: Speller) -> str:
    if not word.isupper():
        return word
    head, colon, ending = word.partition(":")
    if colon:
        return head + colon + ending.lower()
    analyses = speller.analyze(word.lower())
    if not analyses:  # an acronym; a spoken form or longer word is for the tidier
        spoken = word.lower() in load_tidy_lexicon().spoken
        return word if len(word) <= _ACRONYM_LETTERS and not spoken else word.lower()
    bases = [a.get("BASEFORM", "") for a in analyses]
    if all(base[:1].isupper() for base in bases):  # a name only ("ESPOOSSA")
        return word if all(base.isupper() for base in bases) else word.capitalize()
    return word.lower()
