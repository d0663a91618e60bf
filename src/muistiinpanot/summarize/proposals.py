"""A proposal stays a proposal (summary35, issue 12): a note's clause whose main verb is a
present passive not opening its sentence reads as a statement of what is done ("Laudat
varataan netistä"), though spoken Finnish proposes with it too. When another note of the
theme proposes the same verb for the same thing (a proposal clause holding that verb's lemma
and another of the clause's content lemmas: "laudat voisi varata netistä"), the clause is
said as that note proposed it: the passive becomes the proposing note's modal ("voisi",
"pitäisi"; "pitäisi" when it names none) and the A-infinitive, a present passive coordinated
right after its join ("ja haetaan …") the A-infinitive too, and the clause's tone a proposal;
one with its own subject between ("ja ne maksetaan …", review 48 #1) stays a passive. A
clause with an adverb of frequency or of the present practice of its own ("aina", "nyt",
"jo": lexicons/tone.toml `habitual`, `practice`) states a practice and stays; so does one
whose verb no other note proposes."""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources

from muistiinpanot.summarize.clauses import habitual_adverbs
from muistiinpanot.summarize.phrases import Span
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.protocols import Speller


@functools.cache
def _tone_lists() -> tuple[frozenset[str], frozenset[str]]:
    """lexicons/tone.toml: the adverbs of practice (`habitual`, `practice`) and the
    conjunctions that join predicates (`coordination`)."""
    text = resources.files("muistiinpanot.lexicons").joinpath("tone.toml").read_text("utf-8")
    lexicon = tomllib.loads(text)
    practice = frozenset(lexicon["practice"]["adverbs"]) | habitual_adverbs()
    return practice, frozenset(lexicon["coordination"]["conjunctions"])


def proposed_passives(
    pieces: Sequence[Piece], speller: Speller, theme: Sequence[Piece] = ()
) -> list[Piece]:
    """`pieces` with each statement clause in the present passive that another note's
    proposal clause proposes said as proposed (the module doc); `theme`: the pieces of the
    whole theme, whose proposals are read too (a bullet's pool lacks those of notes another
    bullet used, review 48 #4)."""
    proposals = [p for p in (*pieces, *theme) if p.kind == "clause" and p.tone == "proposal"]
    if not proposals:
        return list(pieces)
    return [_as_proposed(piece, proposals, speller) for piece in pieces]


def _as_proposed(piece: Piece, proposals: Sequence[Piece], speller: Speller) -> Piece:
    if piece.kind != "clause" or piece.tone != "statement" or len(piece.main) < 2:
        return piece
    words = [w.lower() for w in piece.main]
    practice, joins = _tone_lists()
    if set(words) & practice:
        return piece
    verb = next((i for i, w in enumerate(words) if i > 0 and _passive(w, speller)), -1)
    if verb < 0:
        return piece
    infinitive = _passive(words[verb], speller)
    others = piece.span.lemmas - {infinitive}
    modal = next(
        (
            _modal(p.main, infinitive, speller)
            for p in proposals
            if p.note_id != piece.note_id and infinitive in p.span.lemmas and p.span.lemmas & others
        ),
        None,
    )
    if modal is None:
        return piece
    rewrites = {verb: f"{modal} {infinitive}"}
    for index in range(verb + 2, len(words)):
        # a predicate right after the join shares the modal; "ja ne maksetaan" has its own
        coordinated = _passive(words[index], speller) if words[index - 1] in joins else ""
        if coordinated:
            rewrites[index] = coordinated
    text = _rewritten(piece.span.text, piece.main, rewrites)
    if text is None:
        return piece
    return dataclasses.replace(
        piece, span=Span(text, piece.span.lemmas), tone="proposal", frame=None
    )


def _passive(word: str, speller: Speller) -> str:
    """The A-infinitive (Voikko's base form) of an affirmative present passive indicative
    ("varataan" → "varata"), or ""."""
    for reading in speller.analyze(word):
        if (
            reading.get("PERSON") == "4"
            and reading.get("MOOD") == "indicative"
            and reading.get("TENSE") == "present_simple"
            and reading.get("NEGATIVE") == "false"
        ):
            return reading.get("BASEFORM", "")
    return ""


def _modal(main: Sequence[str], infinitive: str, speller: Speller) -> str:
    """The conditional modal a proposal clause puts before `infinitive` ("voisi"), else
    "pitäisi"."""
    for word, after in zip(main, main[1:], strict=False):
        infinitives = {r.get("BASEFORM") for r in speller.analyze(after.lower())}
        conditional = any(r.get("MOOD") == "conditional" for r in speller.analyze(word.lower()))
        if infinitive in infinitives and conditional:
            return word.lower()
    return "pitäisi"


def _rewritten(text: str, main: Sequence[str], rewrites: Mapping[int, str]) -> str | None:
    """`text` with the main clause's words at `rewrites` replaced, found in order; None when
    a word is not found where the main clause has it."""
    parts: list[str] = []
    position = 0
    for index, word in enumerate(main):
        found = text.find(word, position)
        if found < 0:
            found = text.lower().find(word.lower(), position)
        if found < 0:
            return None
        end = found + len(word)
        if index in rewrites:
            parts.append(text[position:found] + rewrites[index])
            position = end
    return "".join(parts) + text[position:]
