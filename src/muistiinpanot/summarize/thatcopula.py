"""The copula of a verbless "että" clause (review 62 #3, mend126): a spoken note leaves "on"
out ("näkee että asiakkaalla hammas kipeä"), and the summary wrote the clause without a
predicate. Where the parse reads a predicate adjective with its subject before it ("hammas"
the `nsubj:cop` of "kipeä"; or an adjective it hangs as the orphan of a left-out verb, beside
that subject) under an "että" and no verb or copula anywhere in that clause,
"on" goes between the subject and the adjective's words ("… hammas on kipeä"; "ovat" for a
plural subject and adjective). Read from the parse alone; notepieces.parse_pieces reparses
the text this returns."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import children_of, retyped, subtree
from muistiinpanot.summarize.protocols import ParsedToken

#: The conjunction of the complement clause.
_THAT = "että"


def that_copula(tokens: Sequence[ParsedToken]) -> str | None:
    """The note's text with the copula supplied in its verbless "että" clause (see the module
    doc), or None when it has none."""
    children = children_of(tokens)
    for mark, token in enumerate(tokens):
        if token.text.lower() != _THAT or token.dep != "mark":
            continue
        place = _copula_place(tokens, children, mark)
        if place is not None:
            before, word = place
            return retyped(tokens, {before: f"{word} {tokens[before].text}"})
    return None


def _copula_place(
    tokens: Sequence[ParsedToken], children: list[list[int]], mark: int
) -> tuple[int, str] | None:
    """(the position the copula goes before, its form) for the clause "että" at `mark` opens."""
    head = tokens[mark].head
    heads = [head, tokens[head].head] if 0 <= head < len(tokens) else []
    found = [h for h in heads if h > mark and tokens[h].pos == "ADJ"]
    orphans = [c for c in children[head] if tokens[c].dep == "orphan"] if heads else []
    if found:
        predicate = top = found[0]
    elif len(orphans) == 1 and tokens[orphans[0]].pos == "ADJ":
        # "että oppilaalla olo huono": the parse heads the clause with the adessive and hangs
        # the adjective as the orphan of a verb left out
        predicate, top = orphans[0], head
    else:
        return None
    own = children[top]
    subjects = [c for c in own if tokens[c].dep.startswith("nsubj") and mark < c < predicate]
    clause = subtree(children, top) - {predicate}
    if not subjects or "Case=Nom" not in tokens[predicate].morph:
        return None
    if any(tokens[c].dep in ("cop", "aux") for c in own) or any(
        "VerbForm=Fin" in tokens[i].morph for i in clause if mark < i < predicate
    ):
        return None
    subject = subjects[-1]
    place = max(subtree(children, subject)) + 1
    if any(
        tokens[i].head != predicate or tokens[i].pos == "PUNCT" for i in range(place, predicate)
    ):
        return None  # only the adjective's own words ("liian pimeä") follow the copula
    plural = all("Number=Plur" in tokens[i].morph for i in (subject, predicate))
    return place, "ovat" if plural else "on"
