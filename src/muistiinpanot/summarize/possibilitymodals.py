"""A plural nominative before a modal of possibility ("voida", "saattaa") that says no person:
the zero person's object ("lomakkeet voisi täyttää netissä" stays) or the modal's subject, when
the verb it governs has an object of its own ("pyörätuolit voisi helpottaa arkea" →
"voisivat") or the nominatives are coordinated with a singular noun among them ("kirjastot ja
nuorisotoimi voisi tavata" → "voisivat"). Split out of subjectverb.py, which asks."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.clauses import attribute_genitive
from muistiinpanot.summarize.objectfirst import object_first_verb
from muistiinpanot.summarize.protocols import ParsedToken

#: Modal auxiliaries of possibility: their plural nominative is their subject when the verb
#: they govern has an object of its own (a verb takes one direct object).
_POSSIBILITY_MODALS = frozenset({"voida", "saattaa"})


def modal_with_object(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, auxiliary: int
) -> bool:
    """Whether the auxiliary at `auxiliary` is a modal of possibility whose verb at `index`
    has its own object (not one after a verb coordinated with it), so that a plural
    nominative before them is no zero-person object but their subject ("pyörätuolit voisi
    helpottaa arkea" → "voisivat"; "lomakkeet voisi täyttää netissä" stays)."""
    return tokens[auxiliary].lemma in _POSSIBILITY_MODALS and any(
        tokens[c].dep == "obj"
        and c > auxiliary  # "…, aukioloa voisi pidentää": an object first, no subject's verb
        and not _after_coordinated_verb(tokens, children, index, c)
        and not attribute_genitive(tokens, children, c)
        for c in children[index]
    )


def coordinated_nominatives(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, auxiliary: int
) -> int | None:
    """The first of coordinated nominatives before the modal of possibility at `auxiliary`
    (the parse's subject or object of the verb at `index`) one of which is a singular noun: a
    zero-person clause's singular object is no nominative ("lomakkeen voisi täyttää"), so
    they are its subject ("kirjastot ja nuorisotoimi voisi tavata" → "voisivat", review 72
    #4). None otherwise."""
    if tokens[auxiliary].lemma not in _POSSIBILITY_MODALS:
        return None
    if object_first_verb(tokens, children, index):
        return None  # "kahvi ja pullat voisi tuoda": a verb that needs an object has none
    for first in children[index]:
        if first > auxiliary or not tokens[first].dep.startswith(("nsubj", "obj")):
            continue
        conjuncts = [first, *(c for c in children[first] if tokens[c].dep == "conj")]
        if (
            len(conjuncts) > 1
            and all(
                tokens[c].pos in ("NOUN", "PROPN") and "Case=Nom" in tokens[c].morph
                for c in conjuncts
            )
            and any("Number=Sing" in tokens[c].morph for c in conjuncts)
        ):
            return first
    return None


def _after_coordinated_verb(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, child: int
) -> bool:
    """Whether a verb coordinated with the verb at `index` stands between it and its `child`:
    an object after the second verb is that verb's, whatever the parse hangs it on, and the
    first verb's frame is still open ("kokoukset voisi nauhoittaa ja julkaista tallenteen":
    "kokoukset" may be what is recorded)."""
    return any(
        tokens[c].dep == "conj" and tokens[c].pos == "VERB" and index < c < child
        for c in children[index]
    )
