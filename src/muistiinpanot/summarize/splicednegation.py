"""A negated clause spliced on with a comma, joined as written Finnish joins it (review 82
#3, mend172): "Kunta lupasi puiston jo keväällä, asukkaat eivät enää usko siihen" gave no
piece at all. Its second clause negates what the first does not, so the first alone would
drop the turn (turns.turned_away: whole or not at all), and the whole was refused for the
missing conjunction (phrases._main_clause keeps a coordinated clause only with its own). The
sentence is offered again with "ja" after the comma; neither.negated_coordination then
writes it "…, eivätkä asukkaat enää usko siihen".

Read from the parse alone: the root has exactly one clause coordinated after it (conj), with
no conjunction of its own, right after a comma, that ends the sentence, names its own
subject (nsubj) and has a negation verb as its auxiliary after that subject; the first clause
has no negation verb or subordinate clause before the comma of its own turn ("jos …")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import children_of, join_words, subtree
from muistiinpanot.summarize.protocols import ParsedToken


def _negation(token: ParsedToken) -> bool:
    return "Polarity=Neg" in token.morph and token.pos in ("AUX", "VERB")


def spliced_negation(tokens: Sequence[ParsedToken]) -> str | None:
    """The sentence with "ja" after the comma before a spliced negated clause (module doc),
    None when it has none."""
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), None)
    if root is None or _negation(tokens[root]):
        return None
    children = children_of(tokens)
    clauses = [c for c in children[root] if tokens[c].dep in ("conj", "parataxis") and c > root]
    if len(clauses) != 1 or tokens[clauses[0]].pos not in ("VERB", "AUX"):
        return None
    second = clauses[0]
    own = children[second]
    if any(tokens[c].dep == "cc" for c in own):
        return None
    words = sorted(i for i in subtree(children, second) if tokens[i].pos != "PUNCT")
    start = words[0]
    end = len(tokens) - 1 if tokens[-1].pos == "PUNCT" else len(tokens)
    if start < 1 or tokens[start - 1].text != "," or words[-1] != end - 1:
        return None
    subjects = [c for c in own if tokens[c].dep == "nsubj"]
    negations = [c for c in own if _negation(tokens[c])]
    if not subjects or not negations or subjects[0] > negations[0]:
        return None
    first = [i for i in range(start - 1) if i not in words]
    if any(_negation(tokens[i]) or tokens[i].pos == "SCONJ" for i in first):
        return None
    text = join_words(tokens, range(len(tokens)), (start - 1, "ja")).strip()
    return text or None
