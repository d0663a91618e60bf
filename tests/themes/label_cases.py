"""Shared by the tests of emergent labels (test_naming.py, test_naming_settings.py,
test_label_time.py): the labels themes/naming.py gives Finnish notes, read from the real parse,
against a background of notes on other topics."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.label_time import time_nouns
from muistiinpanot.themes.naming import LabelNote, LabelWords, theme_labels
from muistiinpanot.themes.protocols import content_lemmas

SETTINGS = ThemeSettings()
#: Notes of other topics: the background every theme is told apart from.
OTHERS = (
    "bussit kulkee liian harvoin iltaisin",
    "kirjaston aukioloajat on lyhyet",
    "kahvinkeitin on rikki",
    "hankintalaki on monimutkainen",
)


def labels_of(
    analyzer: LemmaAnalyzer,
    themes: Sequence[Sequence[str]],
    others: Sequence[str] = OTHERS,
    generic: frozenset[str] = frozenset(),
    excluded: frozenset[str] = frozenset(),
    frequency: Callable[[str], float] | None = None,
    settings: ThemeSettings = SETTINGS,
    background: frozenset[str] = frozenset(),
    withheld: Sequence[frozenset[int]] = (),
    groups: Sequence[Sequence[str]] = (),
) -> list[str]:
    """The label of each theme (its notes' texts) among `others`; `frequency`: a word's
    general-Finnish frequency (label_general.general_zipf; None: no word too common);
    `background`: the batch's topic words (assign.background_lemmas); `withheld`: per theme,
    its notes that hold personal data; `groups`: per theme, each note's group."""

    def notes(texts: Sequence[str]) -> list[LabelNote]:
        docs = [content_lemmas(tokens) for tokens in analyzer.analyze(texts)]
        return list(zip(analyzer.parse(texts), docs, strict=True))

    by_theme = [notes(texts) for texts in themes]
    return theme_labels(
        by_theme,
        [[doc for _, doc in theme] for theme in by_theme],
        [doc for _, doc in notes(others)],
        LabelWords(
            excluded=excluded,
            generic=generic,
            background=background,
            analyses=analyzer.voikko.analyze,
            is_time=time_nouns(analyzer.voikko.analyze),
            frequency=frequency,
        ),
        settings,
        withheld,
        groups,
    )


def label_of(analyzer: LemmaAnalyzer, texts: Sequence[str]) -> str:
    """The label of one theme's notes among `OTHERS`."""
    (label,) = labels_of(analyzer, [texts])
    return label
