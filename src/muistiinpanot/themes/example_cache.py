"""Lemmatized example notes and the classifier fitted on them, cached on disk between runs
(JSON and .npy, never pickle).

Lemmatizing the few thousand examples of models/training and fitting the classifier are most
of the themes stage's start-up. Both are stored in the user cache folder (muistiinpanot.cache:
bounded in size, least recently used entries evicted), keyed by a digest of everything they
depend on: the example texts
and labels, the analyzer's mode and lemma settings, Voikko's and the spaCy model's versions
(LemmaAnalyzer.lemma_identity), the code and lexicons that make lemmas, the classifier's code,
parameters and scikit-learn's version. Any change gives a new key; an unreadable or malformed
cache entry is ignored and rewritten. Failing to write the cache never fails a run.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path

import numpy as np

from muistiinpanot import __version__
from muistiinpanot.cache import (
    cache_folder,
    cached_json,
    mark_used,
    read_json,
    source_digest,
    word_set,
    write_folder,
    write_json,
)
from muistiinpanot.errors import MuistiinpanotError, OutputError
from muistiinpanot.fileio import write_bytes_atomic
from muistiinpanot.messages import render
from muistiinpanot.progress import track
from muistiinpanot.themes.classifier import SeededClassifier
from muistiinpanot.themes.label import generic_words
from muistiinpanot.vectorize import FloatArray, VectorCache

logger = logging.getLogger(__name__)

Docs = tuple[tuple[str, ...], ...]
_PACKAGE = Path(__file__).resolve().parents[1]
#: What decides lemmas: the lemmatizer's code, its lexicons, and how themes picks content words.
_LEMMA_SOURCES = (
    "content.py",
    "lemmatize/*.py",
    "lexicons/*.toml",
    "themes/protocols.py",
    "themes/soft.py",
)


#: Examples lemmatized per step of the progress display while the cache is built.
_CHUNK = 256


def cached_docs(
    texts: Sequence[str], identity: str, compute: Callable[[Sequence[str]], Docs]
) -> Docs:
    """`compute(texts)`, from the disk cache when an identical computation was stored;
    `identity`: what the analyzer's lemmas depend on (LemmaAnalyzer.lemma_identity: its mode,
    lemma settings, Voikko's and the model's versions)."""
    path = cache_folder() / f"examples-{_key(texts, identity)}.json"
    stored = read_json(path, lambda data: _valid_docs(data, len(texts)))
    if stored is not None:
        return tuple(tuple(doc) for doc in stored)
    chunks = [texts[start : start + _CHUNK] for start in range(0, len(texts), _CHUNK)]
    docs = tuple(
        doc
        for chunk in track(
            chunks,
            total=len(chunks),
            description=render("cache_building_examples", count=len(texts)),
        )
        for doc in compute(chunk)
    )
    write_json(path, [list(doc) for doc in docs])
    return docs


def _key(texts: Sequence[str], identity: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{identity}\0".encode())
    for pattern in _LEMMA_SOURCES:
        for source in sorted(_PACKAGE.glob(pattern)):
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
    for text in texts:
        digest.update(text.encode() + b"\0")
    return digest.hexdigest()[:24]


def _valid_docs(data: object, count: int) -> bool:
    """A stored entry is a list of `count` lists of words."""
    return (
        isinstance(data, list)
        and len(data) == count
        and all(isinstance(doc, list) and all(isinstance(w, str) for w in doc) for doc in data)
    )


def cached_classifier(
    docs: Docs,
    texts: Sequence[str],
    labels: Sequence[str],
    fit: Callable[[], SeededClassifier],
    params: str,
) -> SeededClassifier:
    """`fit()`, or the classifier stored for identical examples and `params` (JSON + .npy,
    read with allow_pickle=False; see SeededClassifier.save)."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{version('scikit-learn')}\0{params}\0".encode())
    for source in ("classifier.py", "classifier_features.py"):  # the model and its features
        digest.update((_PACKAGE / "themes" / source).read_bytes())
    for doc, text, label in zip(docs, texts, labels, strict=True):
        digest.update(("\x1f".join(doc) + "\0" + text + "\0" + label + "\0").encode())
    folder = cache_folder() / f"classifier-{digest.hexdigest()[:24]}"
    if folder.is_dir():
        try:
            model = SeededClassifier.load(folder)
            mark_used(folder)
            return model
        except MuistiinpanotError:
            logger.warning(render("log_cache_corrupt", path=folder))
    model = fit()
    write_folder(folder, model.save)
    return model


#: Words whose vectors identify the vector table in the key of `cached_vectors`.
_PROBES = ("ja", "siilo", "yhteistyö")


def cached_vectors(words: Sequence[str], cache: VectorCache) -> FloatArray:
    """Rows `cache.get(word)` for `words`, from the disk cache when the same words were
    looked up in the same vector table before (the key holds the words and the vectors of a
    few probe words, so another model gives another key). Looking up the examples' few
    thousand words one by one is a fifth of a second of every start."""
    digest = hashlib.sha256()
    for probe in _PROBES:
        digest.update(cache.get(probe).tobytes())
    for word in words:
        digest.update(word.encode() + b"\0")
    path = cache_folder() / f"vectors-{digest.hexdigest()[:24]}.npy"
    try:
        stored = np.load(path, allow_pickle=False)
    except OSError:  # none there (or none readable: writing it then warns)
        stored = None
    except (ValueError, EOFError):
        logger.warning(render("log_cache_corrupt", path=path))
        stored = None
    if stored is not None and stored.shape == (len(words), cache.dim) and stored.dtype == float:
        mark_used(path)
        return np.asarray(stored, dtype=np.float64)
    if stored is not None:
        logger.warning(render("log_cache_corrupt", path=path))
    vectors = np.array([cache.get(word) for word in words], dtype=np.float64)
    buffer = io.BytesIO()
    np.save(buffer, vectors, allow_pickle=False)
    try:
        write_bytes_atomic(path, buffer.getvalue())
    except OutputError as err:  # a cache that cannot be written never fails a run
        logger.warning(render("log_cache_unwritable", path=path, detail=err.values["detail"]))
    return vectors


def cached_generic_words(
    docs: Docs, labels: Sequence[str], share: float, spread: float
) -> frozenset[str]:
    """label.generic_words of the labelled examples, from the disk cache when the same
    examples, thresholds and code made it before (a sixth of a second of every start)."""
    key = [
        __version__,
        source_digest(_PACKAGE / "themes" / "label.py"),
        repr((share, spread)),
        *("\x1f".join(doc) + "\x1e" + label for doc, label in zip(docs, labels, strict=True)),
    ]
    return cached_json(
        "generic-words",
        key,
        lambda: generic_words(docs, labels, share, spread),
        sorted,
        word_set,
    )
