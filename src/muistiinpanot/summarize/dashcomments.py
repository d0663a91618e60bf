"""A note that says what it thinks of its own statement after a dash ("Resurssiopettajat
jaetaan uudestaan - huoli että joku jää ilman": a worry; review 40 #5, mend79). The clause
before the dash, published alone, states as a fact what the group was worried about or
proposed, so the note gives no clause at all: whole or not at all, as a turn does
(turns.py). Read from the parse and Voikko, by structure: after a dash, a word Voikko reads
as a noun (the parse may take it for a verb: "huoli" as a spoken past) that governs a
complement clause with "että", or is the subject of one ("pelko että …")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import children_of
from muistiinpanot.summarize.protocols import ParsedToken, Speller

_DASHES = frozenset({"-", "–", "—"})
_NOUN_CLASSES = frozenset({"nimisana", "nimisana_laatusana"})


def dash_comment(tokens: Sequence[ParsedToken], speller: Speller) -> bool:
    """Whether the sentence goes on after a dash with a noun and its "että" clause (see the
    module doc)."""
    children = children_of(tokens)
    for dash, token in enumerate(tokens):
        if token.text not in _DASHES or dash + 2 >= len(tokens):
            continue
        noun = dash + 1
        if not _noun(tokens[noun].text, speller) or tokens[noun + 1].text.lower() != "että":
            continue
        clause = tokens[noun + 1].head  # the verb of the "että" clause
        if clause == noun or clause in children[noun] or tokens[noun].head == clause:
            return True
    return False


def _noun(word: str, speller: Speller) -> bool:
    analyses = speller.analyze(word.lower())
    return bool(analyses) and any(a.get("CLASS") in _NOUN_CLASSES for a in analyses)
