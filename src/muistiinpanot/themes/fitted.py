"""Emergent themes fitted once across an archive (`archive --fit archive`), applied to each clinic.

Fitting (`fit_archive_themes`) takes the archive's kept notes that no seeded theme claimed and
what the themes stage made of them as one batch (assign_themes with no seeded themes: the same
emergent step, labels and keywords as a clinic gets, over the whole archive), and keeps a small
model: for each emergent theme its id (`arkisto-N`; on a first fit from the step's `uusi-N`), label,
keywords, centroid and radius. Note vectors live in the archive's space: SIF word weights
over the archive's notes and the archive's common component removed (both kept in the model,
so a clinic's notes are embedded exactly as at fitting). The centroid is the unit mean of the
members' vectors; the radius is the lowest cosine of a member to it (no threshold fitted to
any data set: each theme is as wide as the step made it).

Applying (`ArchiveThemes.assign`, `apply_archive_themes`): a note joins the archive theme
whose centroid is nearest when its cosine reaches that theme's radius, else `muu`. A clinic's
seeded themes are untouched; its emergent themes and `muu` are rebuilt from the archive's
themes (labels and keywords the archive's, the same in every clinic; size, share and
representatives the clinic's own). Scores: cosine to the theme's centroid; for muu, 1 - the
cosine to the nearest archive theme.

Refitting (`previous`, the archive's last model): a refitted theme that is the same theme as
one of the previous fit keeps its `arkisto-N` id, so that a trend does not jump when a clinic is
added. The previous model assigns the notes being fitted (in its own space, as it would assign
them to a clinic); new and old themes are paired one to one by the notes they share (Hungarian
assignment on the counts: themes/ids.py, which the trends' linking uses too) and a pair keeps
the old id when the shared notes are a majority of both: of the new theme's notes that the
old model puts in some theme (notes it leaves in muu, such as those of an added clinic on a
new topic, say nothing), and of the notes the old theme gets. Other themes get numbers never
used before (`next_number`), so an id never names two different themes. An old id that no
refitted theme keeps but a majority of whose notes one refitted theme holds (themes merged,
a theme grown past the majority rule) is recorded as moved there (`moved`: old id → new id,
carried through later refits), so that an analyst's corrections.csv naming it follows its
theme (themes/correction_ids.py); an id split or gone is not in `moved`.

The model is plain data: `to_json` / `from_json` (lists of floats, never pickle).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from muistiinpanot.records import NO_THEME, Note, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.themes.assign import inherited_assignments
from muistiinpanot.themes.describe import excluded_words, spread_out_words
from muistiinpanot.themes.examples import ExampleSet
from muistiinpanot.themes.ids import carry_ids, id_number, moved_ids
from muistiinpanot.themes.keyword_rule import batch_keywords
from muistiinpanot.themes.keywords import KeywordLists
from muistiinpanot.themes.label import with_members
from muistiinpanot.themes.protocols import Analyzer, note_doc
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import (
    FloatArray,
    VectorCache,
    embed_docs,
    normalize_rows,
    note_space,
    remove_component,
)

#: Id prefix of archive-fitted themes (the trends' linked ones are app/archive_links'
#: `trendi-N`).
PREFIX = "arkisto-"
#: 2: next_number (format 1 models are read: their next number follows their ids); 3: a
#: theme's `shown` keywords (models of formats 1 and 2 are read: they show the read ones)
_FORMAT = 3


@dataclass(frozen=True, slots=True)
class ArchiveTheme:
    """One fitted theme: `keywords` those the pipeline reads (the summary's naming notes, the
    archive's links), `shown` those people are shown (Theme.shown_keywords; None: the same),
    `centroid` a unit vector, `radius` the lowest member cosine."""

    id: str
    label: str
    keywords: tuple[str, ...]
    centroid: tuple[float, ...]
    radius: float
    shown: tuple[str, ...] | None = None

    def keyword_lists(self) -> KeywordLists:
        """Its keywords, read and shown."""
        return KeywordLists(self.keywords, self.keywords if self.shown is None else self.shown)


@dataclass(frozen=True, slots=True)
class ArchiveThemes:
    """The fitted model: its themes, the archive's SIF `weights` and common `component`
    (empty: none removed); `next_number` the number of the next new theme's id (above every
    id this archive has used); `moved` the ids a refit gave up → the theme holding most of
    their notes (module docstring)."""

    themes: tuple[ArchiveTheme, ...]
    weights: Mapping[str, float] = field(default_factory=dict)
    component: tuple[float, ...] = ()
    next_number: int = 1
    moved: Mapping[str, str] = field(default_factory=dict)

    def vectors(self, docs: Sequence[Sequence[str]], analyzer: Analyzer) -> FloatArray:
        """Unit rows of the lowercase lemma lists `docs` in the archive's space."""
        raw = embed_docs(docs, VectorCache(analyzer), dict(self.weights))
        component = np.asarray(self.component) if self.component else None
        return remove_component(raw, component)

    def assign(self, docs: Sequence[Sequence[str]], analyzer: Analyzer) -> list[tuple[str, float]]:
        """(archive theme id or NO_THEME, score) for each lemma list (module docstring)."""
        if not docs:
            return []
        vectors = self.vectors(docs, analyzer)
        if not self.themes:
            return [(NO_THEME, 1.0)] * len(docs)
        centroids = np.array([theme.centroid for theme in self.themes])
        cosines = vectors @ centroids.T
        result = []
        for row, doc in enumerate(docs):
            best = int(np.argmax(cosines[row]))
            cosine = float(cosines[row, best])
            if doc and cosine >= self.themes[best].radius:
                result.append((self.themes[best].id, round(float(np.clip(cosine, 0, 1)), 4)))
            else:
                result.append((NO_THEME, round(1.0 - float(np.clip(cosine, 0, 1)), 4)))
        return result

    def to_json(self) -> str:
        data = {
            "format": _FORMAT,
            "themes": [
                {"id": t.id, "label": t.label, "keywords": list(t.keywords),
                 "centroid": list(t.centroid), "radius": t.radius}
                | ({} if t.shown is None else {"shown": list(t.shown)})
                for t in self.themes
            ],
            "weights": dict(sorted(self.weights.items())),
            "component": list(self.component),
            "next_number": self.next_number,
        }  # fmt: skip
        if self.moved:  # only when a refit gave an id up: older models' JSON stays the same
            data["moved"] = dict(sorted(self.moved.items()))
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ArchiveThemes:
        data = json.loads(text)
        if data.get("format") not in (1, 2, _FORMAT):
            raise ValueError(f"archive theme model format {data.get('format')!r}")
        themes = tuple(
            ArchiveTheme(
                id=str(t["id"]),
                label=str(t["label"]),
                keywords=tuple(str(k) for k in t["keywords"]),
                centroid=tuple(float(x) for x in t["centroid"]),
                radius=float(t["radius"]),
                shown=tuple(str(k) for k in t["shown"]) if "shown" in t else None,
            )
            for t in data["themes"]
        )
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        component = tuple(float(x) for x in data["component"])
        following = max((id_number(t.id) + 1 for t in themes), default=1)
        moved = {str(k): str(v) for k, v in data.get("moved", {}).items()}
        following = int(data.get("next_number", following))
        return cls(themes, weights, component, following, moved)


def fit_archive_themes(
    notes: Sequence[Note],
    result: ThemeResult,
    analyzer: Analyzer,
    previous: ArchiveThemes | None = None,
) -> ArchiveThemes:
    """The model of the archive's non-seeded kept `notes` and `result`, the themes stage's
    output for them as one batch; the ids of `previous` carried (see the module docstring)."""
    kept = sorted((n for n in notes if n.status == "kept"), key=lambda n: n.id)
    docs = [note_doc(note) for note in kept]
    space = note_space(docs, VectorCache(analyzer))
    weights, component, vectors = space.weights, space.component, space.vectors
    row_of = {note.id: row for row, note in enumerate(kept)}
    members: dict[str, list[int]] = {}
    for assignment in result.assignments:
        if assignment.note_id in row_of:
            members.setdefault(assignment.theme, []).append(row_of[assignment.note_id])
    emergent = [t for t in result.themes if t.kind == "emergent" and members.get(t.id)]
    moved: dict[str, str] = {}
    if previous is None:  # a first fit: the step's `uusi-N` become `arkisto-N`
        ids = [PREFIX + t.id.rsplit("-", 1)[-1] for t in emergent]
    else:
        groups = [members[t.id] for t in emergent]
        ids, moved = _carried_ids(groups, docs, analyzer, previous)
    themes = []
    for theme, theme_id in zip(emergent, ids, strict=True):
        rows = members[theme.id]
        centroid = normalize_rows(vectors[rows].mean(axis=0, keepdims=True))[0]
        radius = float((vectors[rows] @ centroid).min())
        themes.append(
            ArchiveTheme(
                id=theme_id,
                label=theme.label,
                keywords=theme.keywords,
                centroid=tuple(float(x) for x in centroid),
                radius=radius,
                shown=theme.shown_keywords,
            )
        )
    themes.sort(key=lambda t: id_number(t.id))
    start = previous.next_number if previous is not None else 1
    return ArchiveThemes(
        tuple(themes),
        weights,
        tuple(float(x) for x in component) if component is not None else (),
        max([start] + [id_number(t.id) + 1 for t in themes]),
        moved,
    )


def _carried_ids(
    members: Sequence[Sequence[int]],
    docs: Sequence[Sequence[str]],
    analyzer: Analyzer,
    previous: ArchiveThemes,
) -> tuple[list[str], dict[str, str]]:
    """The id of each new theme (its rows of `docs` in `members`): the previous model's id
    of the theme it matches, else a new number; and the old ids given up → the new theme
    holding most of their notes (module docstring)."""
    old_ids = [theme.id for theme in previous.themes]
    column = {theme_id: index for index, theme_id in enumerate(old_ids)}
    old_of_row = [column.get(theme, -1) for theme, _ in previous.assign(docs, analyzer)]
    shared = np.zeros((len(members), len(old_ids)), dtype=np.int64)
    for new, rows in enumerate(members):
        for row in rows:
            if old_of_row[row] >= 0:
                shared[new, old_of_row[row]] += 1
    old_sizes = np.bincount([o for o in old_of_row if o >= 0], minlength=len(old_ids))
    ids, _ = carry_ids(shared, old_sizes, old_ids, PREFIX, previous.next_number)
    return ids, moved_ids(shared, old_sizes, old_ids, ids, previous.moved)


def apply_archive_themes(
    notes: Sequence[Note],
    result: ThemeResult,
    model: ArchiveThemes,
    analyzer: Analyzer,
    settings: ThemeSettings,
    examples: ExampleSet | None = None,
) -> ThemeResult:
    """`result` (one clinic's themes stage) with its emergent themes and muu replaced by the
    archive's themes (see the module docstring). Muu's keywords are ranked among the
    clinic's themes by the rule a clinic's themes are (keyword_rule.batch_keywords: names
    and letter-changed lemmas never, the checks of keywords.KeywordRule; `examples` the
    labelled example notes, as the themes stage had them), read and shown."""
    kept = sorted((n for n in notes if n.status == "kept"), key=lambda n: n.id)
    ids = [note.id for note in kept]
    docs = [note_doc(note) for note in kept]
    seeded = {t.id: t for t in result.themes if t.kind == "seeded"}
    theme_of = {a.note_id: a.theme for a in result.assignments}
    score_of = {a.note_id: a.score for a in result.assignments}
    rest = [row for row, note_id in enumerate(ids) if theme_of.get(note_id) not in seeded]
    assigned = model.assign([docs[r] for r in rest], analyzer)
    for row, (theme, score) in zip(rest, assigned, strict=True):
        theme_of[ids[row]], score_of[ids[row]] = theme, score
    vectors = model.vectors(docs, analyzer)
    rows_by_theme: dict[str, list[int]] = {}
    for row, note_id in enumerate(ids):
        rows_by_theme.setdefault(theme_of[note_id], []).append(row)
    texts = [note.clean_text for note in kept]
    muu_keywords = batch_keywords(
        {theme: [docs[r] for r in rows] for theme, rows in rows_by_theme.items()},
        analyzer,
        settings,
        excluded=excluded_words(docs, analyzer, None, texts=texts),
        spread_out=spread_out_words(examples, settings),
    ).get(NO_THEME, KeywordLists((), ()))
    total = max(len(ids), 1)

    def build(theme: Theme, keywords: KeywordLists) -> Theme:
        return with_members(
            theme,
            rows_by_theme.get(theme.id, []),
            ids,
            vectors,
            keywords,
            total=total,
            representatives=settings.representatives,
            relevance_weight=settings.mmr_relevance,
        )

    themes = [t for t in result.themes if t.kind == "seeded"]
    themes += [
        build(Theme(id=t.id, label=t.label, kind="emergent"), t.keyword_lists())
        for t in model.themes
        if t.id in rows_by_theme
    ]
    themes.sort(key=lambda theme: (-theme.size, theme.id))
    muu = next(t for t in result.themes if t.id == NO_THEME)  # always there, maybe empty
    themes.append(build(muu, muu_keywords))
    assignments = tuple(
        ThemeAssignment(note_id=i, theme=theme_of[i], score=score_of[i]) for i in ids
    )
    assignments += inherited_assignments(notes, assignments)
    # the stage's note space stays: a note restored by corrections is placed on the map in it
    return ThemeResult(themes=tuple(themes), assignments=assignments, space=result.space)
