"""The parts of a verbless note that gave no clause (review 58 #1, mend120).

"avoin budjetti, kaikki kulut julki" names a topic and then asks for something: as a whole it
is a fragment (no finite predicate, and the wish and direction rules read one noun phrase), so
a theme whose groups all wrote the point this way got no bullet ("a fragment without a whole
sentence"). Cut at the commas, semicolons and colons the parse reads as punctuation, each part
of two or more words is read as a sentence of its own (notepieces.parse_pieces), and the
clauses the parts give (a wish, a direction's necessive, an indirect question) are the note's.

A later part that opens with a pro-adverb of time, place or reason (context.POINTING_ADVERBS:
"iltaretki auringonlaskussa, silloin korennot ovat komeimmillaan") points at the part before
it and is not read alone (review 86 #1).

Only for a sentence with no finite verb that gave no clause: a note with a predicate of its
own was left out by a check (reasons.py), and its parts are not read again."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.summarize.context import POINTING_ADVERBS
from muistiinpanot.summarize.predicate import has_read_finite_verb
from muistiinpanot.summarize.protocols import ParsedToken

#: Punctuation between the parts of a listed note.
_BOUNDARIES = frozenset({",", ";", ":"})


def verbless_parts(
    tokens: Sequence[ParsedToken], finite: Callable[[str], bool], least: int = 2
) -> tuple[str, ...]:
    """The parts of a note without a finite verb (one the parse reads finite and `finite`,
    Voikko, can read so: "julki" is the parser's slip), cut at its inner commas, semicolons
    and colons, each of at least `least` words and opening with a capital; () when the note
    has only one part."""
    if has_read_finite_verb(tokens, finite):
        return ()
    parts: list[list[str]] = [[]]
    for token in tokens:
        if token.pos == "PUNCT" and token.text in _BOUNDARIES:
            parts.append([])
        elif token.pos != "PUNCT" or token.text not in ".!?":
            parts[-1].append(token.text)
    if len(parts) < 2:
        return ()
    # a later part that opens with a pro-adverb ("silloin", "siksi" …) points at a part
    # before it, which is not read with it: it is no sentence alone (review 86 #1)
    kept = [
        words
        for number, words in enumerate(parts)
        if not (number and words and words[0].lower() in POINTING_ADVERBS)
    ]
    # each part opens a sentence of its own: its first letter a capital, as tidy gives a note's
    texts = [" ".join(words) for words in kept if len(words) >= least]
    return tuple(text[:1].upper() + text[1:] for text in texts)
