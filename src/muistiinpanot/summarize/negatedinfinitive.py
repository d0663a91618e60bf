"""A negation verb before an A-infinitive (review 62 #1, mend126): "pitäisi sitoutua kokeiluun
eikä lopettaa …" coordinates two infinitives under one modal, and the negation verb there is
the fixed "eikä" of the infinitive, which has no person to agree with; only a negation before
its connegative ("eivätkä lopeta") takes its subject's number. Read from the parse (the verb an
A-infinitive, a negation verb its auxiliary) and Voikko (the word is an A-infinitive: a
connegative never is), not from word lists. subjectverb.disagreeing asks it."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.protocols import ParsedToken, Speller


def negated_infinitive(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> bool:
    """Whether the verb at `index` is an A-infinitive under a negation verb of its own."""
    token = tokens[index]
    if "InfForm=1" not in token.morph:
        return False
    if not any("Polarity=Neg" in tokens[c].morph for c in children[index] if c < index):
        return False
    return any(a.get("MOOD") == "A-infinitive" for a in speller.analyze(token.text.lower()))
