"""The same point in other words, for the title (post49, review 87 #1): the groups that made
a sentence's point are those of the main theme's notes that say two of its words and at least
a share of their own. A word is its content lemma as the parser reads it in the text, said
again by the same lemma or a compound part (Voikko's WORDBASES: "matka-aika" says "matka"
and "aika"; no derivation's base: "toimikunta" does not say "toimia"), each lemma counted
once. The words every note of the theme says anyway count for nothing: those
of the theme's label and of the clinic's title and topic ("uinti" and "matka" under
"Uintimatkat"), and the verbs that carry no point of their own (olla, voida, pitää, …; a
closed class of Finnish auxiliaries and modals)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from muistiinpanot.summarize.headingwords import compound_bases
from muistiinpanot.summarize.protocols import ParsedToken, Speller

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

_SHORT = 3

#: Finnish auxiliary and modal verbs, and "olla": they say no point alone.
AUXILIARIES = frozenset(
    {"olla", "ei", "voida", "pitää", "täytyä", "tarvita", "saattaa", "joutua", "saada", "tulla"}
)

CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})

#: A note's or sentence's point: each content lemma's roots, the stop words left out.
Point = tuple[frozenset[str], ...]


class PointWords:
    """The point of a list of lemmas; Voikko read once a word. `stop`: texts (the label, the
    clinic's title and topic) whose words' roots say no point."""

    def __init__(self, speller: Speller, stop: Iterable[str] = (), least: int = 2) -> None:
        self._speller = speller
        self.least = least  # the fewest words a note must say (same_point)
        self._cache: dict[str, frozenset[str]] = {}
        found = {root for text in stop for w in _WORDS.findall(text) for root in self.roots(w)}
        self.stop = frozenset(AUXILIARIES | found)

    def roots(self, word: str) -> frozenset[str]:
        """`word` lowercased and its compound parts ("uintimatka": uinti, matka)."""
        word = word.lower()
        found = self._cache.get(word)
        if found is None:
            analyses = self._speller.analyze(word)
            parts = {*compound_bases(analyses), *word.split("-")}
            bases = {a.get("BASEFORM", "").lower() for a in analyses}
            # a part of three letters or fewer joins unrelated words ("kurssityö", "työntekijä")
            long = {part for part in parts if len(part) > _SHORT}
            found = self._cache[word] = frozenset({word, *bases, *long} - {""})
        return found

    def of_tokens(self, tokens: Iterable[ParsedToken]) -> Point:
        """The point of a parsed text: its content words' lemmas (nouns, proper nouns, verbs,
        adjectives, adverbs)."""
        return self.of(t.lemma for t in tokens if t.pos in CONTENT)

    def of(self, lemmas: Iterable[str]) -> Point:
        """The point of `lemmas`: each one's roots less the stop words (a lemma that is a stop
        word, or whose roots all are, says nothing), a lemma whose roots are all another's
        (a compound's part listed beside it) not counted again."""
        found = set()
        for lemma in set(lemmas):
            roots = self.roots(lemma)
            left = roots - self.stop
            if left != roots:  # a label's word in it: only its other parts say a point
                left -= {lemma.lower()}
            if left:
                found.add(left)
        # a compound's part the lemmatize stage lists beside it ("lukusali", "sali") is one word
        return tuple(
            sorted((w for w in found if not any(w < other for other in found)), key=sorted)
        )


def same_point(
    said: Point, notes: Mapping[str, Point], share: float, least: int = 2
) -> tuple[str, ...]:
    """The notes (id → point) that say at least `least` of the words of `said` and whose words
    said are at least the share `share` of their own, most said first, and of them only
    those that share a word with the first: a sentence that joins two notes' points ("…, ja
    …") is no point both made."""
    heard = frozenset().union(*said)
    found = []
    for note_id, words in notes.items():
        common = sum(1 for roots in words if roots & heard)
        if common >= max(least, 1) and common >= share * len(words):
            found.append((-common, note_id))
    ranked = [note_id for _, note_id in sorted(found)]
    if not ranked:
        return ()
    first = frozenset().union(*notes[ranked[0]]) & heard
    return tuple(i for i in ranked if frozenset().union(*notes[i]) & first)
