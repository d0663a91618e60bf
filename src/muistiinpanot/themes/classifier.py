"""A fitted classifier for the seeded themes, trained on labelled notes (models/training/).

Features of a note: the IDF-weighted mean of the floret vectors of its content lemmas
(compound parts included), and its sublinear TF-IDF over the training vocabulary. A
multinomial logistic regression (balanced classes) over the seeded theme ids and `other`
(anything that is not a seeded theme) gives probabilities.

The estimator follows scikit-learn's contract: `__init__` stores arguments, `fit` checks and
returns self, predicting unfitted raises, learned state ends in `_`. Saved as JSON (classes,
vocabulary, settings, versions) plus .npy arrays loaded with `allow_pickle=False`: no pickle,
so a model folder from anywhere is data, never code.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import sklearn
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression

from muistiinpanot import __version__
from muistiinpanot.errors import ConfigError
from muistiinpanot.vectorize import FloatArray, VectorCache

#: Label of every training note that belongs to no seeded theme.
OTHER = "other"
_FORMAT = 1
_ARRAYS = ("idf", "coef", "intercept")


class SeededClassifier:
    """Logistic regression over [IDF-weighted floret mean, TF-IDF] of lemma lists."""

    def __init__(self, C: float = 1.0, min_df: int = 1, random_state: int = 0) -> None:
        self.C = C
        self.min_df = min_df
        self.random_state = random_state

    def fit(
        self, docs: Sequence[Sequence[str]], labels: Sequence[str], cache: VectorCache
    ) -> SeededClassifier:
        if len(docs) != len(labels) or not docs:
            raise ValueError("docs and labels must be non-empty and of equal length")
        if len(set(labels)) < 2:
            raise ValueError("at least two classes are needed")
        doc_freq: Counter[str] = Counter(w for doc in docs for w in set(doc))
        vocabulary = sorted(w for w, count in doc_freq.items() if count >= self.min_df)
        self.vocabulary_ = {word: index for index, word in enumerate(vocabulary)}
        total = len(docs)
        self.idf_ = np.array([math.log((1 + total) / (1 + doc_freq[w])) + 1.0 for w in vocabulary])
        features = self._features(docs, cache)
        self.vector_dim_ = cache.dim
        model = LogisticRegression(
            C=self.C, class_weight=None, max_iter=5000, random_state=self.random_state
        )
        model.fit(features, list(labels))
        self.classes_ = tuple(str(c) for c in model.classes_)
        self.coef_ = np.asarray(model.coef_, dtype=np.float64)
        self.intercept_ = np.asarray(model.intercept_, dtype=np.float64)
        return self

    def predict_proba(self, docs: Sequence[Sequence[str]], cache: VectorCache) -> FloatArray:
        """Rows: notes; columns: `classes_`."""
        if not hasattr(self, "coef_"):
            raise NotFittedError("SeededClassifier is not fitted")
        logits = self._features(docs, cache) @ self.coef_.T + self.intercept_
        if logits.shape[1] == 1:  # binary: scikit-learn keeps one column
            logits = np.hstack([-logits, logits]) / 2
        logits -= logits.max(axis=1, keepdims=True)
        odds = np.exp(logits)
        result: FloatArray = odds / odds.sum(axis=1, keepdims=True)
        return result

    def _features(self, docs: Sequence[Sequence[str]], cache: VectorCache) -> FloatArray:
        vocabulary = self.vocabulary_
        default_idf = float(self.idf_.max()) if self.idf_.size else 1.0
        dense = np.zeros((len(docs), cache.dim))
        sparse = np.zeros((len(docs), len(vocabulary)))
        for row, doc in enumerate(docs):
            for word, count in Counter(doc).items():
                column = vocabulary.get(word)
                idf = default_idf if column is None else float(self.idf_[column])
                dense[row] += idf * cache.get(word)
                if column is not None:
                    sparse[row, column] = (1.0 + math.log(count)) * idf
        for matrix in (dense, sparse):
            norms = np.linalg.norm(matrix, axis=1, keepdims=True)
            np.divide(matrix, norms, out=matrix, where=norms > 0)
        return np.hstack([dense, sparse])

    def save(self, folder: Path) -> None:
        """Write model.json and one .npy per array into `folder` (created if missing)."""
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": _FORMAT,
            "kind": "seeded-theme-classifier",
            "classes": list(self.classes_),
            "vocabulary": sorted(self.vocabulary_, key=self.vocabulary_.__getitem__),
            "vector_dim": self.vector_dim_,
            "params": {"C": self.C, "min_df": self.min_df, "random_state": self.random_state},
            "versions": {"muistiinpanot": __version__, "scikit-learn": sklearn.__version__},
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
            model.vector_dim_ = int(meta["vector_dim"])
            for name in _ARRAYS:
                array = np.load(folder / f"{name}.npy", allow_pickle=False)
                setattr(model, f"{name}_", np.asarray(array, dtype=np.float64))
        except FileNotFoundError as err:
            raise ConfigError("path_missing", path=Path(err.filename or path)) from None
        except (ValueError, KeyError, TypeError, OSError) as err:
            raise ConfigError("config_bad_value", path=path, key="model", detail=str(err)) from None
        rows = len(model.classes_) if len(model.classes_) > 2 else 1
        width = int(meta.get("vector_dim", -1)) + len(model.vocabulary_)
        if (
            meta.get("format") != _FORMAT
            or model.coef_.shape != (rows, width)
            or model.idf_.shape != (len(model.vocabulary_),)
            or model.intercept_.shape != (rows,)
        ):
            raise ConfigError(
                "config_bad_value", path=path, key="format", detail="tuntematon / unknown"
            )
        return model
