"""Register given names coordinated as a clause's subject (docs/privacy.md, "Round 31"):
"Pilvi ja Voitto vetää kylän talkoita", "Usva, Lumi ja Into tulee huomenna".

Two or more capitalised words joined by "ja", "sekä" or a comma, the first opening its clause,
each a given name of the population register in the nominative (given_words.register_case:
"pilvi", "voitto" are common nouns to Voikko), right before a finite verb (or the negation
verb), are names in normally cased text. A common noun has no capital inside a sentence:
the writer's capital on the second word ("Voitto") is the evidence the first rule of the
kind (cues.mark_coordinated_proper) asks of a person's verb, and a finite verb makes the
chain a subject, not a title or a list of words. Round 30's register rule reads such a chain
only after a person's predicate ("Usva, Into ja Kaisla hoitavat"); "vetää" is no such verb.

Not: a chain with a word that is no common word ("Siri ja Alexa eivät ymmärrä murretta",
voice assistants: the capital of a name that is no word tells nothing), a chain with a word
no register lists ("Sota ja Rauha", "Kuu ja Aurinko", "Meri ja
Taivas"), one whose last word is the first part of a hyphen compound ("Lumi ja Sade -kuvat"),
one without a finite verb right after it ("Kahvila Lumi ja Usva aukeaa": the first word does
not open the clause), lower case ("lumi ja usva"), a word the text or the domain's writers
write in lower case (grounding.written_word).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import NAME_CLASSES, Word, adjacent, opens_clause
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.given_words import register_case
from muistiinpanot.privacy.grounding import written_word
from muistiinpanot.privacy.predicate import NEGATION
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.usage import written_words

#: Voikko's classes of a common word that may be a register name ("Pilvi", "Armas", "Usko").
_WORDS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "teonsana", GAZETTEER})
#: Voikko's classes of a common word: the capital on one is the writer's evidence.
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "teonsana"})
_JOINING = frozenset({"ja", "sekä"})
#: Voikko's moods of a finite verb.
_FINITE = frozenset({"indicative", "conditional", "imperative", "potential"})


def mark_register_pairs(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> None:
    """Mark the coordinated register given names of the module docstring."""
    if not cased:
        return
    found: list[int] = []
    for i, word in enumerate(words):
        if not opens_clause(text, word) or not _member(words[i], names[i], voikko):
            continue
        chain = _chain(text, words, names, i, voikko)
        end = chain[-1] + 1
        if len(chain) > 1 and end < len(words) and _finite(text, words, end, voikko):
            found.extend(chain)
    if found:
        written = written_words([w.text for w in words], voikko)
        if not any(written_word(words[i], voikko, written) for i in found):
            for i in found:
                names[i] = True


def _chain(
    text: str, words: Sequence[Word], names: Sequence[bool], i: int, voikko: Analyses
) -> list[int]:
    """Word i and the register names joined to it by "ja", "sekä" or a comma."""
    chain = [i]
    k = i
    while k + 1 < len(words):
        between = text[words[k].end : words[k + 1].start].strip()
        if between == "," and _member(words[k + 1], names[k + 1], voikko):
            k += 1
        elif (
            not between
            and words[k + 1].text.casefold() in _JOINING
            and k + 2 < len(words)
            and adjacent(text, words[k + 1], words[k + 2])
            and _member(words[k + 2], names[k + 2], voikko)
        ):
            k += 2
        else:
            break
        chain.append(k)
    return chain


def _member(word: Word, named: bool, voikko: Analyses) -> bool:
    """A capitalised word of no name marked yet, a register given name in the nominative
    that is also a common word to Voikko (not "Siri", "Alexa": a name that is no word is
    capitalised anyway, so its capital is no evidence)."""
    text = word.text
    return (
        not named
        and text[:1].isupper()
        and text[1:].islower()
        and "-" not in text
        and not word.classes - NAME_CLASSES - _WORDS
        and register_case(text, voikko, "nimento")
        and any(a.get("CLASS") in _COMMON for a in voikko.analyze(text.casefold()))
    )


def _finite(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether word k follows the chain right after it and is a finite verb or the negation
    verb ("vetää", "ei"), not the first part of a hyphen compound ("Sade -kuvat")."""
    if not adjacent(text, words[k - 1], words[k]) or words[k].text.startswith("-"):
        return False
    if text[words[k].start - 1 : words[k].start] == "-":
        return False
    return any(
        a.get("CLASS") == NEGATION
        or (a.get("CLASS") == "teonsana" and a.get("MOOD") in _FINITE and a.get("PERSON"))
        for a in voikko.analyze(words[k].text.casefold())
    )
