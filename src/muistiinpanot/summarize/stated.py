"""The notes a bullet sentence states, for the groups its lead-in names (review 66 #1).

A sentence may carry notes whose words it does not say: a note folded into it because it
names the same things (restated.restates: "Aikaa säästyy, mutta se menee robottien
täyttöön" under "Robotin täyttö pitää tehdä tarkasti") keeps its place in the trace, but
its point (time saved goes to filling the robots) is not the sentence's. A lead-in that
says several groups said the sentence ("Ryhmien mukaan …") counts only the groups of the
notes the sentence states: those at least `[summary] lead_in_stated_share` of whose content
lemmas the sentence says (a lemma, its base form or its compound's roots, by Voikko)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.postrepeats import said_roots
from muistiinpanot.summarize.protocols import Speller

_WORD = re.compile(r"[^\W\d_]+")


def stated_notes(
    sentence: str, pieces: Sequence[Piece], speller: Speller, share: float
) -> list[str]:
    """The note ids of `pieces` (in order, once each) whose words `sentence` states: its
    piece's content lemmas, at least the share `share` of them, are said by the sentence (a
    piece without content lemmas counts when its text is in the sentence)."""
    said = said_roots(sentence, speller) | {w.lower() for w in _WORD.findall(sentence)}
    found: list[str] = []
    for piece in pieces:
        if piece.note_id in found:
            continue
        lemmas = piece.span.lemmas
        if lemmas:
            covered = sum(1 for lemma in lemmas if _said(lemma, said, speller))
            if covered >= share * len(lemmas):
                found.append(piece.note_id)
        elif piece.span.text.rstrip(".").lower() in sentence.lower():
            found.append(piece.note_id)
    return found


def _said(lemma: str, said: frozenset[str], speller: Speller) -> bool:
    """Whether the sentence says `lemma`: itself, or every root Voikko reads in it."""
    if lemma in said:
        return True
    roots = said_roots(lemma, speller)
    return bool(roots) and roots <= said
