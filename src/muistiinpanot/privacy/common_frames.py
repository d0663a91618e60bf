"""A lower-case word that is both a name and an ordinary word, in a frame that asks for the
ordinary reading (review 54 #2): the verb form the negation takes, right after a negation
verb ("hissi ei toimi": the connegative, not a person called Toimi), or a common noun that an
adjective right before it agrees with in case and number ("tekninen toimi": the office). A
person is seldom typed in lower case after an adjective or a negation; the name with its
capital keeps its reading ("ei Toimi vaan Pekka"). Read by the first reading of names
(word_names.py); a name the clinic makes known (known.py) gives way only to the negation's
frame: an adjective describes a person as well as a thing ("nuori toivo hoitaa somen", with
a Toivo Lehtonen in the clinic: the young Toivo; review 55 #1)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.protocols import Analyses

_NEGATION = "kieltosana"
_ADJECTIVES = frozenset({"laatusana", "nimisana_laatusana"})
_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})
#: Voikko marks the connegative ("ei toimi") as a form the negation takes (NEGATIVE both/true).
_CONNEGATIVE = frozenset({"both", "true"})


def common_in_frame(previous: str, gap: str, word: str, voikko: Analyses) -> bool:
    """Whether `word` (lower case), after the word `previous` and the text `gap` between
    them, stands in a frame of its ordinary reading (see the module docstring). Only a
    single space between the two words: a comma or a line sets them apart."""
    if not word.islower() or gap != " " or not previous:
        return False
    before = voikko.analyze(previous.casefold())
    readings = voikko.analyze(word)
    if any(a.get("CLASS") == _NEGATION for a in before):
        return _connegative(readings)
    agreements = {
        (a.get("SIJAMUOTO"), a.get("NUMBER"))
        for a in before
        if a.get("CLASS") in _ADJECTIVES and a.get("SIJAMUOTO")
    }
    return any(
        a.get("CLASS") in _NOUNS and (a.get("SIJAMUOTO"), a.get("NUMBER")) in agreements
        for a in readings
    )


def negated_verb(previous: str, gap: str, word: str, voikko: Analyses) -> bool:
    """Whether `word` (lower case) is the verb form a negation verb right before it takes
    ("ovi ei toimi"), the one frame a clinic's known name gives way to (review 55 #1)."""
    if not word.islower() or gap != " " or not previous:
        return False
    if not any(a.get("CLASS") == _NEGATION for a in voikko.analyze(previous.casefold())):
        return False
    return _connegative(voikko.analyze(word))


def _connegative(readings: Sequence[dict[str, str]]) -> bool:
    return any(a.get("CLASS") == "teonsana" and a.get("NEGATIVE") in _CONNEGATIVE for a in readings)
