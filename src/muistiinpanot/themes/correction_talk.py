"""Meeting talk in an analyst's corrections (step 1 of themes/corrections.py; review 40 #20):
a note row with theme `kokouspuhe` (records.CHATTER_THEME) sets a kept note aside as meeting
talk, out of every theme (the pipeline gives it status `chatter`); a note row with a theme
for a note the run called chatter puts it back (`restored`: corrected, status `kept`).
Split out of corrections.py as correction_rows.py was (review 41 #10)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from muistiinpanot.records import CHATTER_THEME, NO_THEME, Note
from muistiinpanot.themes.protocols import Analyzer, note_doc
from muistiinpanot.vectorize import NoteSpace, VectorCache, note_space


@dataclass(frozen=True, slots=True)
class TalkRows:
    """The note rows' themes without meeting talk (`pinned`), the kept notes set aside
    (`aside`) and the chatter notes put in a theme (`restored`), each by sorted id."""

    pinned: dict[str, str]
    aside: tuple[str, ...]
    restored: tuple[str, ...]


def talk_prints(notes: Sequence[Note], shown: Mapping[str, str]) -> dict[str, str]:
    """Each chatter note's print as the page showed it (its rows are found by their text
    like a kept note's)."""
    return {n.id: shown.get(n.id, n.fingerprint) for n in notes if n.status == "chatter"}


def split_talk(
    pinned: Mapping[str, str],
    talk: Mapping[str, str],
    original: dict[str, str],
    score_of: dict[str, float],
) -> TalkRows:
    """`pinned` (note id → theme key, resolve_rows) split into meeting talk and themes; the
    set-aside notes are taken out of `original` and `score_of` (each kept note's theme and
    score in this run), the restored ones (ids in `talk`) enter `original` with no theme."""
    aside = tuple(sorted(i for i, key in pinned.items() if key == CHATTER_THEME and i in original))
    themed = {i: key for i, key in pinned.items() if key != CHATTER_THEME}
    restored = tuple(sorted(i for i in themed if i in talk))
    for note_id in aside:  # out of every theme; the pipeline marks it chatter
        del original[note_id], score_of[note_id]
    for note_id in restored:  # a kept note from now on, in the analyst's theme
        original[note_id] = NO_THEME
    return TalkRows(themed, aside, restored)


def restored_vectors(
    notes: Sequence[Note], restored: Sequence[str], analyzer: Analyzer, space: NoteSpace | None
) -> tuple[tuple[float, ...], ...]:
    """The `restored` notes' vectors in the themes stage's note space (note_space of the kept
    notes' lowercased content lemmas, sorted by id, as themes/assign.py builds it), one row
    each, for report.html's map: a chatter note had no row there and was drawn where the
    average note is (review 41 #8). `space`: the stage's own (ThemeResult.space), reused
    (review 42 #7); built again only for a result that carries none (made by hand)."""
    if not restored:
        return ()
    cache = VectorCache(analyzer)
    if space is None:
        kept = sorted((note for note in notes if note.status == "kept"), key=lambda n: n.id)
        space = note_space([note_doc(note) for note in kept], cache)
    by_id = {note.id: note for note in notes}
    rows = space.embed([note_doc(by_id[note_id]) for note_id in restored], cache)
    return tuple(tuple(float(value) for value in row) for row in rows)
