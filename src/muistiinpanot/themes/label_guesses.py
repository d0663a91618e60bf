"""Lemmas that only a letter-changing correction gave (review 37 #2, mend65): the lemmatizer
reads a word Voikko does not know through a spelling suggestion, and when that suggestion
changes letters of a word that could be Finnish as typed, the lemma is another word ("äppi",
an app, read as "älli"; "välkällä", at break, as "väljä"). Such a lemma may still place a
note, but it is no keyword and no label word: the facilitator would publish a word no group
wrote. A lemma stays when a note writes it itself (Voikko reads some word of the notes as
it) or a restoring correction gives it (spelling.restores: "ilmottaa" → "ilmoittaa")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol, runtime_checkable

from muistiinpanot.spelling import SUGGEST_MAX_EDITS, SUGGEST_MIN_LETTERS, restores, well_formed

_WORD = re.compile(r"[^\W\d_]+")


@runtime_checkable
class Suggester(Protocol):
    """Cached Voikko as this module uses it."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...


def changed_lemmas(
    texts: Sequence[str], lemmas: Collection[str], voikko: Suggester
) -> frozenset[str]:
    """The lemmas among `lemmas` that the words of `texts` give only through a spelling
    suggestion (of a word Voikko does not know, same first letter, at most two edits away)
    that changes letters of a well-formed word; none that a word of the texts is read as,
    nor one a restoring suggestion gives."""
    words = sorted({w.lower() for text in texts for w in _WORD.findall(text)})
    written: set[str] = set()
    restored: set[str] = set()
    changed: set[str] = set()
    for word in words:
        analyses = voikko.analyze(word)
        if analyses:
            written |= {a.get("BASEFORM", "").lower() for a in analyses}
            continue
        if len(word) < SUGGEST_MIN_LETTERS:
            continue
        for suggestion in voikko.suggest(word):
            flat = suggestion.lower()
            if flat[:1] != word[:1] or " " in flat or _distance(word, flat) > SUGGEST_MAX_EDITS:
                continue
            bases = {a.get("BASEFORM", "").lower() for a in voikko.analyze(suggestion)}
            if restores(word, flat) or not well_formed(word):
                restored |= bases
            else:
                changed |= bases
    return frozenset((changed - restored - written) & set(lemmas))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (a cap check only: the spelling modules hold the full ones)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
