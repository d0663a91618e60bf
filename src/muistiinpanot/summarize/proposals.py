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
whose verb no other note proposes.

Review 50 #2 (mend101): the proposals are read from the whole clinic (`PassiveContext`), not
the theme alone; a clause whose verb and thing another note states as today's practice
("nyt päätökset tehdään jossain …") and which says something else of it ("päätökset tehdään
avoimesti") states what should be done, and says "pitäisi"; so does one next to a proposal of
its own group's file on the same thing (a content lemma or compound part shared: "sopimusten
pitää olla julkisia" beside "urakkasopimukseen kirjataan …") when it is one bare clause (no
comma, only nominals before its verb) and its note has no negation (a complaint: "… eikä
seuroja kuulla"). Beyond the theme only a proposal in the conditional is read."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from muistiinpanot.records import Note
from muistiinpanot.summarize.clauses import habitual_adverbs, tone_words
from muistiinpanot.summarize.phrases import Span
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.protocols import Speller


@functools.cache
def _tone_lists() -> tuple[frozenset[str], frozenset[str]]:
    """lexicons/tone.toml: the adverbs of practice (`habitual`, `practice`) and the
    conjunctions that join predicates (`coordination`)."""
    practice = tone_words("practice", "adverbs") | habitual_adverbs()
    return practice, tone_words("coordination", "conjunctions")


@dataclass(frozen=True, slots=True)
class PassiveContext:
    """What beyond a theme tells a present passive's mood (review 50 #2): the pieces of every
    note of the clinic, each note's neighbours' pieces (the kept notes just before and after
    it in its group's file) and the notes with a negation."""

    clinic: tuple[Piece, ...] = ()
    neighbours: Mapping[str, tuple[Piece, ...]] = field(default_factory=dict)
    negated: frozenset[str] = frozenset()


def passive_context(
    kept: Sequence[Note], pieces: Mapping[str, Sequence[Piece]], speller: Speller
) -> PassiveContext:
    """The PassiveContext of the clinic's `kept` notes and their `pieces` (by note id)."""
    files: dict[tuple[str, str], list[Note]] = {}
    for note in kept:
        files.setdefault((note.group, note.source.path), []).append(note)
    neighbours: dict[str, tuple[Piece, ...]] = {}
    for notes in files.values():
        notes.sort(key=lambda n: (n.source.line or n.source.row or 0, n.id))
        for index, note in enumerate(notes):
            near = notes[max(index - 1, 0) : index] + notes[index + 1 : index + 2]
            neighbours[note.id] = tuple(p for n in near for p in pieces.get(n.id, ()))
    negated = frozenset(
        note.id
        for note in kept
        if any(
            r.get("CLASS") == "kieltosana"
            for word in (note.clean_text or note.text).split()
            for r in speller.analyze(word.strip(".,;:!?").lower())
        )
    )
    return PassiveContext(tuple(p for ps in pieces.values() for p in ps), neighbours, negated)


def proposed_passives(
    pieces: Sequence[Piece],
    speller: Speller,
    theme: Sequence[Piece] = (),
    context: PassiveContext | None = None,
) -> list[Piece]:
    """`pieces` with each statement clause in the present passive that another note's
    proposal clause proposes said as proposed (the module doc); `theme`: the pieces of the
    whole theme, whose proposals are read too (a bullet's pool lacks those of notes another
    bullet used, review 48 #4); `context`: the clinic's (review 50 #2)."""
    context = context or PassiveContext()
    # beyond the theme only a proposal in the conditional ("pitäisi", "voisi"): a necessive
    # in the indicative also states a rule of today ("kyyti pitää tilata edellisenä päivänä")
    clinic = [p for p in context.clinic if _conditional(p, speller)]
    read = (*pieces, *theme, *clinic)
    proposals = [p for p in read if p.kind == "clause" and p.tone == "proposal"]
    return [_as_proposed(piece, proposals, speller, context) for piece in pieces]


def _as_proposed(
    piece: Piece, proposals: Sequence[Piece], speller: Speller, context: PassiveContext
) -> Piece:
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
    if modal is None and (
        _against_practice(piece, infinitive, others, context.clinic, speller)
        or (_bare(piece, words[:verb], speller) and _beside_proposal(piece, others, context))
    ):
        modal = "pitäisi"
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


def _against_practice(
    piece: Piece,
    infinitive: str,
    others: frozenset[str],
    clinic: Sequence[Piece],
    speller: Speller,
) -> bool:
    """Whether another note states today's practice ("nyt", "aina": `practice`) with the
    same verb and a content lemma of `piece` (`others`), and `piece` says something that one
    does not (the practice again, in other words or not, is no contrast)."""
    practice, _ = _tone_lists()
    for other in clinic:
        words = [w.lower() for w in other.main]
        if (
            other.note_id != piece.note_id
            and other.kind == "clause"
            and set(words) & practice
            and any(_passive(w, speller) == infinitive for w in words)
            and others & other.span.lemmas
            and others - other.span.lemmas - practice
        ):
            return True
    return False


def _beside_proposal(piece: Piece, others: frozenset[str], context: PassiveContext) -> bool:
    """Whether a neighbour of `piece`'s note in its group's file proposes something of the
    same thing (a content lemma, or one a compound ends in: "urakkasopimus", "sopimus"),
    and `piece`'s note has no negation."""
    if piece.note_id in context.negated:
        return False
    return any(
        near.tone == "proposal" and _share(others, near.span.lemmas)
        for near in context.neighbours.get(piece.note_id, ())
    )


def _conditional(piece: Piece, speller: Speller) -> bool:
    """Whether a word of `piece`'s main clause is in the conditional mood."""
    return any(
        r.get("MOOD") == "conditional"
        for part in piece.main
        for word in part.lower().split()
        for r in speller.analyze(word)
    )


def _bare(piece: Piece, before: Sequence[str], speller: Speller) -> bool:
    """Whether `piece` is one bare clause: no comma, and only nominals before its verb
    ("urakkasopimukseen kirjataan …"; not "hyvä kun tästä puhutaan …", not "… tehdään
    erikseen …, samat luvut monta kertaa"), whose mood its neighbours may tell."""
    return "," not in piece.span.text and all(
        any(r.get("CLASS") in _NOMINALS for r in speller.analyze(word)) for word in before
    )


_NOMINALS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "lukusana", "etunimi"})


def _share(one: frozenset[str], other: frozenset[str]) -> bool:
    return any(
        a == b or (len(b) >= 4 and a.endswith(b)) or (len(a) >= 4 and b.endswith(a))
        for a in one
        for b in other
    )
