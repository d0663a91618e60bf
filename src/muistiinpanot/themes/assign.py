"""assign_themes: the themes stage for one batch of notes (one clinic, or an archive).

Order of work: kept notes sorted by id (so input order and hash seeds never matter) → SIF
note vectors → seeded scores (seeded.py) → each note to its best seeded theme when the score
reaches the batch's threshold (seeded.seed_threshold) → the rest clustered (emergent.py) into
`uusi-N` themes (or `muu`: a cluster that is not coherent, coherence.py) → keywords and
representatives, and the labels of emergent themes (describe.py).

Result: one ThemeAssignment per kept note, sorted by note id, then one per duplicate note
(its original's theme; see inherited_assignments). Themes: seeded and emergent
together by size (desc) then id, every seeded theme included even with size 0 (unless
`include_empty_seeded` is false, so a report can say "nobody talked about trust"), and `muu`
always last (also with size 0). Scores: seeded = fit score; emergent = cosine to the cluster
centroid; muu = 1 - best seeded score (how surely the note is none of the seeded themes).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import numpy as np

from muistiinpanot.records import NO_THEME, Note, ThemeAssignment, ThemeResult
from muistiinpanot.themes.coherence import coherent_themes
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.describe import describe_themes, label_words
from muistiinpanot.themes.emergent import NOISE, cluster_notes
from muistiinpanot.themes.examples import ExampleSet
from muistiinpanot.themes.frequency_cache import save_frequencies
from muistiinpanot.themes.promise import promise_lift
from muistiinpanot.themes.protocols import Analyzer, note_doc
from muistiinpanot.themes.seeded_choice import decide_seeded, seeded_evidence
from muistiinpanot.themes.seeded_groups import release_narrow_themes
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.soft import background_weights
from muistiinpanot.themes.trial import trial_lift
from muistiinpanot.vectorize import (
    VectorCache,
    normalize_rows,
    note_space,
)


def assign_themes(
    notes: Sequence[Note],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    settings: ThemeSettings,
    examples: ExampleSet | None = None,
    exclude: Callable[[str], bool] | None = None,
    withheld: Callable[[Sequence[str]], Sequence[bool]] | None = None,
) -> ThemeResult:
    """Themes of the kept notes of `notes` (lemmatized). See the module docstring. With
    `examples` (labelled example notes), seeded themes are decided by blend.py. Keywords and
    labels never use people's or places' names (Voikko's name classes) nor any lemma for
    which `exclude` (e.g. the privacy stage's personal-data test) is true; `withheld` tells
    which note texts hold personal data (LabelWords.withheld)."""
    kept = sorted((note for note in notes if note.status == "kept"), key=lambda n: n.id)
    ids = [note.id for note in kept]
    docs = [note_doc(note) for note in kept]
    cache = VectorCache(analyzer)
    texts = [note.clean_text for note in kept]
    sensed, sensed_texts, scores = seeded_evidence(
        docs, texts, definitions, analyzer, cache, settings, examples is not None
    )
    # decide_seeded reads the lift only with examples: without them nothing is parsed for it
    lift = (
        promise_lift(sensed_texts, definitions, analyzer, settings)
        + trial_lift(sensed, sensed_texts, definitions, analyzer, settings)
        if examples is not None
        else None
    )
    theme_of, score_of = decide_seeded(
        sensed, sensed_texts, scores, definitions, examples, cache, settings, lift
    )
    groups = [f"{note.clinic}/{note.group}" for note in kept]
    # a seeded theme only one or two of the clinic's groups touch is no point of it (post48)
    release_narrow_themes(theme_of, score_of, groups, definitions, settings)
    space = note_space(docs, cache)
    vectors = space.vectors
    rest = [row for row in range(len(kept)) if theme_of[row] == NO_THEME and docs[row]]
    labels = (
        cluster_notes(
            vectors[rest], [docs[r] for r in rest], [texts[r] for r in rest], settings, cache
        )
        if rest
        else np.zeros(0, dtype=np.int64)
    )
    clusters = [
        [rest[i] for i in np.flatnonzero(labels == cluster)]
        for cluster in sorted(set(labels.tolist()) - {NOISE})
    ]
    background = background_lemmas(docs, settings)
    coherent = coherent_themes(
        clusters, coherence_docs(docs, background, settings), cache, settings, groups
    )
    for number, rows in enumerate(coherent, start=1):
        centroid = normalize_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
        for row in rows:
            theme_of[row] = f"uusi-{number}"
            score_of[row] = float(np.clip(vectors[row] @ centroid, 0.0, 1.0))
    assignments = tuple(
        ThemeAssignment(note_id=ids[row], theme=theme_of[row], score=round(float(score_of[row]), 4))
        for row in range(len(kept))
    )
    assignments += inherited_assignments(notes, assignments)
    words = label_words(docs, texts, background, analyzer, settings, examples, exclude, withheld)
    themes = describe_themes(
        ids, docs, texts, vectors, theme_of, definitions, settings, analyzer, words, groups
    )
    save_frequencies()
    return ThemeResult(themes=themes, assignments=assignments, vectors=vectors, space=space)


def inherited_assignments(
    notes: Sequence[Note], assignments: Sequence[ThemeAssignment]
) -> tuple[ThemeAssignment, ...]:
    """The theme of each duplicate note: its original's (same theme and score), so that
    notes.csv shows what a repeated note is about. Themes count kept notes only."""
    by_id = {assignment.note_id: assignment for assignment in assignments}
    inherited = [
        dataclasses.replace(by_id[note.duplicate_of], note_id=note.id)
        for note in notes
        if note.status == "duplicate" and note.duplicate_of in by_id
    ]
    return tuple(sorted(inherited, key=lambda assignment: assignment.note_id))


def coherence_docs(
    docs: Sequence[tuple[str, ...]], background: frozenset[str], settings: ThemeSettings
) -> list[tuple[str, ...]]:
    """The lemma lists the coherence test reads: all of them (`coherence_topic_words`), or
    without the batch's `background` lemmas. The test's similarities are double-centred, which
    discounts what every note shares; leaving the clinic's topic words out as well also took
    a topic's own head word from it once that topic held over `common_share` of the batch
    (docs/how-it-works.md, emergent round 20)."""
    if settings.coherence_topic_words:
        return list(docs)
    return [tuple(word for word in doc if word not in background) for doc in docs]


def background_lemmas(docs: Sequence[Sequence[str]], settings: ThemeSettings) -> frozenset[str]:
    """The batch's own vocabulary, its topic words (soft.background_weights below 1), which
    cannot tell one theme from another."""
    return frozenset(w for w, weight in background_weights(docs, settings).items() if weight < 1)
