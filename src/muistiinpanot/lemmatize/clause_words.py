"""Tests of single words and word runs that the clause rules of the Voikko-only reading
(lemmatize/structure.py) ask: agreement of a verb with a verbless opening, a nominative among
words, a verb before or an infinitive after a word."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lemmatize.phrases import COMMAS
from muistiinpanot.lemmatize.words import NOMINAL, Word

__all__ = [
    "agrees",
    "auxiliary_of",
    "infinitive_next",
    "nominal_before",
    "nominative",
    "verb_before",
]


def agrees(words: Sequence[Word], opening: list[int], verb: int) -> bool:
    """Whether the finite `verb` may agree with the nominative of a verbless `opening` as
    its subject: a verb of the third person agrees in number (a plural nominative, or two
    joined by a conjunction, take a plural verb); any other form is not read here."""
    feats = words[verb].feats
    if feats.get("Person") != "3" or "Number" not in feats or feats.get("Voice") == "Pass":
        return True
    nominatives = [
        i for i in opening if words[i].pos in NOMINAL and words[i].feats.get("Case") == "Nom"
    ]
    plural = words[nominatives[-1]].feats.get("Number") == "Plur" or any(
        words[i].pos == "CCONJ" for i in opening
    )
    return plural == (feats["Number"] == "Plur")


def nominative(words: Sequence[Word], indices: list[int]) -> bool:
    return any(words[i].pos in NOMINAL and words[i].feats.get("Case") == "Nom" for i in indices)


def auxiliary_of(words: Sequence[Word], index: int) -> bool:
    """Whether the finite word at `index` is the connegative of a negation verb before it
    (one finite chain: "ei ole")."""
    return words[index].feats.get("Connegative") == "Yes"


def verb_before(words: Sequence[Word], index: int, after_comma: bool) -> bool:
    """Whether the word before `index` (before the comma before it) is a verb."""
    before = index - 2 if after_comma else index - 1
    return before >= 0 and words[before].pos in ("VERB", "AUX")


def infinitive_next(words: Sequence[Word], span: list[int], position: int) -> bool:
    """Whether the word after the pronoun at `position` of `span` is an A-infinitive and no
    finite verb follows before the sentence, a comma or a conjunction: an infinitival
    relative clause ("ei ole ketään kenelle puhua")."""
    rest = span[position + 1 :]
    if not rest or words[rest[0]].feats.get("InfForm") != "1":
        return False
    for i in rest:
        if words[i].text in COMMAS or words[i].pos in ("CCONJ", "SCONJ"):
            return True
        if words[i].finite:
            return False
    return True


def nominal_before(words: Sequence[Word], index: int) -> bool:
    return index >= 1 and words[index - 1].pos in NOMINAL
