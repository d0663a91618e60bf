"""fit_tfidf (and so vectorize's TF-IDF) gives scikit-learn's TfidfVectorizer values bit for
bit (it is written out so that a run need not import scikit-learn)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from muistiinpanot.tfidf import char_wb_ngrams, fit_tfidf
from muistiinpanot.vectorize import identity_analyzer, tfidf_matrix

_WORDS = st.sampled_from(["siilo", "raja", "tieto", "ei", "kulje", "Äänes", "a", "yhteistyö"])
_TEXTS = st.lists(
    st.lists(_WORDS, max_size=8).map(" ".join) | st.text(" \tabcäöxyz", max_size=30),
    min_size=1,
    max_size=25,
)


def _dense(matrix: sparse.spmatrix | sparse.sparray) -> bytes:
    return np.asarray(sparse.csr_matrix(matrix).toarray(), dtype=np.float64).tobytes()


@settings(max_examples=60, deadline=None)
@given(_TEXTS, st.integers(min_value=1, max_value=3))
def test_tfidf_char_ngrams_equal_scikit_learn_bit_for_bit(texts: list[str], min_df: int) -> None:
    lowered = [text.lower() for text in texts]
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=min_df
    )
    try:
        expected = vectorizer.fit_transform(lowered)
    except ValueError:
        with pytest.raises(ValueError):
            fit_tfidf([char_wb_ngrams(text) for text in lowered], min_df)
        return
    matrix, terms = fit_tfidf([char_wb_ngrams(text) for text in lowered], min_df)
    assert terms == list(vectorizer.get_feature_names_out())
    assert _dense(matrix) == _dense(expected)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=8), min_size=1, max_size=25).filter(any))
def test_tfidf_lemma_lists_equal_scikit_learn_bit_for_bit(docs: list[list[str]]) -> None:
    vectorizer = TfidfVectorizer(analyzer=identity_analyzer, sublinear_tf=True)
    expected = vectorizer.fit_transform(docs)
    matrix, terms = tfidf_matrix(docs)
    assert terms == list(vectorizer.get_feature_names_out())
    assert _dense(matrix) == _dense(expected)


def test_char_wb_ngrams_pads_words_and_counts_a_short_word_once() -> None:
    assert char_wb_ngrams("Ei  a") == [" ei", "ei ", " ei ", " a "]
