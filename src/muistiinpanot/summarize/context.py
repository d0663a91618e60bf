"""Clauses that lean on a context the post does not have (review 34 #5): read alone in a
bullet they say neither who nor what, so they are no sentence of the post. Read from the
dependency parse and its UD features; a closed class of pro-adverbs aside, no word list
decides."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from muistiinpanot.summarize.protocols import ParsedToken

#: Parts of speech that name a participant (a pronoun other than a demonstrative, too).
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
#: The pro-adverbs of time, place, reason and manner (a closed class of Finnish): a clause
#: opening with one points at what came before it.
POINTING_ADVERBS = frozenset(
    {"silloin", "tuolloin", "sitten", "siellä", "sinne", "sieltä", "siksi", "näin", "noin"}
)
#: Dependents that say who or what by themselves, whatever their part of speech.
_PARTICIPANT_DEPS = ("nsubj", "obj", "iobj", "csubj", "ccomp")


def leans_on_previous(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, words: list[int]
) -> bool:
    """Whether the clause opens with a coordinating conjunction ("mutta", "ja", "tai") or the
    negation that carries one ("eikä", "eivätkä") and has no subject of its own: it continues
    what the note before it said ("Mut ei korvaa kirjastonhoitajan neuvontaa.", review 34 #5),
    and alone it does not say who or what. So does a clause that opens with a pro-adverb of
    time, place or reason (`POINTING_ADVERBS`: "silloin", "sitten", "siksi" …) when words
    of its sentence before it were cut: what it points at is not published ("Iltaretki
    auringonlaskussa, silloin korennot ovat komeimmillaan" gives no "Silloin korennot …",
    review 86 #1)."""
    first = tokens[words[0]]
    if first.text.lower() in POINTING_ADVERBS and _cut_before(tokens, words):
        return True  # "[Iltaretki auringonlaskussa,] silloin korennot …" (review 86 #1)
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
    kokeilla.", review 34 #4) says neither who should act nor on what. A verb with an
    infinitive complement of its own (a chain: "pitää uskaltaa epäonnistua", "täytyy
    uskaltaa kokeilla") does say what is to be done: it is a group's principle, no fragment
    (review 36 #7); a chain of auxiliaries ("pitää voida luottaa") is not one."""
    chosen = set(words)
    for index in chosen:
        token = tokens[index]
        if token.dep.startswith(_PARTICIPANT_DEPS) or token.pos in _NOMINAL:
            return False
        if token.pos == "PRON" and "PronType=Dem" not in token.morph:
            return False
        if token.dep.startswith("xcomp") and _infinitive_verb(tokens, token.head, chosen):
            return False
    return True


def _infinitive_verb(tokens: Sequence[ParsedToken], index: int, words: set[int]) -> bool:
    """Whether the word at `index` is in `words` and a main verb (not an auxiliary) in the
    infinitive: one that governs an infinitive of its own makes a chain."""
    head = tokens[index]
    return index in words and head.pos == "VERB" and "VerbForm=Inf" in head.morph


def _cut_before(tokens: Sequence[ParsedToken], words: list[int]) -> bool:
    """Whether a word of the sentence before the clause's first word is not in the clause."""
    chosen = set(words)
    return any(tokens[k].text.isalpha() and k not in chosen for k in range(words[0]))
