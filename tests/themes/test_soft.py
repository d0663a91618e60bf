from __future__ import annotations

import numpy as np
import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeDefinition, ThemeSettings
from muistiinpanot.themes.seeded import otsu_threshold, seed_threshold
from muistiinpanot.themes.soft import GENERIC_LEMMAS, anchor_words, word_match_scores
from muistiinpanot.vectorize import VectorCache

SETTINGS = ThemeSettings()


@pytest.mark.parametrize(
    ("doc", "theme"),
    [
        (("siilo", "yksikkö"), 0),  # seed lemma itself
        (("siiloutunut", "toimintatapa"), 0),  # derivation floret brings close
        (("luottamuspula", "johto"), 1),  # compound with the seed as a part
        (("luotamus", "puuttua"), 1),  # typo
    ],
)
def test_word_match_scores_prefers_the_theme_of_the_seed(
    analyzer: LemmaAnalyzer,
    definitions: tuple[ThemeDefinition, ...],
    doc: tuple[str, ...],
    theme: int,
) -> None:
    docs = [doc, ("kahvinkeitin", "rikki")]
    scores = word_match_scores(docs, definitions, analyzer, VectorCache(analyzer), SETTINGS)
    assert scores.shape == (2, len(definitions))
    assert int(scores[0].argmax()) == theme
    assert scores[0, theme] > scores[1].max()
    assert ((scores >= 0.0) & (scores <= 1.0)).all()


def test_word_match_scores_empty_note_scores_zero(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    scores = word_match_scores(
        [(), ("siilo",)], definitions, analyzer, VectorCache(analyzer), SETTINGS
    )
    assert not scores[0].any()


def test_anchor_words_weights_seeds_over_phrase_words(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    anchors = anchor_words(definitions[0], analyzer, 0.9)
    assert all(anchors[seed] == 1.0 for seed in definitions[0].seed_lemmas)
    assert any(weight == 0.9 for weight in anchors.values())
    assert not set(anchors) & (GENERIC_LEMMAS - set(definitions[0].seed_lemmas))


def test_otsu_threshold_splits_two_groups() -> None:
    values = np.array([0.1, 0.15, 0.2, 0.12, 0.8, 0.85, 0.9])
    threshold = otsu_threshold(values)
    assert 0.2 < threshold < 0.8


def test_seed_threshold_uses_floor_for_small_batches() -> None:
    small = np.array([0.1, 0.9, 0.95])
    assert seed_threshold(small, SETTINGS) == SETTINGS.seed_threshold
    large = np.array([0.2] * 15 + [0.9] * 10)
    assert SETTINGS.seed_threshold <= seed_threshold(large, SETTINGS) < 0.9
    low = np.array([0.05] * 15 + [0.3] * 10)
    assert seed_threshold(low, SETTINGS) == SETTINGS.seed_threshold
