"""A note whose second clause, after a comma alone, frames or completes the first (review 43
#9, mend86): "drooni lentää takapihan yli, asukas kokee että häntä kuvataan" is a resident's
worry, and "sähköauto pelottaa vanhempia asukkaita, tarvitaan opastusta" a finding with its
proposal. The comma splice rule (clauses.spliced) keeps the first clause alone, which states
the worry as a fact ("Drooni lentää takapihan yli.") or drops the proposal. Such a note is
written whole, the spliced clause joined with "ja" ("Drooni lentää takapihan yli, ja asukas
kokee, että häntä kuvataan."; with the comma before its "että").

The second clause frames the first when its predicate governs an "että" clause (UD `ccomp`
or `mark`: a verb of feeling, thinking or saying with its content), and completes it when
it proposes (clauses.clause_tone: a modal, a conditional, a need, a "let us" passive). Read
from the parse alone; only the last spliced clause of a note of two clauses is joined."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.clauses import clause_tone, spliced
from muistiinpanot.summarize.parsetree import Span, capitalise, join_words, span_lemmas, subtree
from muistiinpanot.summarize.protocols import ParsedToken

_CONJUNCTION = "ja"


def framed_splice(
    tokens: Sequence[ParsedToken], children: list[list[int]], max_words: int
) -> Span | None:
    """The whole note with its spliced framing or proposing clause joined by "ja" (see the
    module doc), or None when it has no such clause or is longer than `max_words` words
    ([summary] framed_words)."""
    roots = [i for i, t in enumerate(tokens) if t.dep == "ROOT"]
    if len(roots) != 1 or sum(t.pos != "PUNCT" for t in tokens) > max_words:
        return None
    root = roots[0]
    found = [i for i in range(root + 1, len(tokens)) if spliced(tokens, children, i)]
    if len(found) != 1 or tokens[found[0]].pos not in ("VERB", "AUX"):
        return None
    second = found[0]
    if not (_frames(tokens, children, second) or _proposes(tokens, children, second)):
        return None
    span = subtree(children, second)
    first = min(span)
    if any("Polarity=Neg" in tokens[i].morph for i in range(first, second + 1)):
        return None  # "…, ei vain että …": an elliptic contrast, not a clause of its own
    comma = first - 1 if tokens[first].text != "," else first
    if tokens[comma].text != "," or max(span) != max(
        i for i, t in enumerate(tokens) if t.pos != "PUNCT"
    ):
        return None
    words = [i for i in range(len(tokens)) if tokens[i].text not in (".", "!")]
    marks = frozenset(i for i in span if tokens[i].text.lower() == "että")  # "kokee, että"
    text = join_words(tokens, words, (comma, _CONJUNCTION), marks).rstrip(" ,;:")
    return Span(capitalise(text) + ".", span_lemmas(tokens, words))


def _frames(tokens: Sequence[ParsedToken], children: list[list[int]], verb: int) -> bool:
    """Whether the verb at `verb` governs an "että" clause."""
    return any(
        tokens[c].dep == "ccomp" and any(tokens[g].text.lower() == "että" for g in children[c])
        for c in children[verb]
    )


def _proposes(tokens: Sequence[ParsedToken], children: list[list[int]], verb: int) -> bool:
    return clause_tone(tokens, children, verb) == "proposal"
