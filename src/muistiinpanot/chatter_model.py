"""A small classifier for meeting chatter over general features, beside chatter.py's rule.

The rule (chatter.py) needs every content word of a note to be in lexicons/meeting.toml, so
it misses chatter in other words ("otetaan lyhyt esittelykierros", "mulla pätkii netti").
This logistic regression reads features that do not name words:

- `pattern`: a link, clock time, "10 min" or slide number (the lexicon's patterns);
- `content`, `words`: how many content words and words the note has (chatter is short);
- `act`: the note names a meeting act of the lexicon (an act lemma or compound part, an
  act word form, or a pattern): without one, "jokainen tekee omaa juttuaan" is no chatter;
- `min_meeting`, `mean_meeting`: for each content word, how near it is to the meeting
  (1 for a word of the lexicon, else the best floret cosine to one of its acts), the least
  and the mean over the note (0 without content words: markup or a lone "ok" is no sign of
  the meeting): one topical word ("lapsi", "hoitaja") pulls the least down;
- `off_topic`: content words far from every meeting word (cosine below OFF_TOPIC_COSINE);
- `person`: a first or second person form or pronoun, or an imperative (Voikko's analyses):
  "mä kirjaan", "jaatko", "sulje";
- `question`, `name`: a question mark; a proper noun ("Tiina kirjaa").

It is fitted on the labelled notes of models/training/chatter/ (`python
benchmarks/chatter.py --fit` rewrites models/fitted/chatter.json; a test checks that the
shipped file is what a fit gives). No note text is stored in the fitted file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from muistiinpanot.content import CONTENT_POS, Token

FEATURES = (
    "pattern",
    "act",
    "content",
    "words",
    "min_meeting",
    "mean_meeting",
    "off_topic",
    "person",
    "question",
    "name",
)
#: A content word whose best cosine to the meeting vocabulary is below this is off topic.
OFF_TOPIC_COSINE = 0.45
_PRONOUNS = frozenset({"minä", "sinä", "me", "te", "mä", "sä", "mun", "sun", "mulla", "sulla"})


@dataclass(frozen=True, slots=True)
class MeetingWords:
    """What the features read of lexicons/meeting.toml: its act lemmas, its general
    vocabulary, act word forms and patterns, and unit floret vectors of the acts (rows)."""

    acts: frozenset[str]
    general: frozenset[str]
    forms: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    vectors: npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class ChatterModel:
    """Fitted logistic regression: weights in FEATURES order, intercept, and the sha256 of
    the training files it was fitted on."""

    weights: tuple[float, ...]
    intercept: float
    trained_on: str

    def probability(self, features: Sequence[float]) -> float:
        score = float(np.dot(self.weights, features)) + self.intercept
        return float(1.0 / (1.0 + np.exp(-score)))

    def to_json(self) -> str:
        data = {
            "features": list(FEATURES),
            "weights": [round(w, 6) for w in self.weights],
            "intercept": round(self.intercept, 6),
            "trained_on": self.trained_on,
        }
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ChatterModel:
        data = json.loads(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError("chatter model features do not match this version")
        return cls(
            tuple(float(w) for w in data["weights"]),
            float(data["intercept"]),
            str(data["trained_on"]),
        )


def note_features(
    text: str,
    tokens: Sequence[Token],
    words: MeetingWords,
    word_vector: Callable[[str], npt.NDArray[np.float64]],
    analyses: Callable[[str], Sequence[Mapping[str, str]]],
) -> list[float]:
    """The FEATURES of one note (its text and analysed tokens)."""
    nearness: list[float] = []
    act = any(pattern.search(text) for pattern in words.patterns)
    person = name = False
    for token in tokens:
        if token.is_punct:
            continue
        surface = getattr(token, "text", token.lemma).lower()
        lemma = token.lemma.lower()
        if (
            lemma in _PRONOUNS
            or surface in _PRONOUNS
            or any(
                analysis.get("PERSON") in ("1", "2") or analysis.get("MOOD") == "imperative"
                for analysis in analyses(surface)
            )
        ):
            person = True
        if token.pos == "PROPN":
            name = True
            continue
        if token.is_stop or token.pos not in CONTENT_POS:
            continue
        parts = {part.strip("()-") for part in token.compound_parts} - {""}
        if lemma in words.acts or surface in words.forms or parts & words.acts:
            act = True
            nearness.append(1.0)
        elif lemma in words.general or (parts and parts <= words.general | words.acts):
            nearness.append(1.0)  # meeting talk around the act ("tehdä", "juttu")
        else:
            nearness.append(float(np.max(words.vectors @ word_vector(lemma))))
    return [
        float(any(pattern.search(text) for pattern in words.patterns)),
        float(act),
        min(len(nearness), 8) / 8,
        min(len(text.split()), 16) / 16,
        min(nearness, default=0.0),  # no content word: no sign of the meeting either
        float(np.mean(nearness)) if nearness else 0.0,
        sum(value < OFF_TOPIC_COSINE for value in nearness) / 4,
        float(person),
        float("?" in text),
        float(name),
    ]


def fit_chatter_model(
    features: Sequence[Sequence[float]], labels: Sequence[bool], trained_on: str
) -> ChatterModel:
    """Logistic regression (L2, C=1, balanced classes) over note_features rows."""
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000)
    classifier.fit(np.asarray(features, dtype=np.float64), np.asarray(labels))
    return ChatterModel(
        tuple(float(w) for w in classifier.coef_[0]), float(classifier.intercept_[0]), trained_on
    )


def files_digest(paths: Sequence[Path]) -> str:
    """sha256 over the training files (names and bytes), recorded in the fitted model."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()
