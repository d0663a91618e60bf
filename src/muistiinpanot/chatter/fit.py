"""Fitting chatter/model.py's logistic regression: the training rows (the labelled notes of
models/training/chatter/ and short seeded example notes as topical ones), the fit itself and
the digest of the training files recorded in the fitted model. Used by
`python benchmarks/chatter.py --fit` and by the test that the shipped model is what a fit gives;
a run only reads the fitted file."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from muistiinpanot.chatter.model import FEATURES, ChatterFit, ChatterModel, Vector

_DEFAULT_FIT = ChatterFit()


def fit_chatter_model(
    features: Sequence[Sequence[float]],
    registers: Sequence[Vector],
    labels: Sequence[bool],
    trained_on: str,
    fit: ChatterFit = _DEFAULT_FIT,
) -> ChatterModel:
    """Logistic regression (L2, balanced classes) over note_features rows beside the
    register vectors (scaled by `fit.vector_scale`)."""
    from sklearn.linear_model import LogisticRegression

    matrix = np.hstack(
        [np.asarray(features, dtype=np.float64), fit.vector_scale * np.asarray(registers)]
    )
    classifier = LogisticRegression(C=fit.c, class_weight="balanced", max_iter=5000)
    classifier.fit(matrix, np.asarray(labels))
    coefficients = [float(w) for w in classifier.coef_[0]]
    return ChatterModel(
        tuple(coefficients[: len(FEATURES)]),
        tuple(coefficients[len(FEATURES) :]),
        float(classifier.intercept_[0]),
        trained_on,
        fit,
    )


def training_notes(
    folder: Path, fit: ChatterFit = _DEFAULT_FIT, offset: int = 0
) -> tuple[list[Path], list[tuple[str, bool]]]:
    """The files and the (text, is chatter) rows of a fit: every labelled note of
    `folder`/chatter/*.csv, then every `example_stride`-th short seeded example note of
    `folder`/*.csv (label not `other`, at most `example_max_words` words) as a topical note.
    `offset` 1 gives the short seeded notes next to those instead (never fitted on: the
    benchmark measures false chatter on them)."""
    chatter_files = sorted((folder / "chatter").glob("*.csv"))
    example_files = sorted(folder.glob("*.csv"))
    rows = (
        [
            (row["text"].strip(), row["label"] == "chatter")
            for path in chatter_files
            for row in _csv_rows(path)
        ]
        if offset == 0
        else []
    )
    short = [
        row["text"].strip()
        for path in example_files
        for row in _csv_rows(path)
        if row["label"] != "other" and len(row["text"].split()) <= fit.example_max_words
    ]
    rows += [(text, False) for text in short[offset :: fit.example_stride]]
    return [*chatter_files, *example_files], rows


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def files_digest(paths: Sequence[Path]) -> str:
    """sha256 over the training files (names and bytes), recorded in the fitted model."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()
