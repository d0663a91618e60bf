"""Speed round 22's exact cuts in themes/: each gives the same values as the plain
computation it replaced (written out here as the reference), with less work."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from scipy import sparse

import muistiinpanot.themes.label as label
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeDefinition, ThemeSettings
from muistiinpanot.themes.classifier import SeededClassifier
from muistiinpanot.themes.classifier_features import char_ngrams, unit_rows
from muistiinpanot.themes.soft import anchor_words, word_match_scores, word_specificity
from muistiinpanot.vectorize import FloatArray, VectorCache


def _reference_unit_rows(rows: list[dict[int, float]], width: int) -> sparse.csr_matrix:
    indptr, indices, values = [0], [], []
    for weights in rows:
        norm = math.sqrt(sum(v * v for v in weights.values()))
        for column in sorted(weights):
            indices.append(column)
            values.append(weights[column] / norm)
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.array(values, dtype=np.float64), np.array(indices, dtype=np.int64), indptr),
        shape=(len(rows), width),
    )


def test_unit_rows_gives_the_value_by_value_division_bit_for_bit() -> None:
    rng = np.random.default_rng(0)
    rows: list[dict[int, float]] = []
    for size in [0, 1, 3, 0, 40, 7, 1, 200]:
        columns = rng.choice(5_000, size=size, replace=False)  # unsorted, as a dict fills
        rows.append(
            {int(c): float(v) for c, v in zip(columns, rng.uniform(0.1, 9.0, size), strict=True)}
        )
    fast, reference = unit_rows(rows, 5_000), _reference_unit_rows(rows, 5_000)
    assert fast.shape == reference.shape == (8, 5_000)
    assert fast.indptr.tolist() == reference.indptr.tolist()
    assert fast.indices.tolist() == reference.indices.tolist()
    assert fast.data.tobytes() == reference.data.tobytes()


def test_classifier_features_equal_the_feature_by_feature_formula(
    analyzer: LemmaAnalyzer,
) -> None:
    docs = [("siilo", "yksikkö", "siilo"), ("luottamus", "johto"), ("kahvi",), ()]
    texts = ["Siilot ja siilot yksiköissä", "luottamus johtoon puuttuu", "kahvi kahvi kahvi", ""]
    labels = ["siilot", "luottamus", "other", "other"]
    cache = VectorCache(analyzer)
    model = SeededClassifier(C=2.0).fit(docs * 2, texts * 2, labels * 2, cache)
    features = model._features(docs, texts, cache).toarray()
    # the lemma and character blocks by the formula, feature by feature
    width = cache.dim
    for row, (doc, text) in enumerate(zip(docs, texts, strict=True)):
        lemma = {
            model.vocabulary_[w]: (1.0 + math.log(c)) * float(model.idf_[model.vocabulary_[w]])
            for w, c in Counter(doc).items()
            if w in model.vocabulary_
        }
        grams = Counter(char_ngrams(text))
        char = {
            model.char_vocabulary_[g]: (1.0 + math.log(c))
            * float(model.char_idf_[model.char_vocabulary_[g]])
            for g, c in grams.items()
            if g in model.char_vocabulary_
        }
        expected_lemma = _reference_unit_rows([lemma], len(model.vocabulary_)).toarray()[0]
        expected_char = _reference_unit_rows([char], len(model.char_vocabulary_)).toarray()[0]
        got_lemma = features[row, width : width + len(model.vocabulary_)]
        got_char = features[row, width + len(model.vocabulary_) :]
        assert got_lemma.tobytes() == expected_lemma.tobytes()
        assert got_char.tobytes() == (model.char_weight * expected_char).tobytes()


class _CountingCache(VectorCache):
    def __init__(self, source: LemmaAnalyzer) -> None:
        super().__init__(source)
        self.asked: Counter[str] = Counter()

    def get(self, word: str) -> FloatArray:
        self.asked[word] += 1
        return super().get(word)


def _reference_word_match(
    docs: list[tuple[str, ...]],
    definitions: tuple[ThemeDefinition, ...],
    analyzer: LemmaAnalyzer,
    cache: VectorCache,
    settings: ThemeSettings,
) -> FloatArray:
    result = np.zeros((len(docs), len(definitions)))
    specificity = word_specificity(docs, settings)
    for column, definition in enumerate(definitions):
        anchors = anchor_words(definition, analyzer, settings.phrase_word_weight)
        if not anchors:
            continue
        matrix = np.array([cache.get(word) for word in anchors])
        weights = np.array(list(anchors.values()))
        for row, doc in enumerate(docs):
            words = list(dict.fromkeys(doc))
            if not words:
                continue
            similarity = (np.array([cache.get(word) for word in words]) @ matrix.T) * weights
            best = similarity.max(axis=1) * np.array([specificity[word] for word in words])
            ranked = np.sort(best)[::-1]
            second = float(ranked[1]) if ranked.size > 1 else 0.0
            result[row, column] = min(max(0.6 * float(ranked[0]) + 0.4 * second, 0.0), 1.0)
    return result


def test_word_match_scores_look_each_note_word_up_once_and_score_as_note_by_note(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    docs = [("siilo", "yksikkö", "siilo"), (), ("luotamus", "puuttua"), ("kahvinkeitin",)]
    settings = ThemeSettings()
    cache = _CountingCache(analyzer)
    scores = word_match_scores(docs, definitions, analyzer, cache, settings)
    reference = _reference_word_match(docs, definitions, analyzer, VectorCache(analyzer), settings)
    assert scores.tobytes() == reference.tobytes()
    anchors = Counter(
        word
        for definition in definitions
        for word in anchor_words(definition, analyzer, settings.phrase_word_weight)
    )
    for word in ("yksikkö", "puuttua", "kahvinkeitin"):
        assert cache.asked[word] == 1 + anchors[word]  # not once per definition


@pytest.mark.parametrize("top", [0, 1, 2, 6])
def test_theme_keywords_check_words_only_until_top_pass(
    monkeypatch: pytest.MonkeyPatch, top: int
) -> None:
    docs = {
        "a": [
            ["esihenkilö", "tuki", "digituki", "kahvi", "palaveri"],
            ["esihenkilö", "tuki", "digituki", "kahvi", "palaveri"],
            ["esihenkilö", "palaveri", "digituki", "kahvi", "tauko"],
            ["esihenkilö", "tauko", "digituki", "kahvi", "tauko"],
        ],
        "b": [["kahvi", "tauko", "palaveri"], ["kahvi", "tauko", "palaveri", "tuki"]],
    }
    checked: list[str] = []
    real = label._is_fragment

    def counted(lemma: str, *args: object) -> bool:
        checked.append(lemma)
        return real(lemma, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(label, "_is_fragment", counted)
    every = label.theme_keywords(docs, top=1_000)
    checked_for_every = len(checked)
    assert "tuki" not in every["a"]  # a fragment of "digituki" there: checked and left out
    checked.clear()
    ranked = label.theme_keywords(docs, top=top)
    assert ranked == {theme: words[:top] for theme, words in every.items()}
    if top <= 2:  # the words ranked after the top ones are never checked
        assert len(checked) < checked_for_every
