"""A spoken form that Voikko also reads as a verb stays a verb in its clause: spoken "toi"
is the demonstrative "tuo" in "toi malli toimii", but the past tense of "tuoda" in "äiti toi
lapset kouluun" (review 69: tidying it to "tuo" changed the tense).

Voikko's reading in the clause decides, no word list: the word is a verb form to Voikko, the
word before it may be a subject (a noun, adjective or pronoun in the nominative) and the word
after it is no noun the demonstrative could determine (none in the nominative singular, which
is the only form spoken "toi" takes as a determiner; "lapset", "omat" are plural).
"""

from __future__ import annotations

from muistiinpanot.summarize.protocols import Speller

#: Voikko's word classes of a subject or of a word a demonstrative determines.
_NOMINAL_CLASSES = frozenset(
    {"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "etunimi", "sukunimi", "nimi"}
)


def spoken_verb(word: str, previous: str, next_word: str, speller: Speller) -> bool:
    """Whether the spoken form `word` between `previous` and `next_word` (lowercase, "" at
    the sentence's edge) reads as the verb it also is (module doc)."""
    if not previous or not any(r.get("CLASS") == "teonsana" for r in speller.analyze(word)):
        return False
    subject = any(
        r.get("CLASS") in _NOMINAL_CLASSES and r.get("SIJAMUOTO") == "nimento"
        for r in speller.analyze(previous)
    )
    determined = any(
        r.get("CLASS") in _NOMINAL_CLASSES | {"lukusana"}
        and r.get("SIJAMUOTO") == "nimento"
        and r.get("NUMBER") == "singular"
        for r in speller.analyze(next_word)
    )
    return subject and not determined
