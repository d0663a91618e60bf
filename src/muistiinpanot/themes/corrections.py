"""An analyst's corrections (corrections.csv) applied to one clinic's themes.

Order of work, deterministic (rows in file order, notes by id):
1. Rows are resolved: a note row written with its note's print (`id#print`) is placed where
   that text is now (correction_anchors.place_note_rows: a line added or deleted above it
   moved its id; a row whose text is gone or on two notes is not applied and is listed);
   the note must be a kept note of this clinic (else it is listed as unknown); the theme is a
   seeded theme or `muu`, an emergent theme `uusi-N` of the run the analyst reviewed, an
   existing theme's label, or else a new theme named by the row. One note given two themes,
   or one theme given two labels, is a clash: listed, and the later row wins. The corrected
   notes keep the analyst's theme (score 1). A note row with theme `kokouspuhe` sets its
   note aside as meeting talk, a note row with a theme for a chatter note brings it back
   (correction_talk.py). A theme
   row (no note id) renames its theme, or only anchors it, and confirms no note: an
   emergent theme's row is matched to this run's cluster by the notes it held
   (correction_matching.py), and that cluster is the analyst's theme, its notes left as the
   run placed them.
2. Clusters of this run follow (correction_matching.follow_clusters): when more than
   `follow_share` of an emergent cluster's notes were corrected into one theme, its other
   notes go there too, so a renamed `uusi-2` keeps its name and a merged cluster stays
   merged even when the clusters are numbered anew. An
   analyst's `uusi-N` that no cluster follows is this run's `uusi-N` (same input, same
   clusters), unless another theme took that cluster.
3. Corrected notes, and corrections carried from earlier clinics (`carried`), are labelled
   examples: a note that is not corrected joins the theme of its most similar example when
   their cosine (the themes stage's note vectors) reaches `pull_similarity`.
4. Themes are rebuilt (correction_rebuild.py): sizes, shares, keywords (never a name: the
   themes stage's `excluded_words`) and representatives; emergent themes left empty are
   dropped and the others renumbered around the `uusi-N` ids the analyst used.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from muistiinpanot.records import CHATTER_THEME, Correction, Note, Theme, ThemeResult
from muistiinpanot.themes.assign import inherited_assignments
from muistiinpanot.themes.correction_anchors import (
    PlacedRows,
    check_members,
    place_note_rows,
    stale_rows,
)
from muistiinpanot.themes.correction_keys import Published, published_keys
from muistiinpanot.themes.correction_matching import (
    follow_clusters,
    match_by_number,
    match_theme_rows,
)
from muistiinpanot.themes.correction_outcome import CorrectionOutcome
from muistiinpanot.themes.correction_rebuild import output_ids, rebuild_themes, same_label
from muistiinpanot.themes.correction_rows import (
    CarriedExample,
    carried_key,
    check_theme_ids,
    emergent_key,
    foreign_file,
    resolve_rows,
)
from muistiinpanot.themes.correction_settings import CorrectionSettings
from muistiinpanot.themes.correction_talk import restored_vectors, split_talk, talk_prints
from muistiinpanot.themes.describe import excluded_words
from muistiinpanot.themes.protocols import Analyzer, note_doc
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import (
    FloatArray,
    VectorCache,
    note_space,
)

logger = logging.getLogger(__name__)

__all__ = [
    "CarriedExample",
    "CorrectionOutcome",
    "apply_corrections",
]


def apply_corrections(
    notes: Sequence[Note],
    result: ThemeResult,
    rows: Sequence[Correction],
    analyzer: Analyzer,
    settings: ThemeSettings,
    correction_settings: CorrectionSettings,
    carried: Sequence[CarriedExample] = (),
    prints: Mapping[str, str] | None = None,
    source: Path | str | None = None,
    defined: Collection[str] = (),
    delimiter: str = ",",
    published: Published | None = None,
    columns: Mapping[str, str] | None = None,
) -> tuple[ThemeResult, CorrectionOutcome]:
    """`result` with `rows` (and `carried` examples) applied; see the module docstring.
    `prints`: each note's print as the page that wrote `rows` showed it (with --redact, of
    the redacted text); default the print of its text (records.Note.fingerprint).
    A note row naming a theme id that does not exist (not in `result`, not a seeded theme
    of `defined`, which may have no notes here) raises InputError naming `source` (the
    corrections file, whose `delimiter` and `columns`, its names of the columns, its
    example uses) and the row
    (correction_rows.check_theme_ids). `published`: a theme's name as its label is published
    (without personal data); a new theme named with a name it changes gets its id from the
    published name (correction_keys.py; review 51 #2)."""
    themes = {theme.id: theme for theme in result.themes}
    also = [*defined, *(carried_key(example) for example in carried)]
    aliases = published_keys(rows, themes, also, published) if published is not None else {}
    check_theme_ids(rows, themes, also, source, delimiter, aliases, columns)
    # kept notes only: a duplicate's inherited theme is given back after the rebuild, so it
    # is never counted in a theme's size (review 34, finding 11)
    kept_ids = {note.id for note in notes if note.status == "kept"}
    own = [a for a in result.assignments if a.note_id in kept_ids]
    original = {a.note_id: a.theme for a in own}
    score_of = {a.note_id: a.score for a in own}
    shown = prints if prints is not None else {note.id: note.fingerprint for note in notes}
    talk = talk_prints(notes, shown)  # meeting talk may be moved into a theme (review 40 #20)
    prints = {note_id: value for note_id, value in shown.items() if note_id in original}
    near_words = correction_settings.near_words
    placed = place_note_rows(rows, {**talk, **prints}, near_words)  # found by text (mend70)
    refused = len(placed.lost) + len(placed.ambiguous)
    foreign = foreign_file(rows, placed.other_clinics, refused, correction_settings.member_share)
    if foreign:  # another clinic's file: none of its rows is applied here (review 41 #5)
        placed = PlacedRows((), other_clinics=placed.other_clinics)
    known = {**dict.fromkeys(talk, CHATTER_THEME), **original}
    pinned, labels, unknown, clashes, members_of = resolve_rows(placed.rows, known, themes, aliases)
    talk_rows = split_talk(pinned, talk, original, score_of)
    pinned, aside, restored = talk_rows.pinned, talk_rows.aside, talk_rows.restored
    examples: list[tuple[tuple[str, ...], str]] = []
    for example in carried:
        key = carried_key(example)
        if key:
            examples.append((example.lemmas, key))
            if example.label:
                labels.setdefault(key, example.label)
    if not pinned and not examples and not members_of and not aside:
        outcome = CorrectionOutcome(unknown_ids=unknown, clashes=clashes, carried=len(carried))
        return result, _with_placed(outcome, placed, foreign)
    kept = sorted((n for n in notes if n.id in original), key=lambda n: n.id)
    ids = [note.id for note in kept]
    docs = [note_doc(note) for note in kept]
    vectors, example_vectors = _vectors(docs, [lemmas for lemmas, _ in examples], analyzer)
    theme_of = dict(original)
    members_of, stale = check_members(
        members_of, prints, correction_settings.member_share, near_words
    )
    emergent = {key for key, theme in themes.items() if theme.kind == "emergent"}
    anchored, missed = match_theme_rows(
        {key: m for key, m in members_of.items() if key.startswith("*") and m},
        original,
        pinned,
        emergent,
        correction_settings.match_share,
    )
    follows = follow_clusters(original, pinned, themes, correction_settings.follow_share, anchored)
    clustered = {theme for theme in original.values() if theme in emergent}
    # a theme row without members (by hand) names no emergent theme: its number may name
    # another theme in this run (review 36, finding 10); it is listed as unplaced
    follows.update(match_by_number(set(pinned.values()), follows, clustered, {*missed, *stale}))
    moving = [i for i, theme in original.items() if theme in follows and i not in pinned]
    for note_id in moving:
        theme_of[note_id] = follows[original[note_id]]
    # listed as moved along: notes whose theme changed (not an anchored or same-number one)
    followed = sorted(
        i for i in moving if original[i] not in anchored and follows[original[i]][1:] != original[i]
    )
    for note_id, key in pinned.items():
        theme_of[note_id], score_of[note_id] = key, 1.0
    position = {note_id: row for row, note_id in enumerate(ids)}
    anchors = [(vectors[position[i]], key) for i, key in sorted(pinned.items())]
    anchors += [(vector, key) for vector, (_, key) in zip(example_vectors, examples, strict=True)]
    pulled: list[str] = []
    by_carried: list[str] = []
    matrix = np.vstack([vector for vector, _ in anchors]) if anchors else None
    skip = set(pinned) | set(moving)
    for row, note_id in enumerate(ids):
        if matrix is None or note_id in skip or not docs[row]:
            continue
        similarities = matrix @ vectors[row]
        best = int(similarities.argmax())
        key = anchors[best][1]
        if similarities[best] >= correction_settings.pull_similarity and key != theme_of[note_id]:
            theme_of[note_id], score_of[note_id] = key, round(float(similarities[best]), 4)
            pulled.append(note_id)
            if best >= len(pinned):  # the anchors after the corrected notes are carried ones
                by_carried.append(note_id)
    if not rows and not moving and not pulled:
        # earlier clinics' examples (the archive's) that moved no note change nothing: the
        # themes, their keywords and so the post stay as a plain `run` makes them (review 50)
        outcome = CorrectionOutcome(unknown_ids=unknown, clashes=clashes, carried=len(carried))
        return result, _with_placed(outcome, placed, foreign)
    followed_by: dict[str, Theme] = {}  # the cluster an analyst's key is, its label's own
    for cluster, key in sorted(follows.items(), key=lambda item: f"*{item[0]}" != item[1]):
        if key.startswith("*") and key not in followed_by:  # the same number's label first
            labels.setdefault(key, themes[cluster].label)
            followed_by[key] = themes[cluster]
    names = output_ids(theme_of.values())
    texts = [note.clean_text or note.text for note in kept]
    excluded = excluded_words(docs, analyzer, None, texts=texts)  # names: as in assign
    keyword_docs = [tuple(w for w in doc if w not in excluded) for doc in docs]
    rebuilt = rebuild_themes(
        ids, keyword_docs, vectors, theme_of, score_of, themes, labels, names, settings, followed_by
    )
    inherited = inherited_assignments(notes, rebuilt.assignments)
    rebuilt = replace(rebuilt, assignments=rebuilt.assignments + inherited)
    explicit = {r.label for r in rows if r.label}
    built = {theme.id for theme in rebuilt.themes}
    # a row repeating a theme's label as it stands renames nothing (review 52)
    before = {emergent_key(theme.id, themes): theme.label for theme in themes.values()}
    renamed = {
        names.get(k, k): v
        for k, v in sorted(labels.items())
        if v in explicit and before.get(k) != v
    }
    renamed = {theme: label for theme, label in renamed.items() if theme in built}
    # a theme the run did not have is a new theme, not a rename (review 53 #3), whether a
    # row's label or only its theme column names it (`id;Osallisuus`: review 56 #1); an
    # emergent key (`*uusi-N`) is a theme of the analyst's run, found here by its members;
    # carried examples' themes are the archive's, not the file's
    named = {*pinned.values(), *members_of, *(k for k, v in labels.items() if v in explicit)}
    new = {names.get(k, k) for k in named if not k.startswith("*") and k not in before}
    created = tuple(sorted((new - {CHATTER_THEME}) & built))
    found = sorted({names.get(k, k) for k in members_of} & built)
    missing = [key for key in sorted(members_of) if names.get(key, key) not in built]
    # a row without a label only anchored its cluster (the page writes one for each theme a
    # note left): no rename was lost, so it is no warning (review 39 #5)
    for key in (key for key in missing if not labels.get(key)):
        logger.info("theme row %s: its cluster was not found in this run", key.lstrip("*"))
    unplaced = tuple(
        f"{key.lstrip('*')} ({labels[key]})"
        + ("" if members_of[key] else " – ei jäseniä / no members")
        for key in missing
        if labels.get(key)
    )
    outcome = CorrectionOutcome(
        corrected=tuple(sorted(pinned)),
        followed=tuple(followed),
        pulled=tuple(pulled),
        unknown_ids=unknown,
        clashes=clashes,
        renamed=renamed,
        created=created,
        theme_rows=tuple(found),
        unplaced=unplaced,
        stale=stale_rows(stale, rows, labels),
        same_label=same_label(rebuilt.themes),
        carried=len(carried),
        carried_pulled=tuple(by_carried),
        set_aside=aside,
        restored=restored,
        restored_vectors=restored_vectors(notes, restored, analyzer, result.space),
    )
    return rebuilt, _with_placed(outcome, placed, foreign)


def _with_placed(
    outcome: CorrectionOutcome, placed: PlacedRows, foreign: bool
) -> CorrectionOutcome:
    """`outcome` with what placing the note rows by their text found."""
    return replace(
        outcome,
        foreign=foreign,
        relocated=placed.relocated,
        lost=placed.lost,
        ambiguous=placed.ambiguous,
        edited=placed.edited,
        other_clinics=placed.other_clinics,
    )


def _vectors(
    docs: Sequence[tuple[str, ...]], extra: Sequence[Sequence[str]], analyzer: Analyzer
) -> tuple[FloatArray, FloatArray]:
    """The themes stage's note vectors (SIF-weighted, the batch's common component removed)
    for `docs`, and vectors in the same space for the `extra` lemma lists."""
    cache = VectorCache(analyzer)
    space = note_space(docs, cache)
    extra_docs = [tuple(lemma.lower() for lemma in doc) for doc in extra]
    return space.vectors, space.embed(extra_docs, cache)
