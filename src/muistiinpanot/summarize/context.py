"""Clauses that lean on a context the post does not have (review 34 #5): read alone in a
bullet they say neither who nor what, so they are no sentence of the post. Read from the
dependency parse and its UD features; no word list decides."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from muistiinpanot.summarize.protocols import ParsedToken

#: Parts of speech that name a participant (a pronoun other than a demonstrative, too).
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
#: Dependents that say who or what by themselves, whatever their part of speech.
_PARTICIPANT_DEPS = ("nsubj", "obj", "iobj", "csubj", "ccomp")


def leans_on_previous(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, words: list[int]
) -> bool:
    """Whether the clause opens with a coordinating conjunction ("mutta", "ja", "tai") or the
    negation that carries one ("eikä", "eivätkä") and has no subject of its own: it continues
    what the note before it said ("Mut ei korvaa kirjastonhoitajan neuvontaa.", review 34 #5),
    and alone it does not say who or what."""
    first = tokens[words[0]]
    coordinated = first.pos == "CCONJ" or (
        "Clitic=Ka" in first.morph and "Polarity=Neg" in first.morph
    )
    if not coordinated:
        return False
    return not any(tokens[c].dep.startswith("nsubj") for c in children[root] if c in words)


def bare(tokens: Sequence[ParsedToken], words: Iterable[int]) -> bool:
    """Whether the words name no participant: no subject, object or complement clause, and no
    noun, name, numeral or pronoun other than a demonstrative (which points back: "sen
    takia"). A necessive or modal with only an adverb ("Pitää puhua avoimesti.", "Kannattaa
    kokeilla.", review 34 #4) says neither who should act nor on what."""
    for index in words:
        token = tokens[index]
        if token.dep.startswith(_PARTICIPANT_DEPS) or token.pos in _NOMINAL:
            return False
        if token.pos == "PRON" and "PronType=Dem" not in token.morph:
            return False
    return True
