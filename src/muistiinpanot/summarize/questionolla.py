"""The "on" that closes an indirect question, which the parse read as a clause of its own.

In "Ei ole tietoa montako asiakasta jonossa oikeasti on." the parser hangs the last "on" on
the sentence's root as a coordinated clause (`conj` without a conjunction, or `parataxis`)
instead of as the copula of the question ("montako asiakasta jonossa … on"), so the post cut
it as an unjoined clause and wrote "Ei ole tietoa, montako asiakasta jonossa." (review 30,
finding 6's note). Without the final "." the parse hangs it as a copula of the root, and the
sentence is kept whole; a finite "olla" is given that place when all of these hold: the parse
makes it a `conj` or `parataxis` of an earlier word; it has no conjunction, subject or object
of its own (only adverbs, adverbials and punctuation hang on it); no punctuation or
coordinating conjunction stands between that word and it; a question word stands between
them (a word with the -ko/-kö clitic, or an interrogative pronoun or adverb), which opens the
clause the "on" belongs to; and no finite verb stands between them, so that the "on" is that
question's only predicate ("Emme tiedä mitä asiakkaat ajattelevat palvelusta on." has its
own, "ajattelevat", and the stray "on" is left to be cut, review 32).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import Reheaded, children_of
from muistiinpanot.summarize.protocols import ParsedToken

#: Relations (UD, without subtypes) of what may hang on the "on" of an indirect question.
_OWN = frozenset({"advmod", "obl", "punct", "discourse"})
#: Relations (UD) by which the parse may hang that "on" on the sentence's root.
_LOOSE = frozenset({"conj", "parataxis"})


def question_copulas(tokens: Sequence[ParsedToken]) -> list[ParsedToken]:
    """`tokens` with the "on" of each indirect question its copula (see the module doc)."""
    result: list[ParsedToken] = list(tokens)
    children = children_of(tokens)
    for index, token in enumerate(tokens):
        head = token.head
        if token.lemma != "olla" or token.dep not in _LOOSE or "VerbForm=Fin" not in token.morph:
            continue
        if not 0 <= head < index or any(
            tokens[c].dep.split(":")[0] not in _OWN for c in children[index]
        ):
            continue
        between = tokens[head + 1 : index]
        if any(t.pos in ("PUNCT", "CCONJ") for t in between):
            continue
        if any("VerbForm=Fin" in t.morph for t in between):
            continue  # the question has its own predicate ("mitä asiakkaat ajattelevat")
        if any("Clitic=Ko" in t.morph or "PronType=Int" in t.morph for t in between):
            result[index] = Reheaded(token, "cop", head, token.morph)
    return result
