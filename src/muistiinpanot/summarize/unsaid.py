"""Why the post does not say a note an analyst moved (review 84 #3): in words an analyst
understands, from the checks the summary already ran (notechecks.left_out, the reasons a
theme without a bullet is given; reasons.py words them). summary.json's `unsaid_reasons`
holds them by note id; the run's warning and report.html's theme card read them there.

A moved note one of whose clauses passed every check and that the bullet did not take
(notechecks' `unused`) is told one reason, the true one (review 87, mend185): `repeated`
when each such clause says again a sentence the post publishes, by the test the post uses
for a bullet that repeats another (postrepeats.repeated_sentence: two of its roots and a
root of `[summary] repeat_share` of its nouns and adjectives, words as common as
`repeat_common` not counted); else `not_chosen`: the bullet took the theme's other notes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.records import Note
from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.notechecks import left_out
from muistiinpanot.summarize.notepieces import Cleared
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.postrepeats import repeated_sentence, sentences
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.reasons import cause_words

#: the theme got no bullet at all (its own reason follows, when it has one)
NO_BULLET = ("teema ei saanut nostoa", "the theme got no bullet")


def unsaid_reasons(
    unsaid: Sequence[str],
    assigned: Mapping[str, Sequence[str]],
    members: Mapping[str, Sequence[str]],
    theme_trace: Mapping[str, Mapping[str, object]],
    read: tuple[Sequence[Cleared], Mapping[str, Sequence[Piece]]],
    notes: Sequence[Note],
    analyzer: SummaryAnalyzer,
    said: Sequence[str] = (),
    repeat: tuple[float, float] = (1.0, 5.5),
) -> dict[str, dict[str, str]]:
    """Note id → {"cause", "fi", "en"} for each of the `unsaid` moved notes: its theme (of
    `assigned`, theme id → kept note ids) got no bullet (`theme_trace`'s `bullet`), with the
    theme's reason; else the cause left_out gives the note alone (`members`: the notes that
    may speak for the theme; `read`: the clinic's notes read for bullets and their pieces):
    on the theme's boundary, withheld for personal data, a fragment, the parse's check, only
    parts of a clause, the language check, or a sentence that passed: it repeated a sentence
    of the post (`said`: the post's bullet texts; `repeat`: `[summary] repeat_share` and
    `repeat_common`), or the bullet took other notes (the module doc)."""
    theme_of = {note_id: theme for theme, ids in assigned.items() for note_id in ids}
    cleared, pieces = read
    found: dict[str, dict[str, str]] = {}
    for note_id in unsaid:
        theme = theme_of.get(note_id, "")
        trace = theme_trace.get(theme, {})
        if not trace.get("bullet"):
            why_fi, why_en = str(trace.get("reason_fi", "")), str(trace.get("reason", ""))
            fi, en = NO_BULLET
            found[note_id] = {
                "cause": "no_bullet",
                "fi": f"{fi}: {why_fi}" if why_fi else fi,
                "en": f"{en}: {why_en}" if why_en else en,
            }
            continue
        speaks = [note_id] if note_id in members.get(theme, ()) else []
        rejected = left_out([note_id], speaks, cleared, pieces, notes, analyzer).rejected
        cause = next(iter(rejected), "checks")
        if cause == "unused":
            cause = _unused_cause(pieces.get(note_id, ()), said, analyzer, repeat)
        fi, en = cause_words(cause)
        found[note_id] = {"cause": cause, "fi": fi, "en": en}
    return found


def _unused_cause(
    found: Sequence[Piece],
    said: Sequence[str],
    analyzer: SummaryAnalyzer,
    repeat: tuple[float, float],
) -> str:
    """`repeated` when each clause of `found` that passes the language check says again a
    sentence of the post's bullets `said`, else `not_chosen` (the module doc)."""
    share, common = repeat
    published = [sentence for text in said for sentence in sentences(text)]
    clauses = [
        piece.span.text
        for piece in found
        if piece.kind == "clause" and repair_sentence(piece.span.text, analyzer.voikko) is not None
    ]
    voikko = analyzer.voikko
    if clauses and all(
        repeated_sentence(clause, published, voikko, share, common) for clause in clauses
    ):
        return "repeated"
    return "not_chosen"
