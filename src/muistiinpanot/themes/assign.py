"""assign_themes: the themes stage for one batch of notes (one clinic, or an archive).

Order of work: kept notes sorted by id (so input order and hash seeds never matter) → SIF
note vectors → seeded scores (seeded.py) → each note to its best seeded theme when the score
reaches the batch's threshold (seeded.seed_threshold) → the rest clustered (emergent.py) into
`uusi-N` themes (or `muu`: a cluster that is not coherent, coherence.py) → keywords and
representatives (themes/label.py).

Result: one ThemeAssignment per kept note, sorted by note id, then one per duplicate note
(its original's theme; see inherited_assignments). Themes: seeded and emergent
together by size (desc) then id, every seeded theme included even with size 0 (unless
`include_empty_seeded` is false, so a report can say "nobody talked about trust"), and `muu`
always last (also with size 0). Scores: seeded = fit score; emergent = cosine to the cluster
centroid; muu = 1 - best seeded score (how surely the note is none of the seeded themes).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence

import numpy as np

from muistiinpanot.records import NO_THEME, Note, Theme, ThemeAssignment, ThemeKind, ThemeResult
from muistiinpanot.themes.coherence import coherent_themes
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.emergent import NOISE, cluster_notes
from muistiinpanot.themes.example_cache import cached_generic_words
from muistiinpanot.themes.examples import ExampleSet
from muistiinpanot.themes.frequency_cache import cached_frequency, save_frequencies
from muistiinpanot.themes.label import (
    compound_parts,
    example_shares,
    is_abbreviation,
    is_name,
    is_verb,
    theme_keywords,
    with_members,
)
from muistiinpanot.themes.label_guesses import Suggester, changed_lemmas
from muistiinpanot.themes.label_text import is_fallback
from muistiinpanot.themes.label_time import closed_class, time_nouns
from muistiinpanot.themes.naming import LabelWords, theme_labels
from muistiinpanot.themes.protocols import Analyzer
from muistiinpanot.themes.seeded import score_seeded
from muistiinpanot.themes.seeded_choice import decide_seeded
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.soft import GENERIC_LEMMAS, background_weights
from muistiinpanot.vectorize import (
    VectorCache,
    normalize_rows,
    note_space,
)

MUU_LABEL = "Muut aiheet"
MUU_LABEL_EN = "Other topics"


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
    docs = [tuple(lemma.lower() for lemma in note.content_lemmas) for note in kept]
    cache = VectorCache(analyzer)
    seeded_scores = score_seeded(docs, definitions, analyzer, cache, settings)
    scores = seeded_scores.scores
    if examples is not None and scores.shape[1]:
        # exact seed words are the strongest evidence there is: they lift the soft view
        scores = np.maximum(scores, seeded_scores.lexical)
    texts = [note.clean_text for note in kept]
    theme_of, score_of = decide_seeded(docs, texts, scores, definitions, examples, cache, settings)
    vectors = note_space(docs, cache).vectors
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
        clusters, coherence_docs(docs, background, settings), cache, settings
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
    generic, shares, spread_out = GENERIC_LEMMAS, {}, frozenset[str]()
    if examples is not None:  # their lemma lists leave GENERIC_LEMMAS out: those stay generic
        generic |= _example_generic_words(
            examples.docs, examples.labels, settings.generic_share, settings.generic_spread
        )
        shares = _example_shares(examples.docs)
        # spread evenly over the examples' topics, however rare; GENERIC_LEMMAS, which
        # their lemma lists leave out, with them
        spread_out = GENERIC_LEMMAS | _example_generic_words(
            examples.docs, examples.labels, 0.0, settings.generic_spread
        )
    words = LabelWords(
        excluded=excluded_words(docs, analyzer, exclude, texts=texts),
        generic=generic,
        background=background,
        example_share=shares,
        spread_out=spread_out,
        analyses=analyzer.voikko.analyze,
        is_time=time_nouns(analyzer.voikko.analyze),
        frequency=cached_frequency,
        withheld=withheld,
    )
    themes = _themes(ids, docs, texts, vectors, theme_of, definitions, settings, analyzer, words)
    save_frequencies()
    return ThemeResult(themes=themes, assignments=assignments, vectors=vectors)


@functools.lru_cache(maxsize=4)
def _example_generic_words(
    docs: tuple[tuple[str, ...], ...], labels: tuple[str, ...], share: float, spread: float
) -> frozenset[str]:
    """label.generic_words of the labelled examples, computed once per process (they are the
    same for every clinic; 0.2 s a clinic before) and kept on disk between runs."""
    return cached_generic_words(docs, labels, share, spread)


@functools.lru_cache(maxsize=4)
def _example_shares(docs: tuple[tuple[str, ...], ...]) -> dict[str, float]:
    """label.example_shares of the labelled examples, computed once per process."""
    return example_shares(docs)


def excluded_words(
    docs: Sequence[Sequence[str]],
    analyzer: Analyzer,
    exclude: Callable[[str], bool] | None,
    *,
    texts: Sequence[str] = (),
) -> frozenset[str]:
    """The batch's lemmas that must never be a keyword or in a label: names (label.is_name
    over Voikko's analyses), whatever `exclude` rejects, and those the notes' `texts` give
    only through a letter-changing correction (label_guesses.changed_lemmas: "äppi" read as
    "älli")."""
    vocabulary = sorted({word for doc in docs for word in doc})
    voikko = analyzer.voikko
    changed = (
        changed_lemmas(texts, vocabulary, voikko)
        if texts and isinstance(voikko, Suggester)
        else frozenset()
    )
    return changed | frozenset(
        word
        for word in vocabulary
        if is_name(voikko.analyze(word)) or (exclude is not None and exclude(word))
    )


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


def _themes(
    ids: Sequence[str],
    docs: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    vectors: np.ndarray,
    theme_of: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    settings: ThemeSettings,
    analyzer: Analyzer,
    words: LabelWords,
) -> tuple[Theme, ...]:
    rows_by_theme: dict[str, list[int]] = {}
    for row, theme in enumerate(theme_of):
        rows_by_theme.setdefault(theme, []).append(row)
    analyses = {w: analyzer.voikko.analyze(w) for w in sorted({w for d in docs for w in d})}
    ranked = theme_keywords(
        {
            theme: [[w for w in docs[r] if w not in words.excluded] for r in rows]
            for theme, rows in rows_by_theme.items()
        },
        top=settings.keywords,
        unknown=frozenset(w for w, found in analyses.items() if not found),
        verbs=frozenset(w for w, found in analyses.items() if is_verb(w, found)),
        own_share=settings.label_own_share,
        spread_out=words.spread_out,
        times=closed_class(),
        parts_of=compound_parts(analyses),
        abbreviations=frozenset(w for w, found in analyses.items() if is_abbreviation(found)),
    )
    total = max(len(ids), 1)

    def build(theme_id: str, label: str, kind: ThemeKind, label_en: str = "") -> Theme:
        return with_members(
            Theme(id=theme_id, label=label, kind=kind, label_en=label_en),
            rows_by_theme.get(theme_id, []),
            ids,
            vectors,
            ranked.get(theme_id, ()),
            total=total,
            representatives=settings.representatives,
            relevance_weight=settings.mmr_relevance,
        )

    themes = [
        build(d.id, d.label, "seeded", d.label_en)
        for d in definitions
        if settings.include_empty_seeded or d.id in rows_by_theme
    ]
    emergent = sorted(t for t in rows_by_theme if t.startswith("uusi-"))
    labels = _emergent_labels(
        [rows_by_theme[t] for t in emergent], docs, texts, vectors, analyzer, words, settings
    )
    themes += [
        dataclasses.replace(build(t, label, "emergent"), named=not is_fallback(label, settings))
        for t, label in zip(emergent, labels, strict=True)
    ]
    themes.sort(key=lambda theme: (-theme.size, theme.id))
    themes.append(build(NO_THEME, MUU_LABEL, "muu", MUU_LABEL_EN))
    return tuple(themes)


def _emergent_labels(
    groups: Sequence[Sequence[int]],
    docs: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    vectors: np.ndarray,
    analyzer: Analyzer,
    words: LabelWords,
    settings: ThemeSettings,
) -> list[str]:
    """naming.theme_labels of the emergent `groups` (rows), each read from the parses of its
    `label_notes` notes nearest its centroid (all of a clinic's theme)."""
    if not groups:
        return []
    parsed_rows = []
    for rows in groups:
        centroid = normalize_rows(vectors[list(rows)].mean(axis=0, keepdims=True))[0]
        nearness = vectors[list(rows)] @ centroid
        order = np.argsort(-nearness, kind="stable")[: settings.label_notes]
        parsed_rows.append(sorted(rows[i] for i in order))
    flat = [row for rows in parsed_rows for row in rows]
    parses = iter(analyzer.parse([texts[row] for row in flat]))
    parsed = [[(next(parses), docs[row]) for row in rows] for rows in parsed_rows]
    grouped = {row for rows in groups for row in rows}
    # the parsed notes with personal data, by theme (their indices among its parsed notes)
    withheld: list[frozenset[int]] = []
    if words.withheld is not None:
        flags = iter(words.withheld([texts[row] for row in flat]))
        withheld = [frozenset(i for i in range(len(rows)) if next(flags)) for rows in parsed_rows]
    return theme_labels(
        parsed,
        [[docs[r] for r in rows] for rows in groups],
        [doc for row, doc in enumerate(docs) if row not in grouped],
        words,
        settings,
        withheld,
    )
