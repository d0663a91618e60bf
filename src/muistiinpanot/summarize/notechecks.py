"""Which check left a theme's note out when the theme got no bullet (review 43 #6, mend86):
the notes' parse (notepieces.parse_pieces) read again for the reason reasons.py writes
(left_out, post.py's call)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from muistiinpanot.records import Note
from muistiinpanot.summarize.clearing import NOT_PROSE, note_text
from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.notepieces import Cleared
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.predicate import has_finite_predicate
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.reasons import NoBullet, no_bullet_reason


def finite_notes(
    cleared: Sequence[Cleared], ids: Collection[str], analyzer: SummaryAnalyzer
) -> set[str]:
    """Those of `ids` (cleared notes that gave no piece) one of whose sentences has a finite
    main predicate (predicate.has_finite_predicate): their clause was left out by a check, and
    the reason a theme got no bullet does not call them fragments (review 38 #1)."""
    flat = [(c.note.id, s) for c in cleared if c.note.id in ids for s in c.sentences]
    parsed = analyzer.parse([sentence for _, sentence in flat]) if flat else []
    return {
        note_id
        for (note_id, _), tokens in zip(flat, parsed, strict=True)
        if has_finite_predicate(tokens)
    }


def checked_notes(
    cleared: Sequence[Cleared],
    pieces: Mapping[str, Sequence[Piece]],
    unparsed: Collection[str],
    members: Collection[str],
    analyzer: SummaryAnalyzer,
) -> dict[str, str]:
    """note id → the check that left it out, for the `members` of a theme without a bullet
    (review 43 #6, mend86: the reason said "failed the checks" without saying which);
    `unparsed`: the ids of cleared notes with sentences that gave no piece. A note without
    pieces and no finite predicate (a fragment) is absent. The checks:

    - `structure`: it gave no piece though a sentence has a finite main predicate: the parse's
      checks (a comma splice, two subjects, a word Voikko does not know) left its clause out;
    - `no_clause`: it gave only parts of a clause (a noun phrase, an infinitive phrase);
    - `language`: every clause it gave fails the language check of a published sentence
      (grammar.repair_sentence: no finite verb, a spoken form, two "että", a necessive's
      nominative subject, more than one sentence);
    - `unused`: a clause passed, and the bullet did not take it (it repeated what the post said,
      or others were chosen)."""
    ours = set(members)
    causes = dict.fromkeys(finite_notes(cleared, set(unparsed) & ours, analyzer), "structure")
    for note_id in sorted(ours - set(unparsed)):
        found = pieces.get(note_id, ())
        clauses = [piece for piece in found if piece.kind == "clause"]
        if not found:
            continue
        if not clauses:
            causes[note_id] = "no_clause"
        elif all(repair_sentence(p.span.text, analyzer.voikko) is None for p in clauses):
            causes[note_id] = "language"
        else:
            causes[note_id] = "unused"
    return causes


def left_out(
    assigned: Sequence[str],
    members: Sequence[str],
    cleared: Sequence[Cleared],
    pieces: Mapping[str, Sequence[Piece]],
    notes: Sequence[Note],
    analyzer: SummaryAnalyzer,
) -> NoBullet:
    """Why a theme got no bullet (reasons.no_bullet_reason): `assigned`, the ids of its kept
    notes, `members` those that may speak for it; `cleared` and `pieces`, the clinic's notes
    read for bullets and their pieces; `notes`, the clinic's notes (its duplicates)."""
    unparsed = {c.note.id for c in cleared if c.sentences and not pieces[c.note.id]}
    return no_bullet_reason(
        assigned,
        set(members),
        {c.note.id: c.sentences for c in cleared},
        {c.note.id for c in cleared if NOT_PROSE.search(note_text(c.note))},
        {note_id for note_id, found in pieces.items() if found},
        [note for note in notes if note.status == "duplicate"],
        checked_notes(cleared, pieces, unparsed, set(members), analyzer),
    )
