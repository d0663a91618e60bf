"""A word typed twice in a row with nothing between ("on on riski", "että että", "ja ja") is a
typing stutter, tidied to one (review 86 #3). Only words of the closed classes and verbs are
tidied so, as Voikko reads every reading of the word: a finite verb (not an imperative, which
is repeated to urge: "tule tule", nor a word that may be an infinitive, which may follow its
own finite form: "lupaukset pitää pitää" says they must be kept), a conjunction, a pronoun,
an adposition or the negation verb. Finnish repeats adverbs, adjectives and nouns for
emphasis ("kauan kauan sitten", "hyvin hyvin pieni", "pieni pieni kylä"), and those stay as
written; so do numbers and words with digits, a pair with a comma or another mark between
("ei, ei"), and a pair whose second word opens with a capital where the first does not."""

from __future__ import annotations

import re

from muistiinpanot.summarize.protocols import Speller

_DOUBLED = re.compile(r"\b([^\W\d_]+) (\1)\b", re.IGNORECASE)
#: Voikko's CLASS values of the words a repeat of which is a stutter.
_STUTTER_CLASSES = frozenset({"teonsana", "sidesana", "asemosana", "suhdesana", "kieltosana"})
#: The moods of a verb whose repeat is a stutter: an infinitive may follow its own finite
#: form ("lupaukset pitää pitää": must be kept), an imperative is repeated to urge.
_FINITE = frozenset({"indicative", "conditional", "potential"})


def drop_doubled_words(text: str, speller: Speller) -> str:
    """`text` with a stuttered word typed twice in a row written once (see the module doc)."""

    def replace(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        if second[:1].isupper() and not first[:1].isupper():
            return match.group(0)
        return first if _stutter(first.lower(), speller) else match.group(0)

    return _DOUBLED.sub(replace, text)


def _stutter(word: str, speller: Speller) -> bool:
    """Whether every reading Voikko gives `word` is of a class whose repeat is a stutter."""
    readings = speller.analyze(word)
    return bool(readings) and all(
        a.get("CLASS") in _STUTTER_CLASSES
        and (a.get("CLASS") != "teonsana" or a.get("MOOD") in _FINITE)
        for a in readings
    )
