"""A fitted classifier for the seeded themes, trained on labelled notes (models/training/).

Features of a note, three L2-normalised blocks:
- the IDF-weighted mean of the floret vectors of its content lemmas (compound parts included);
- its sublinear TF-IDF over the training vocabulary of content lemmas;
- sublinear TF-IDF of the character 3- to 5-grams of its words as written (`char_ngrams`,
  n-grams seen in at least two training notes), weighted `char_weight` ([themes]
  classifier_char_weight). This block sees what the lemmas drop: negation and pronouns
  ("ei kukaan", "omaa"), question forms, spoken endings, and word pieces that survive typos
  and unknown compounds.
With `seed_weight` above 0 a fourth block, weighted so, has one feature per seeded theme:
whether a content lemma or compound part is one of the theme's seed lemmas in
models/themes.toml (`seed_hits`). The lemma block learns each word apart, diluted by the
note's other words; this block lets the examples teach how much any word of a theme's
definition weighs, so a new writer's seed word ("pilotoitiin", "vois kokeilla") still counts
amid the clinic's own topic words (docs/how-it-works.md, session 19).
A multinomial logistic regression over the seeded theme ids and `other` (anything that is not
a seeded theme) gives probabilities. With `dropout` above 0 every example is learnt twice: as
written, and with each word of its text and each of its lemmas left out with that
probability (a seeded draw), so that the model spreads its weight over the words that say a
theme instead of leaning on one ("näkyvä", "johtaa") that other writers also use for other
things. Tried at 0.3 and left at 0: the dev sets did not gain (README, seeded table).
In leave-one-file-out cross-validation over the twenty training files of the time,
the character block raised the classifier alone from 0.853 to 0.899 seeded macro-F1 and the
blended decision from 0.861 to 0.900; its weight and C were chosen there too, on a plateau;
`benchmarks/themes_examples_cv.py --C 3 10 --char-weight 1 2 3 --dropout 0 0.3` measures them
again. The features' helpers live in classifier_features.py.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

import numpy as np
from scipy import sparse

from muistiinpanot import __version__
from muistiinpanot.errors import ConfigError
from muistiinpanot.themes.classifier_features import (
    CHAR_MIN_DF,
    SublinearCounts,
    char_ngrams,
    seed_hits,
    unit_rows,
    vocabulary_idf,
    with_dropout,
)
from muistiinpanot.vectorize import FloatArray, VectorCache

#: Label of every training note that belongs to no seeded theme.
OTHER = "other"
_FORMAT = 2
_ARRAYS = ("idf", "char_idf", "coef", "intercept")


class NotFittedError(ValueError, AttributeError):
    """Predicting with a classifier that was neither fitted nor loaded (as scikit-learn's
    NotFittedError, without importing scikit-learn: predicting needs numpy and scipy.sparse)."""


class SeededClassifier:
    """Logistic regression over [IDF-weighted floret mean, lemma TF-IDF, character n-gram
    TF-IDF] of notes given as (content lemmas, text)."""

    def __init__(
        self,
        C: float = 1.0,
        min_df: int = 1,
        random_state: int = 0,
        char_weight: float = 2.0,
        dropout: float = 0.0,
        seed_weight: float = 0.0,
        seed_lemmas: Sequence[Sequence[str]] = (),
    ) -> None:
        self.C = C
        self.min_df = min_df
        self.char_weight = char_weight
        self.random_state = random_state
        self.dropout = dropout
        self.seed_weight = seed_weight
        self.seed_lemmas = seed_lemmas

    def fit(
        self,
        docs: Sequence[Sequence[str]],
        texts: Sequence[str],
        labels: Sequence[str],
        cache: VectorCache,
        weights: Sequence[float] | None = None,
    ) -> SeededClassifier:
        """Fit on notes whose content lemmas are `docs[i]`, text `texts[i]`, label
        `labels[i]`, each counted `weights[i]` times in the loss (all once when None)."""
        if not docs or not len(docs) == len(texts) == len(labels):
            raise ValueError("docs, texts and labels must be non-empty and of equal length")
        if weights is not None and (len(weights) != len(docs) or min(weights) < 0):
            raise ValueError("weights must be one non-negative number per note")
        if len(set(labels)) < 2:
            raise ValueError("at least two classes are needed")
        if self.dropout > 0:
            docs, texts, labels = with_dropout(docs, texts, labels, self.dropout, self.random_state)
            weights = None if weights is None else [*weights, *weights]
        total = len(docs)
        self.vocabulary_, self.idf_ = vocabulary_idf([set(doc) for doc in docs], total, self.min_df)
        self.char_vocabulary_, self.char_idf_ = vocabulary_idf(
            [set(char_ngrams(text)) for text in texts], total, CHAR_MIN_DF
        )
        features = self._features(docs, texts, cache)
        self.vector_dim_ = cache.dim
        # imported here: only fitting needs scikit-learn (about a second of start-up)
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(
            C=self.C, class_weight=None, max_iter=5000, random_state=self.random_state
        )
        model.fit(features, list(labels), sample_weight=None if weights is None else list(weights))
        self.classes_ = tuple(str(c) for c in model.classes_)
        self.coef_ = np.asarray(model.coef_, dtype=np.float64)
        self.intercept_ = np.asarray(model.intercept_, dtype=np.float64)
        return self

    def predict_proba(
        self, docs: Sequence[Sequence[str]], texts: Sequence[str], cache: VectorCache
    ) -> FloatArray:
        """Rows: notes (content lemmas `docs[i]`, text `texts[i]`); columns: `classes_`."""
        if not hasattr(self, "coef_"):
            raise NotFittedError("SeededClassifier is not fitted")
        if len(docs) != len(texts):
            raise ValueError("docs and texts must be of equal length")
        logits = np.asarray(self._features(docs, texts, cache) @ self.coef_.T) + self.intercept_
        if logits.shape[1] == 1:  # binary: scikit-learn keeps one column
            logits = np.hstack([-logits, logits]) / 2
        logits -= logits.max(axis=1, keepdims=True)
        odds = np.exp(logits)
        result: FloatArray = odds / odds.sum(axis=1, keepdims=True)
        return result

    def _features(
        self, docs: Sequence[Sequence[str]], texts: Sequence[str], cache: VectorCache
    ) -> sparse.csr_matrix:
        """The three blocks side by side, as one sparse matrix (the n-gram block is wide)."""
        vocabulary, char_vocabulary = self.vocabulary_, self.char_vocabulary_
        # Python floats and one log per count: the same values as indexing the arrays and
        # calling math.log for every feature, at a fraction of the cost
        idfs, char_idfs = self.idf_.tolist(), self.char_idf_.tolist()
        sublinear = SublinearCounts()
        default_idf = float(self.idf_.max()) if self.idf_.size else 1.0
        dense = np.zeros((len(docs), cache.dim))
        lemma_rows: list[dict[int, float]] = []
        for row, doc in enumerate(docs):
            weights: dict[int, float] = {}
            for word, count in Counter(doc).items():
                column = vocabulary.get(word)
                idf = default_idf if column is None else idfs[column]
                dense[row] += idf * cache.get(word)
                if column is not None:
                    weights[column] = sublinear[count] * idf
            lemma_rows.append(weights)
        char_rows: list[dict[int, float]] = []
        for text in texts:
            weights = {}
            for gram, count in Counter(char_ngrams(text)).items():
                column = char_vocabulary.get(gram)
                if column is not None:
                    weights[column] = sublinear[count] * char_idfs[column]
            char_rows.append(weights)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        np.divide(dense, norms, out=dense, where=norms > 0)
        blocks = [
            sparse.csr_matrix(dense),
            unit_rows(lemma_rows, len(vocabulary)),
            self.char_weight * unit_rows(char_rows, len(self.char_vocabulary_)),
        ]
        if self._seed_width():
            hits = np.array([seed_hits(doc, self.seed_lemmas) for doc in docs], dtype=np.float64)
            blocks.append(sparse.csr_matrix(self.seed_weight * hits.reshape(len(docs), -1)))
        return sparse.hstack(blocks, format="csr")

    def _seed_width(self) -> int:
        """Columns of the seed-hit block: one per theme, none at `seed_weight` 0."""
        return len(self.seed_lemmas) if self.seed_weight > 0 else 0

    def save(self, folder: Path) -> None:
        """Write model.json and one .npy per array into `folder` (created if missing)."""
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": _FORMAT,
            "kind": "seeded-theme-classifier",
            "classes": list(self.classes_),
            "vocabulary": sorted(self.vocabulary_, key=self.vocabulary_.__getitem__),
            "char_vocabulary": sorted(self.char_vocabulary_, key=self.char_vocabulary_.__getitem__),
            "vector_dim": self.vector_dim_,
            "params": {
                "C": self.C,
                "min_df": self.min_df,
                "random_state": self.random_state,
                "char_weight": self.char_weight,
                "dropout": self.dropout,
                "seed_weight": self.seed_weight,
                "seed_lemmas": [list(seeds) for seeds in self.seed_lemmas],
            },
            "versions": {"muistiinpanot": __version__, "scikit-learn": version("scikit-learn")},
        }
        (folder / "model.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        for name in _ARRAYS:
            np.save(folder / f"{name}.npy", getattr(self, f"{name}_"), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> SeededClassifier:
        """Read a folder written by `save`; anything malformed is a ConfigError."""
        path = folder / "model.json"
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
            model = cls(**meta["params"])
            model.classes_ = tuple(str(c) for c in meta["classes"])
            model.vocabulary_ = {str(w): i for i, w in enumerate(meta["vocabulary"])}
            model.char_vocabulary_ = {str(g): i for i, g in enumerate(meta["char_vocabulary"])}
            model.vector_dim_ = int(meta["vector_dim"])
            for name in _ARRAYS:
                array = np.load(folder / f"{name}.npy", allow_pickle=False)
                setattr(model, f"{name}_", np.asarray(array, dtype=np.float64))
        except FileNotFoundError as err:
            raise ConfigError("path_missing", path=Path(err.filename or path)) from None
        except (ValueError, KeyError, TypeError, OSError) as err:
            raise ConfigError("config_bad_value", path=path, key="model", detail=str(err)) from None
        rows = len(model.classes_) if len(model.classes_) > 2 else 1
        width = (
            int(meta.get("vector_dim", -1))
            + len(model.vocabulary_)
            + len(model.char_vocabulary_)
            + model._seed_width()
        )
        if (
            meta.get("format") != _FORMAT
            or model.coef_.shape != (rows, width)
            or model.idf_.shape != (len(model.vocabulary_),)
            or model.char_idf_.shape != (len(model.char_vocabulary_),)
            or model.intercept_.shape != (rows,)
        ):
            raise ConfigError(
                "config_bad_value", path=path, key="format", detail="tuntematon / unknown"
            )
        return model
