"""What Voikko reads in a verbless wish's head (split out of wishes.py): an action noun asked
for ("aura(aurata)+us": clearing the snow), an agent noun, a person asked for with a time or
place ("valvoja", "+valvo(valvoa)+ja(+ja)"), or a head of lack ("toimimaton", "epäselvä")."""

from __future__ import annotations

import re

from muistiinpanot.summarize.protocols import Speller

#: Voikko's derivational suffixes of lack ("toimimaton") and its prefix of negation ("epä-").
_LACK = re.compile(r"\(\+m?[aä]?t[oö]n\)$|^\+epä\+")
_SEGMENT = re.compile(r"([^()+]+)\(([^)]*)\)")
#: The Finnish suffix of action and quality nouns, in the nominative singular.
_ACTION_ENDINGS = ("us", "ys")
#: Voikko's derivational suffix of agent nouns ("+opetta(opettaa)+ja(+ja)": one who
#: teaches): a person, never an action asked for (review 70 #1).
_AGENT_SUFFIXES = frozenset({"+ja", "+jä"})


def deverbal(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` as an action noun: a -minen form, a derivational suffix on
    a verb's stem ("+aura(aurata)+us(+us)"), or a noun in -us/-ys that Voikko keeps whole
    ("siivous", "valaistus": the suffix of actions and of qualities asked for)."""
    for analysis in speller.analyze(word.lower()):
        if analysis.get("MOOD") == "MINEN-infinitive":
            return True
        if analysis.get("CLASS") == "nimisana" and word.lower().endswith(_ACTION_ENDINGS):
            return True
        segments = _SEGMENT.findall(analysis.get("WORDBASES", ""))
        if segments and segments[-1][1] in _AGENT_SUFFIXES:
            continue  # "opettaja": one who teaches, no teaching (review 70 #1)
        if len(segments) >= 2 and segments[-1][1].startswith("+"):
            verb = segments[-2][1]
            if any(a.get("CLASS") == "teonsana" for a in speller.analyze(verb)):
                return True
    return False


def agent(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` as an agent noun (its last derivation `+ja`/`+jä` on a
    verb's stem: "valvoja", "ohjaaja"), a person who does."""
    for analysis in speller.analyze(word.lower()):
        segments = _SEGMENT.findall(analysis.get("WORDBASES", ""))
        if segments and segments[-1][1] in _AGENT_SUFFIXES:
            return True
    return False


def lacks(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` with a suffix of lack or the prefix "epä-"."""
    return any(_LACK.search(a.get("WORDBASES", "")) for a in speller.analyze(word.lower()))
