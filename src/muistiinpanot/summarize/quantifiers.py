"""A numeral "yksi" left floating at the end of a clause whose counted noun stands elsewhere in
the plural nominative ("Kaverit pitäisi saada samaan luokkaan ainakin yksi": review 40 #4,
mend79). Finnish lets a quantifier float away from a partitive ("Ohjaajia pitäisi saada
ainakin kaksi") but not from a nominative ("aikuinen ainakin yksi"), whose plural "yksi"
contradicts; the noun is moved to the numeral in the singular nominative that "yksi" takes,
its base form as Voikko reads it ("Pitäisi saada samaan luokkaan ainakin yksi kaveri"), and
the sentence is read again. Read from the parse: the numeral is an argument (object or
subject) with no noun of its own, and the clause has one other nominative argument before
it, a noun with no words of its own that Voikko reads as a nominative."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import children_of, retyped
from muistiinpanot.summarize.protocols import ParsedToken, Speller

_ARGUMENTS = ("nsubj", "obj")
_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})


def floated_one(tokens: Sequence[ParsedToken], speller: Speller) -> str | None:
    """The sentence of `tokens` with the noun a floating "yksi" counts moved to it in the
    singular (see the module doc); None when there is no such numeral."""
    children = children_of(tokens)
    for index, token in enumerate(tokens):
        if token.text.lower() != "yksi" or not token.dep.startswith(_ARGUMENTS):
            continue
        if any(tokens[c].pos in ("NOUN", "PROPN", "ADJ") for c in children[index]):
            continue  # "yksi kaveri": the numeral has its noun
        nouns = [
            i
            for i in children[token.head]
            if i != index
            and tokens[i].dep.startswith(_ARGUMENTS)
            and tokens[i].pos == "NOUN"
            and "Case=Nom" in tokens[i].morph
            and not children[i]
        ]
        if len(nouns) != 1 or nouns[0] > index:
            continue
        singular = _singular(tokens[nouns[0]].text, speller)
        if singular is None:
            continue
        text = retyped(tokens, {index: f"{tokens[index].text} {singular}", nouns[0]: None})
        return text[:1].upper() + text[1:]
    return None


def _singular(word: str, speller: Speller) -> str | None:
    """The base form (the singular nominative) of a nominative noun, as Voikko reads it."""
    bases = {
        a.get("BASEFORM", "")
        for a in speller.analyze(word.lower())
        if a.get("SIJAMUOTO") == "nimento" and a.get("CLASS") in _NOUNS
    }
    return bases.pop() if len(bases) == 1 else None
