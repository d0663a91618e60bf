"""Whether the parse shows a clause that is not a sentence: two subjects or two objects of one
predicate, a subject inside a subject, or one comma between the subject and its verb (a
stretch of time the parser calls an object is an adverbial of duration, no second object)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lexicons import time_units
from muistiinpanot.summarize.parsetree import subtree
from muistiinpanot.summarize.protocols import ParsedToken


def malformed(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> bool:
    """Whether the parse shows a clause that is not a sentence: two subjects or two objects of
    one predicate ("Rajapinnat auki niin yritykset voivat hyödyntää", "… voi hyödyntää"), a
    subject inside a subject, or one comma between the subject and its verb ("Yhteinen kokeilu
    hyte, toimi hyvin"). A stretch of time the parse calls an object is an adverbial of
    duration, no second object ("Nostolaitetta odotettiin kaksi kuukautta": lexicons/time.toml
    `units`, the nouns of a calendar's time)."""
    subjects = [c for c in children[root] if tokens[c].dep.startswith("nsubj")]
    every = [c for c in children[root] if tokens[c].dep == "obj"]
    objects = [c for c in every if not _duration(tokens, children, c, every)]
    if len(subjects) > 1 or len(objects) > 1:  # coordinated ones hang on the first (conj)
        return True
    for subject in subjects:
        if any(tokens[c].dep.startswith("nsubj") for c in children[subject]):
            return True
        span = subtree(children, subject)
        end = max(span)
        inner_comma = any(tokens[i].text == "," for i in span)
        if end + 2 == root and tokens[end + 1].text == "," and not inner_comma:
            return True
    return False


#: The quantifier of a whole stretch ("koko viikon"): an adjective in UD, no numeral.
_WHOLE = "koko"


def _duration(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, objects: Sequence[int]
) -> bool:
    """Whether the object `index` (of the predicate's `objects`) is a noun of a calendar's
    time in a case an adverbial of duration takes, the parser's object reading of it wrong:
    it carries a numeral or quantifier ("kaksi kuukautta", "koko viikon"), or it stands
    after another object ("mallia kokeiltiin viikko", "odottivat vastausta kuukauden").
    A genitive right before a noun is that noun's attribute, no duration, and one more
    object ("kunta varasi aikaa päivän asukkaille": review 41 #7)."""
    token = tokens[index]
    if not (
        token.pos == "NOUN"
        and token.lemma.lower() in time_units()
        and any(f"Case={case}" in token.morph for case in ("Par", "Nom", "Acc", "Gen"))
    ):
        return False
    if any(
        tokens[c].pos == "NUM" or tokens[c].dep in ("nummod", "det") or tokens[c].lemma == _WHOLE
        for c in children[index]
    ):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    attribute = (
        "Case=Gen" in token.morph and following is not None and following.pos in ("NOUN", "PROPN")
    )
    return any(other < index for other in objects) and not attribute
