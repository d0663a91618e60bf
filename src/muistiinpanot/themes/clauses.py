"""The parse's clauses as promise.py reads them (seeded40, seeded41; review 78 #3 #4,
docs/measurements.md "Review 78 mends (mend162)"): a complement clause and where it ends, a
commitment said in a concessive clause, and the words of lexicons/commitment.toml."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from muistiinpanot.content import ParsedToken
from muistiinpanot.lexicons import read_lexicon


def clause(token: ParsedToken) -> bool:
    """Whether `token` heads a verb's complement clause."""
    return token.dep in {"ccomp", "xcomp"}


def clause_end(tokens: Sequence[ParsedToken], head: int) -> int:
    """The last token of the clause headed by `head`: its dependents and theirs, but not a
    clause joined to it ("conj", "parataxis": "sanottiin et katu avataan, nyt on syyskuu").
    Review 78 #3: "nyt" of "saa nyt" and "koska sali oli varattu" are the clause's own, and
    no sequel of the commitment."""
    inside = {head}
    changed = True
    while changed:
        changed = False
        for i, token in enumerate(tokens):
            joined = token.head == head and token.dep in {"conj", "parataxis"}
            if i not in inside and token.head in inside and token.head != i and not joined:
                inside.add(i)
                changed = True
    return max(inside)


def conceded(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the verb at `index`, or the verb it is conjoined to, is marked by a concessive
    word ("lopetettiin, vaikka sanottiin et …"; "vaikka äänestettiin ja sovittiin et …").
    Review 78 #4: the marker is read from the parse, not from a window of words before the
    verb, which crossed sentence ends ("Tuo vaikka pullaa. Luvattiin et …")."""
    heads = {index}
    if tokens[index].dep == "conj" and 0 <= tokens[index].head < len(tokens):
        heads.add(tokens[index].head)
    words = commitment_words("concessive")
    return any(
        t.head in heads and i not in heads and t.text.lower() in words for i, t in enumerate(tokens)
    )


@functools.cache
def commitment_words(kind: str) -> frozenset[str]:
    """lexicons/commitment.toml: `promise`, `saying`, `undoing_verbs` and `pro_verbs`;
    `undoing`, `still_not`, `sentence_end`, `sequel` and `concessive` words."""
    table = read_lexicon("commitment")[kind]
    return frozenset(table.get("verbs", table.get("words", [])))
