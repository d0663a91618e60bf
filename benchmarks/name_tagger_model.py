"""The learned person-name tagger of round 45 (docs/privacy.md, "Round 45": measured, not
adopted, so it lives here and not in the runtime; commit d3c1f52 of branch privacy45 wired it
into privacy/detect.py behind a `[privacy] tagger` setting). Each word of a text is scored by
a small network over features that carry to a new writer (no word list of its own): the
floret vectors of the word and of its neighbours, case-folded; the word's shape and place in
its clause; Voikko's classes and cases of it and of its neighbours; the name gazetteer and
the population register's given names and surnames. Words scoring at least the threshold,
and runs of them, are names; beside the rules they would only add.

The model is a JSON file (feature centre and scale, each layer's weights and biases; no
pickle) written by `benchmarks/name_tagger.py fit`; the same `word_features` builds the
training rows and the rows scored.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from muistiinpanot.lemmatize.tokens import ParsedToken
from muistiinpanot.privacy.context import CLAUSE_OPENERS
from muistiinpanot.privacy.gazetteer import (
    gazetteer_reading,
    inflection_stems,
    load_gazetteer,
    register_surnames,
)
from muistiinpanot.privacy.protocols import Analyses, PrivacyAnalyzer
from muistiinpanot.privacy.spans import PersonalSpan

#: A word the tagger scores: letters, joined by a hyphen, an apostrophe or a colon
#: ("Al-Rashidille", "Lindfors:in").
WORD = re.compile(r"[^\W\d_]+(?:[-'’:][^\W\d_]+)*")
_CLASSES = (
    "etunimi", "sukunimi", "paikannimi", "nimisana", "laatusana", "nimisana_laatusana",
    "teonsana", "seikkasana", "asemosana", "sidesana", "suhdesana", "lukusana",
)  # fmt: skip
_CASES = (
    "nimento", "omanto", "osanto", "ulkotulento", "ulkoeronto", "ulkoolento", "sisatulento",
    "sisaeronto", "sisaolento", "olento", "tulento", "vajanto", "seuranto",
)  # fmt: skip
_FINITE = frozenset({"indicative", "conditional", "imperative", "potential"})
#: Flags of each neighbour (before and after the word).
_NEIGHBOUR_FLAGS = 8
#: Flags of a word before the vectors: its own (`_own_flags`), the text's and its place's
#: (4), its neighbours'.
_FLAGS = len(_CLASSES) + len(_CASES) + 12 + 4 + 2 * _NEIGHBOUR_FLAGS


@dataclass(frozen=True, slots=True)
class TaggerModel:
    """Feature centre and scale, and the layers (weights, bias) of the network: ReLU between
    layers, a logistic output."""

    centre: npt.NDArray[np.float64]
    scale: npt.NDArray[np.float64]
    layers: tuple[tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]], ...]

    def scores(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The probability that each row's word is (part of) a person's name."""
        values = (rows - self.centre) / self.scale
        for k, (weights, bias) in enumerate(self.layers):
            values = values @ weights + bias
            if k < len(self.layers) - 1:
                values = np.maximum(values, 0.0)
        return np.asarray(1.0 / (1.0 + np.exp(-values[:, 0])), dtype=np.float64)


@functools.cache
def load_tagger(path: Path) -> TaggerModel:
    """The model at `path` (JSON)."""
    data = json.loads(path.read_text("utf-8"))
    layers = tuple(
        (np.asarray(layer["weights"], dtype=np.float64), np.asarray(layer["bias"]))
        for layer in data["layers"]
    )
    return TaggerModel(np.asarray(data["centre"]), np.asarray(data["scale"]), layers)


def tagged_names(
    text: str, analyzer: PrivacyAnalyzer, model: TaggerModel, threshold: float
) -> list[PersonalSpan]:
    """Names the tagger finds in `text` (see `scored_spans`)."""
    if not WORD.search(text):
        return []
    return scored_spans(text, model.scores(word_features(text, analyzer)), threshold)


def scored_spans(
    text: str, scores: npt.NDArray[np.float64], threshold: float
) -> list[PersonalSpan]:
    """Each run of WORDs of `text` scoring at least `threshold`, joined by spaces only: one
    span."""
    spans: list[PersonalSpan] = []
    for match, score in zip(WORD.finditer(text), scores, strict=True):
        if score < threshold:
            continue
        if spans and text[spans[-1].end : match.start()].isspace():
            spans[-1] = PersonalSpan(spans[-1].start, match.end(), "nimi")
        else:
            spans.append(PersonalSpan(match.start(), match.end(), "nimi"))
    return spans


def word_features(text: str, analyzer: PrivacyAnalyzer) -> npt.NDArray[np.float64]:
    """One row of features per WORD of `text` (in order)."""
    matches = list(WORD.finditer(text))
    words = [m.group(0) for m in matches]
    if not words:
        return np.zeros((0, _FLAGS + 3 * len(analyzer.word_vector(""))))
    vectors = _unit(np.asarray([analyzer.word_vector(w.casefold()) for w in words]))
    blank = np.zeros((1, vectors.shape[1]))
    before = np.vstack([blank, vectors[:-1]])
    after = np.vstack([vectors[1:], blank])
    letters = [c for c in text if c.isalpha()]
    shouted = float(bool(letters) and all(c.isupper() for c in letters))
    lower = float(bool(letters) and not any(c.isupper() for c in letters))
    flags = [_own_flags(text, m, analyzer.voikko) for m in matches]
    near = [_neighbour_flags(w, analyzer.voikko) for w in words]
    none = [0.0] * _NEIGHBOUR_FLAGS
    rows = []
    for k, own in enumerate(flags):
        rows.append(
            [
                *own,
                shouted,
                lower,
                float(k == 0),
                float(k == len(words) - 1),
                *(near[k - 1] if k > 0 else none),
                *(near[k + 1] if k + 1 < len(words) else none),
            ]
        )
    return np.hstack([np.asarray(rows, dtype=np.float64), vectors, before, after])


def _unit(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.where(norms > 0, norms, 1.0), dtype=np.float64)


def _readings(word: str, voikko: Analyses) -> list[dict[str, str]]:
    forms = dict.fromkeys([word, word.lower(), word.capitalize()])
    return [a for form in forms for a in voikko.analyze(form)]


def _own_flags(text: str, match: re.Match[str], voikko: Analyses) -> list[float]:
    word = match.group(0)
    readings = _readings(word, voikko)
    classes = {a.get("CLASS", "") for a in readings}
    cases = {a.get("SIJAMUOTO", "") for a in readings}
    gazetteer = gazetteer_reading(word.capitalize())
    stems = set(inflection_stems(word)) | {a.get("BASEFORM", "").casefold() for a in readings}
    before = text[: match.start()].rstrip()
    opens = not before or before[-1] in CLAUSE_OPENERS
    capital = word[:1].isupper() and not word.isupper()
    return [
        *(float(c in classes) for c in _CLASSES),
        *(float(c in cases) for c in _CASES),
        float(not readings),
        float("etunimi" in gazetteer),
        float("sukunimi" in gazetteer),
        float(bool(stems & load_gazetteer().register)),
        float(bool(stems & register_surnames())),
        float(capital),
        float(word.isupper() and len(word) > 1),
        float(opens),
        float(capital and not opens),
        float("-" in word),
        float(":" in word),
        min(len(word), 15) / 15,
    ]


def _neighbour_flags(word: str, voikko: Analyses) -> list[float]:
    readings = _readings(word, voikko)
    classes = {a.get("CLASS", "") for a in readings}
    finite = any(a.get("MOOD") in _FINITE for a in readings)
    return [
        float(word[:1].isupper() and not word.isupper()),
        float(bool(classes & {"etunimi", "sukunimi"})),
        float("nimisana" in classes),
        float("teonsana" in classes),
        float(finite),
        float(any(a.get("PERSON") == "3" for a in readings)),
        float(any(a.get("SIJAMUOTO") == "omanto" for a in readings)),
        float(not readings),
    ]


#: Dependency relations and parts of speech read by `clause_features`.
_DEPS = (
    "nsubj", "nsubj:cop", "obj", "obl", "nmod:poss", "nmod", "appos", "flat:name", "conj",
    "root", "compound:nn", "vocative", "amod", "advmod",
)  # fmt: skip
_POS = ("PROPN", "NOUN", "ADJ", "VERB", "X")


def clause_features(
    text: str, analyzer: PrivacyAnalyzer, tokens: Sequence[ParsedToken]
) -> npt.NDArray[np.float64]:
    """Per WORD of `text`, the parse of its first token: its relation and part of speech,
    its head's part of speech and the head's lemma vector (unit), zeros for a word no token
    starts in."""
    starts, position = [], 0
    for token in tokens:
        found = text.find(token.text, position)
        starts.append(found if found >= 0 else -1)
        position = found + len(token.text) if found >= 0 else position
    rows = []
    size = len(analyzer.word_vector(""))
    for match in WORD.finditer(text):
        index = next((i for i, s in enumerate(starts) if match.start() <= s < match.end()), None)
        if index is None:
            rows.append(np.zeros(len(_DEPS) + 2 * len(_POS) + size))
            continue
        token = tokens[index]
        head = tokens[token.head]
        vector = _unit(np.asarray([analyzer.word_vector(head.lemma.casefold())]))[0]
        flags = [float(token.dep == d) for d in _DEPS]
        flags += [float(token.pos == p) for p in _POS] + [float(head.pos == p) for p in _POS]
        rows.append(np.concatenate([np.asarray(flags), vector]))
    if not rows:
        return np.zeros((0, len(_DEPS) + 2 * len(_POS) + size))
    return np.asarray(rows, dtype=np.float64)
