"""Soft lexical match: how close a note's words come to a theme's words (floret cosines).

For every content lemma of a note (compound parts included) its best cosine to the theme's
anchor words: the seed lemmas (weight 1) and the content lemmas of the seed phrases (weight
`phrase_word_weight`, as phrase words say the theme less directly). Each note word's match is
scaled by how specific the word is in the batch (see `word_specificity`), and the theme score
is `0.6 * best + 0.4 * second best` word match: one strong word can carry a short note, and a
second one makes it surer. Word-to-word similarity is much sharper than similarity of averaged
note vectors, and floret's subwords make inflections, derivations and typos of a seed close.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import Analyzer, content_lemmas
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray, VectorCache

#: Weights of the best and the second-best word match.
TOP_WEIGHTS = (0.6, 0.4)
#: Very general Finnish verbs and nouns that say nothing of a theme: they count half as note
#: words and are not used as anchor words (written from general knowledge, not from notes).
GENERIC_LEMMAS = frozenset(
    {
        "olla", "tehdä", "pitää", "voida", "saada", "tulla", "mennä", "ottaa", "antaa",
        "käyttää", "asia", "juttu", "ihminen", "kaikki", "hyvä", "uusi", "iso", "pieni",
        "oma", "eri", "muu", "paljon", "aika", "työ", "kerta", "tapa", "osa",
    }
)  # fmt: skip
_GENERIC_WEIGHT = 0.5


def background_weights(docs: Sequence[Sequence[str]], settings: ThemeSettings) -> dict[str, float]:
    """Each lemma of the batch: 1, or less for the batch's background vocabulary (its topic
    words: a lemma in more notes than `max(common_share * notes, common_min_notes)` gets
    that number divided by its note count)."""
    doc_freq: Counter[str] = Counter(lemma for doc in docs for lemma in set(doc))
    expected = max(settings.common_share * len(docs), settings.common_min_notes)
    return {lemma: min(1.0, expected / count) for lemma, count in doc_freq.items()}


def word_specificity(docs: Sequence[Sequence[str]], settings: ThemeSettings) -> dict[str, float]:
    """1 for ordinary lemmas; less for the batch's background vocabulary (background_weights)
    and for GENERIC_LEMMAS."""
    return {
        lemma: weight * (_GENERIC_WEIGHT if lemma in GENERIC_LEMMAS else 1.0)
        for lemma, weight in background_weights(docs, settings).items()
    }


def anchor_words(
    definition: ThemeDefinition, analyzer: Analyzer, phrase_weight: float
) -> dict[str, float]:
    """Anchor word → weight: seed lemmas 1, other content lemmas of the seed phrases
    `phrase_weight` (generic lemmas left out)."""
    words: dict[str, float] = dict.fromkeys(definition.seed_lemmas, 1.0)
    phrases = list(definition.seed_phrases)
    for tokens in analyzer.analyze(phrases) if phrases else []:
        for lemma in content_lemmas(tokens):
            if lemma not in GENERIC_LEMMAS:
                words.setdefault(lemma, phrase_weight)
    return dict(sorted(words.items()))


def word_match_scores(
    docs: Sequence[Sequence[str]],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    cache: VectorCache,
    settings: ThemeSettings,
) -> FloatArray:
    """`scores[i, t]` in [0, 1]: soft lexical match of note i to definition t."""
    result = np.zeros((len(docs), len(definitions)))
    specificity = word_specificity(docs, settings)
    notes: list[tuple[int, FloatArray, FloatArray]] = []  # each note's word vectors, built once
    for row, doc in enumerate(docs):
        words = list(dict.fromkeys(doc))
        if words:
            vectors = np.array([cache.get(word) for word in words])
            notes.append((row, vectors, np.array([specificity[word] for word in words])))
    for column, definition in enumerate(definitions):
        anchors = anchor_words(definition, analyzer, settings.phrase_word_weight)
        if not anchors:
            continue
        matrix = np.array([cache.get(word) for word in anchors])
        weights = np.array(list(anchors.values()))
        for row, vectors, specific in notes:
            similarity = (vectors @ matrix.T) * weights
            best = similarity.max(axis=1) * specific
            ranked = np.sort(best)[::-1]
            second = float(ranked[1]) if ranked.size > 1 else 0.0
            score = TOP_WEIGHTS[0] * float(ranked[0]) + TOP_WEIGHTS[1] * second
            result[row, column] = min(max(score, 0.0), 1.0)
    return result
