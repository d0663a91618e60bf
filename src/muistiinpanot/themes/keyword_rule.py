"""The keyword rule of a batch of notes, from Voikko's readings of its lemmas and the theme
settings, and the batch's keywords by it (`batch_keywords`): one function for a clinic's
themes (describe.py) and the themes and muu of a clinic placed in the archive's fitted
themes (fitted.py), so that `archive --fit archive` publishes by the rule `run` does
(mend175)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.themes.keywords import KeywordLists, KeywordRule, keyword_lists
from muistiinpanot.themes.label_time import closed_class
from muistiinpanot.themes.protocols import Analyzer
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.word_classes import compound_parts, is_abbreviation, is_verb


def batch_rule(
    analyses: Mapping[str, Sequence[Mapping[str, str]]],
    settings: ThemeSettings,
    spread_out: frozenset[str] = frozenset(),
) -> KeywordRule:
    """The KeywordRule of a batch whose lemmas Voikko reads as `analyses` (lemma →
    readings), under `settings`; `spread_out` the words spread evenly over the labelled
    example notes' topics (naming.LabelWords.spread_out)."""
    return KeywordRule(
        top=settings.keywords,
        unknown=frozenset(w for w, found in analyses.items() if not found),
        verbs=frozenset(w for w, found in analyses.items() if is_verb(w, found)),
        own_share=settings.label_own_share,
        spread_out=spread_out,
        times=closed_class(),
        parts_of=compound_parts(analyses),
        abbreviations=frozenset(w for w, found in analyses.items() if is_abbreviation(found)),
        whole_words=settings.keyword_whole_words,
        drop_echoes=settings.keyword_drop_echoes,
    )


def batch_keywords(
    docs_by_theme: Mapping[str, Sequence[Sequence[str]]],
    analyzer: Analyzer,
    settings: ThemeSettings,
    *,
    excluded: frozenset[str] = frozenset(),
    spread_out: frozenset[str] = frozenset(),
) -> dict[str, KeywordLists]:
    """Each theme's keywords (keywords.keyword_lists by batch_rule) from its notes' lemma
    lists, never an `excluded` lemma (names, personal data: describe.excluded_words)."""
    vocabulary = sorted({w for docs in docs_by_theme.values() for doc in docs for w in doc})
    analyses = {w: analyzer.voikko.analyze(w) for w in vocabulary}
    return keyword_lists(
        {
            theme: [[w for w in doc if w not in excluded] for doc in docs]
            for theme, docs in docs_by_theme.items()
        },
        batch_rule(analyses, settings, spread_out),
    )
