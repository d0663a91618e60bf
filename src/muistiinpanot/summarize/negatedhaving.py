"""The "ole" of a negated possessive or existential clause (review 84 #3, mend177): a spoken
note leaves the verb out after the negation ("kouluterveydenhoitajalla ei aikaa
keskustella", "kirjastossa ei tilaa ryhmille"), and the summary published the negation verb
with no main verb. In a clause of a possessor or place in the adessive or inessive right
before "ei" and what is not had in the partitive after it, the verb left out is "ole" (VISK
§ 895-896, the possessive clause: "Vaarilla ei ole siivoojaa"); this writes it.

Only when the parse is sure: the clause has no verb form of its own after "ei" (no
connegative, finite or passive form) but an A-infinitive right after the partitive that
it is the attribute of (a noun of lexicons/attributes.toml, "aikaa keskustella": a verb
form the parse reads as the active infinitive, not as the passive connegative it may also
be); nothing before "ei" in its clause is a verb; and between "ei" and the partitive stand
only adverbs and attributes ("ei enää riittävästi aikaa"). Read from the parse alone, but
for the attribute nouns; notepieces.parse_pieces reparses the text this returns."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.attributes import attribute_noun_lemma
from muistiinpanot.summarize.parsetree import feature, retyped
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: The cases of a possessor ("hoitajalla") or a place ("kirjastossa") before the negation.
_HAVING_CASES = frozenset({"Ade", "Ine"})
#: Parts of speech of the possessor or the place.
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
#: Parts of speech that may stand between the negation and the partitive ("ei enää
#: riittävästi aikaa", "ei yhteistä aikaa").
_BETWEEN = frozenset({"ADV", "ADJ", "NUM", "DET"})
#: Where a clause ends: a mark or a conjunction.
_BOUNDARY_POS = frozenset({"CCONJ", "SCONJ"})
_BOUNDARY_MARKS = frozenset({",", ";", ":", "–", "-", ".", "!", "?"})


def negated_having(tokens: Sequence[ParsedToken], speller: Speller) -> str | None:
    """The note's text with "ole" after the "ei" of a verbless negated possessive or
    existential clause (see the module doc), or None when it has none."""
    for index, token in enumerate(tokens):
        if token.text.lower() != "ei" or "Polarity=Neg" not in token.morph or index == 0:
            continue
        if _verbless_having(tokens, index, speller):
            return retyped(tokens, {index: f"{token.text} ole"})
    return None


def _verbless_having(tokens: Sequence[ParsedToken], negation: int, speller: Speller) -> bool:
    before = tokens[negation - 1]
    if before.pos not in _NOMINALS or feature(before.morph, "Case") not in _HAVING_CASES:
        return False
    start = negation - 1
    while start > 0 and not _boundary(tokens[start - 1]):
        start -= 1
    if any(tokens[i].pos in ("VERB", "AUX") for i in range(start, negation)):
        return False  # "Kerroin hoitajalla ei …": the clause has a verb before the negation
    partitive = negation + 1
    while partitive < len(tokens) and tokens[partitive].pos in _BETWEEN:
        partitive += 1
    if partitive >= len(tokens) or not _partitive_noun(tokens[partitive]):
        return False
    end = partitive + 1
    while end < len(tokens) and not _boundary(tokens[end]):
        end += 1
    for i in range(negation + 1, end):
        if tokens[i].pos not in ("VERB", "AUX"):
            continue
        if i != partitive + 1 or not _attribute_infinitive(tokens, partitive, i, speller):
            return False  # "Kirjastossa ei kirjoja lainata": a passive, its own verb
    return True


def _boundary(token: ParsedToken) -> bool:
    return token.pos in _BOUNDARY_POS or token.text in _BOUNDARY_MARKS


def _partitive_noun(token: ParsedToken) -> bool:
    return token.pos == "NOUN" and feature(token.morph, "Case") == "Par"


def _attribute_infinitive(
    tokens: Sequence[ParsedToken], noun: int, verb: int, speller: Speller
) -> bool:
    """Whether the verb at `verb` is an active A-infinitive by the parse, the attribute of
    the noun at `noun` right before it ("aikaa keskustella")."""
    morph = tokens[verb].morph
    if feature(morph, "VerbForm") != "Inf" or "Voice=Pass" in morph or "Connegative" in morph:
        return False
    if feature(morph, "InfForm") not in ("", "1"):
        return False
    return attribute_noun_lemma(tokens[noun], speller)
