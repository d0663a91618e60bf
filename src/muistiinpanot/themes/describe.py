"""describe_themes: the Theme records of a batch whose notes the themes stage has assigned
(assign.py): each theme's keywords and representatives (label.py), an emergent theme's label
(naming.py) read from the parses of its notes nearest its centroid, and the words those may
use (label_words: names, personal data and letter-changing corrections never; generic and
topic words never alone). Themes: seeded (in definition order, empty ones too unless
`include_empty_seeded` is false) and emergent together by size (desc) then id, `muu` last.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence

import numpy as np

from muistiinpanot.records import NO_THEME, Theme, ThemeKind
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.example_cache import cached_generic_words
from muistiinpanot.themes.examples import ExampleSet
from muistiinpanot.themes.frequency_cache import cached_frequency
from muistiinpanot.themes.keyword_rule import batch_keywords
from muistiinpanot.themes.label import example_shares, with_members
from muistiinpanot.themes.label_guesses import Suggester, changed_lemmas
from muistiinpanot.themes.label_text import is_fallback
from muistiinpanot.themes.label_time import time_nouns
from muistiinpanot.themes.naming import LabelWords, theme_labels
from muistiinpanot.themes.protocols import Analyzer
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.soft import GENERIC_LEMMAS
from muistiinpanot.themes.word_classes import is_name
from muistiinpanot.vectorize import normalize_rows

MUU_LABEL = "Muut aiheet"
MUU_LABEL_EN = "Other topics"


def label_words(
    docs: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    background: frozenset[str],
    analyzer: Analyzer,
    settings: ThemeSettings,
    examples: ExampleSet | None = None,
    exclude: Callable[[str], bool] | None = None,
    withheld: Callable[[Sequence[str]], Sequence[bool]] | None = None,
) -> LabelWords:
    """What the batch's keywords and labels may use beyond its notes (naming.LabelWords):
    never its `excluded_words`; never alone GENERIC_LEMMAS, the `background` (the batch's
    topic words) nor, with `examples`, the words generic among the labelled example notes."""
    generic, shares = GENERIC_LEMMAS, {}
    if examples is not None:  # their lemma lists leave GENERIC_LEMMAS out: those stay generic
        generic |= _example_generic_words(
            examples.docs, examples.labels, settings.generic_share, settings.generic_spread
        )
        shares = _example_shares(examples.docs)
    spread_out = spread_out_words(examples, settings)
    return LabelWords(
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


def spread_out_words(examples: ExampleSet | None, settings: ThemeSettings) -> frozenset[str]:
    """The words spread evenly over the labelled examples' topics, however rare, with
    GENERIC_LEMMAS, which their lemma lists leave out (LabelWords.spread_out: no verb of
    them is a keyword); none without `examples`."""
    if examples is None:
        return frozenset()
    return GENERIC_LEMMAS | _example_generic_words(
        examples.docs, examples.labels, 0.0, settings.generic_spread
    )


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
    """The batch's lemmas that must never be a keyword or in a label: names
    (word_classes.is_name over Voikko's analyses), whatever `exclude` rejects, and those the
    notes' `texts` give only through a letter-changing correction
    (label_guesses.changed_lemmas: "äppi" read as "älli")."""
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


def describe_themes(
    ids: Sequence[str],
    docs: Sequence[tuple[str, ...]],
    texts: Sequence[str],
    vectors: np.ndarray,
    theme_of: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    settings: ThemeSettings,
    analyzer: Analyzer,
    words: LabelWords,
    groups: Sequence[str] = (),
) -> tuple[Theme, ...]:
    """The Theme records of the batch's kept notes (`ids`, `docs`, `texts` and `vectors` by
    row; `groups`: each row's clinic and group, empty when unknown), each row in the theme
    `theme_of` gives it. See the module docstring."""
    rows_by_theme: dict[str, list[int]] = {}
    for row, theme in enumerate(theme_of):
        rows_by_theme.setdefault(theme, []).append(row)
    ranked = batch_keywords(
        {theme: [docs[r] for r in rows] for theme, rows in rows_by_theme.items()},
        analyzer,
        settings,
        excluded=words.excluded,
        spread_out=words.spread_out,
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
        [rows_by_theme[t] for t in emergent],
        docs,
        texts,
        vectors,
        analyzer,
        words,
        settings,
        groups,
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
    group_of: Sequence[str] = (),
) -> list[str]:
    """naming.theme_labels of the emergent `groups` (rows), each read from the parses of its
    `label_notes` notes nearest its centroid (all of a clinic's theme); `group_of`: each
    row's group (empty: unknown)."""
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
        [[group_of[row] for row in rows] for rows in parsed_rows] if group_of else (),
    )
