"""The infinitive phrase under a modal verb that a bullet can gather from a parsed note
sentence: "asukkaat pitäisi ottaa mukaan" → (pitää, "ottaa asukkaat mukaan"), the verb first,
when the infinitive has no subject of its own and no clause inside it (phrases.py gathers it
with the sentence's other pieces; one under a necessive in the indicative is not gathered:
necessive_in_force, review 84 #2). No phrase reaches across a comma before the modal's verb:
the words before it are a clause of their own ("kummallakin yksiköllä omat ohjeet, pitäis
sopia yhteiset" states a state, then a wish against it; "sopia kummallakin yksiköllä omat
ohjeet yhteiset" said the reverse, review 73 #1)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.summarize.clauses import CLAUSE_DEPS, MODALS, clausal
from muistiinpanot.summarize.necessive import NECESSIVE_VERBS
from muistiinpanot.summarize.parsetree import Span, join_words, span_lemmas, subtree
from muistiinpanot.summarize.protocols import ParsedToken

__all__ = ["modal_phrase"]

_MAX_PHRASE = 8
_NONE = Span("", frozenset())


def modal_phrase(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    root: int,
    named: Callable[[str, str], bool] = lambda word, after: False,
    lative: Callable[[str], bool] = lambda word: False,
) -> tuple[str, Span]:
    """(modal lemma, infinitive phrase) for "pitäisi ottaa asukkaat mukaan" without a subject
    of its own; ("", "") otherwise. An adverb of the infinitive stays when it is a particle
    (`particle`) or `lative` reads it in a lative case ("ottaa hinnat selville", review 79)."""
    head = tokens[root]
    if "VerbForm=Inf" not in head.morph:
        return "", _NONE
    modals = [c for c in children[root] if tokens[c].dep == "aux" and tokens[c].lemma in MODALS]
    if not modals or any(tokens[c].dep.startswith("nsubj") for c in children[root]):
        return "", _NONE
    skip = {
        c
        for c in children[root]
        if tokens[c].dep in ("aux", "punct", "cc", "mark", *CLAUSE_DEPS)
        or (tokens[c].dep == "advmod" and not particle(tokens[c]) and not lative(tokens[c].text))
        or (tokens[c].dep == "conj" and clausal(tokens, children, c))
    }
    kept = sorted(subtree(children, root, frozenset(skip)))
    if any(tokens[i].pos == "PUNCT" or "VerbForm=Fin" in tokens[i].morph for i in kept):
        return "", _NONE  # a clause of its own inside ("pitää, jos … luvataan …, se")
    if len(kept) > _MAX_PHRASE:
        return "", _NONE
    if any(tokens[i].text == "," and i not in kept for i in range(min(kept), root)):
        return "", _NONE  # "X:llä omat ohjeet, pitäisi sopia yhteiset": a state, then a wish
    if any("Polarity=Neg" in tokens[i].morph for i in kept):
        return "", _NONE
    # the verb first: "asukkaat pitäisi ottaa mukaan" → "ottaa asukkaat mukaan"
    order = [root] + [i for i in kept if i < root] + [i for i in kept if i > root]
    text = join_words(tokens, order, None)
    first = tokens[order[1]] if len(order) > 1 and order[1] < root else None
    after = tokens[order[2]].text if len(order) > 2 else ""
    if (
        first is not None
        and first.pos != "PROPN"
        and not first.text.isupper()
        and not named(first.text, after)
    ):
        text = text.replace(first.text, first.text[:1].lower() + first.text[1:], 1)
    return tokens[modals[0]].lemma, Span(text, span_lemmas(tokens, kept))


def necessive_in_force(tokens: Sequence[ParsedToken]) -> bool:
    """Whether the sentence's root has a necessive auxiliary in the indicative ("pitää",
    "täytyy", "tulee"): what one must do, a rule in force as often as a demand; the
    conditional ("pitäisi", spoken "pitäis") is what the group proposes (review 84 #2). Its
    infinitive phrase is no piece to gather under the bullets' "pitäisi" (notepieces.py):
    the note is said in its own words."""
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), -1)
    return any(
        t.head == root and t.dep == "aux" and t.lemma in NECESSIVE_VERBS and "Mood=Ind" in t.morph
        for i, t in enumerate(tokens)
        if i != root
    )


def particle(token: ParsedToken) -> bool:
    """Whether a word is a verb particle (lexicons/direction.toml `particles`): "pois",
    "ulos", "talteen" …, by its written form or its lemma."""
    return token.text.lower() in _particles() or token.lemma.lower() in _particles()


@functools.cache
def _particles() -> frozenset[str]:
    return frozenset(read_lexicon("direction")["particles"]["words"])
