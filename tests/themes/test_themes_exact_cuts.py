"""Speed round 22's exact cuts in themes/: each gives the same values as the plain
computation it replaced, with less work. unit_rows and the classifier's features are compared
bit for bit with the value-by-value division (`_reference_unit_rows`, the definition itself in
a dozen lines: the goldens see themes, never the features' bits, which a fitted model's
cache and its decisions rest on). The soft match keeps no copy of its old code: its tests
check the properties the cut must keep (tidy21)."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from scipy import sparse

import muistiinpanot.themes.keywords as keywords
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeDefinition, ThemeSettings
from muistiinpanot.themes.classifier import SeededClassifier
from muistiinpanot.themes.classifier_features import char_ngrams, unit_rows
from muistiinpanot.themes.soft import TOP_WEIGHTS, anchor_words, word_match_scores
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


def test_word_match_scores_look_each_note_word_up_once(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    docs = [("siilo", "yksikkö", "siilo"), (), ("luotamus", "puuttua"), ("kahvinkeitin",)]
    settings = ThemeSettings()
    cache = _CountingCache(analyzer)
    word_match_scores(docs, definitions, analyzer, cache, settings)
    anchors = Counter(
        word
        for definition in definitions
        for word in anchor_words(definition, analyzer, settings.phrase_word_weight)
    )
    for word in ("yksikkö", "puuttua", "kahvinkeitin"):
        assert cache.asked[word] == 1 + anchors[word]  # not once per definition


def test_word_match_scores_blend_each_notes_two_best_words_on_its_own_row(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    # What the cut (each note's word vectors built once for all definitions) must keep, read
    # from word_match_scores' own values in one batch (so a word weighs the same in every
    # note): a three-word note is TOP_WEIGHTS over its two best words' matches, which the
    # one-word notes show; a repeated word counts once; an empty note scores 0 and moves no
    # row after it; a theme's column depends neither on the other definitions nor on the
    # notes' order.
    words = ("yksikkö", "puuttua", "kahvinkeitin")
    docs = [*((word,) for word in words), words, (), (words[0], *words)]
    settings = ThemeSettings()
    cache = VectorCache(analyzer)
    scores = word_match_scores(docs, definitions, analyzer, cache, settings)
    matched = (scores[:3] > 0).all(axis=0)  # below 0 a one-word note's score is clipped
    assert matched.any()
    ranked = -np.sort(-scores[:3, matched] / TOP_WEIGHTS[0], axis=0)
    blend = TOP_WEIGHTS[0] * ranked[0] + TOP_WEIGHTS[1] * ranked[1]
    assert scores[3, matched] == pytest.approx(blend, rel=1e-12)
    assert not scores[4].any()
    assert scores[5].tobytes() == scores[3].tobytes()
    for column, definition in enumerate(definitions):
        alone = word_match_scores(docs, (definition,), analyzer, cache, settings)
        assert alone[:, 0].tobytes() == scores[:, column].tobytes()
    backwards = word_match_scores(docs[::-1], definitions, analyzer, cache, settings)
    assert backwards[::-1].tobytes() == scores.tobytes()


@pytest.mark.parametrize(("word", "weight"), [("siilo", 1.0), ("yksikkö", 0.9)])
@pytest.mark.parametrize("notes", [1, 10])
def test_an_anchor_alone_scores_its_weight_times_its_specificity(
    analyzer: LemmaAnalyzer,
    definitions: tuple[ThemeDefinition, ...],
    word: str,
    weight: float,
    notes: int,
) -> None:
    # a note of one of its theme's anchor words (cosine 1: a seed lemma weighs 1, a seed
    # phrase's word phrase_word_weight 0.9) scores TOP_WEIGHTS[0] times that weight times the
    # word's specificity: 1 in one note, 5 / 10 in ten of eleven (the batch's background:
    # in more notes than common_min_notes 5)
    settings = ThemeSettings()
    assert anchor_words(definitions[0], analyzer, settings.phrase_word_weight)[word] == weight
    docs = [(word,)] * notes + [("kahvinkeitin",)]
    scores = word_match_scores(docs, definitions, analyzer, VectorCache(analyzer), settings)
    specificity = {1: 1.0, 10: 0.5}[notes]
    assert scores[0, 0] == pytest.approx(TOP_WEIGHTS[0] * weight * specificity, rel=1e-6)


def _shown(docs: dict[str, list[list[str]]], top: int) -> dict[str, tuple[str, ...]]:
    rule = keywords.KeywordRule(top=top)
    return {theme: lists.shown for theme, lists in keywords.keyword_lists(docs, rule).items()}


@pytest.mark.parametrize("top", [0, 1, 2, 6])
def test_keyword_lists_check_words_only_until_top_pass(
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
    real = keywords._is_fragment

    def counted(lemma: str, *args: object) -> bool:
        checked.append(lemma)
        return real(lemma, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(keywords, "_is_fragment", counted)
    every = _shown(docs, top=1_000)
    checked_for_every = len(checked)
    assert "tuki" not in every["a"]  # a fragment of "digituki" there: checked and left out
    checked.clear()
    ranked = _shown(docs, top=top)
    assert ranked == {theme: words[:top] for theme, words in every.items()}
    if top <= 2:  # the words ranked after the top ones are never checked
        assert len(checked) < checked_for_every
