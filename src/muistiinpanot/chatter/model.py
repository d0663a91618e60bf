"""A small classifier for meeting chatter over general features, beside chatter/mark.py's rule.

The rule (chatter/mark.py) needs every content word of a note to be in lexicons/meeting.toml, so
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
- `off_topic`: content words far from every meeting word (cosine below the fit's
  `off_topic_cosine`);
- `person`: a first or second person form or pronoun, or an imperative (Voikko's analyses):
  "mä kirjaan", "jaatko", "sulje"; `first` and `second` the same apart: the speaker ("oon
  junassa", "laitan") or the people addressed ("muistakaa", "voitko", "sä");
- `hortative`: the note opens with a passive present verb, the spoken "let us"
  ("siirrytään", "jatketaan", "pidetään tauko"); a topical passive comes later in the note
  ("mielipiteet kerätään liian myöhään");
- `deixis`: a word pointing at the here and now of the meeting (the lexicon's `deixis`:
  "nyt", "tänään", "täällä", "tähän", "seuraavaksi");
- `question`, `name`: a question mark; a proper noun ("Tiina kirjaa");
- and the note's register: the mean unit floret vector of its words as typed (function words
  and spoken forms included), scaled by `vector_scale` (a setting of the fit), so that the
  weights learn what meeting talk sounds like beyond the lexicon ("wifi takkuaa").

It is fitted on the labelled notes of models/training/chatter/ and, as notes on topics, on
short seeded example notes of models/training/ (`python benchmarks/chatter.py --fit`
rewrites models/fitted/chatter.json with chatter/fit.py; a test checks that the shipped file is
what a fit gives).
No note text is stored in the fitted file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

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
    "first",
    "second",
    "hortative",
    "deixis",
)
Vector = npt.NDArray[np.float64]
Analyses = Callable[[str], Sequence[Mapping[str, str]]]


@dataclass(frozen=True, slots=True)
class MeetingWords:
    """What the features read of lexicons/meeting.toml: its act lemmas, its general
    vocabulary, act word forms and patterns, unit floret vectors of the acts (rows), the
    here-and-now words, the spoken first and second person pronouns and the lemmas that point
    at the meeting's own notes and turns (chatter/moves.py reads these)."""

    acts: frozenset[str]
    general: frozenset[str]
    forms: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    vectors: Vector
    deixis: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    pointers: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ChatterFit:
    """Settings of the fit (recorded in the fitted file): `c` the inverse L2 strength,
    `vector_scale` the weight of the register vector beside the other features,
    `example_stride` which seeded example notes are negatives (every n-th short one),
    `off_topic_cosine` the best cosine to the meeting vocabulary below which a content word
    is off topic (a part of the features' definition, so it travels with the weights)."""

    c: float = 1.0
    vector_scale: float = 3.0
    example_stride: int = 2
    example_max_words: int = 12
    off_topic_cosine: float = 0.45


@dataclass(frozen=True, slots=True)
class ChatterModel:
    """Fitted logistic regression: weights in FEATURES order, then the weights of the
    register vector, intercept, the fit's settings and the sha256 of the training files."""

    weights: tuple[float, ...]
    vector_weights: tuple[float, ...]
    intercept: float
    trained_on: str
    fit: ChatterFit = ChatterFit()

    def probability(self, features: Sequence[float], register: Vector) -> float:
        score = float(np.dot(self.weights, features)) + self.intercept
        if self.vector_weights:
            score += self.fit.vector_scale * float(np.dot(self.vector_weights, register))
        return float(1.0 / (1.0 + np.exp(-score)))

    def to_json(self) -> str:
        data = {
            "features": list(FEATURES),
            "weights": [round(w, 6) for w in self.weights],
            "vector_weights": [round(w, 6) for w in self.vector_weights],
            "intercept": round(self.intercept, 6),
            "fit": {
                "c": self.fit.c,
                "vector_scale": self.fit.vector_scale,
                "example_stride": self.fit.example_stride,
                "example_max_words": self.fit.example_max_words,
                "off_topic_cosine": self.fit.off_topic_cosine,
            },
            "trained_on": self.trained_on,
        }
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ChatterModel:
        data = json.loads(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError("chatter model features do not match this version")
        return cls(
            tuple(float(w) for w in data["weights"]),
            tuple(float(w) for w in data["vector_weights"]),
            float(data["intercept"]),
            str(data["trained_on"]),
            ChatterFit(**data["fit"]),
        )


def note_features(
    text: str,
    tokens: Sequence[Token],
    words: MeetingWords,
    word_vector: Callable[[str], Vector],
    analyses: Analyses,
    off_topic_cosine: float = ChatterFit().off_topic_cosine,
) -> list[float]:
    """The FEATURES of one note (its text and analysed tokens); `off_topic_cosine` as the
    fitted model's (ChatterFit)."""
    nearness: list[float] = []
    act = any(pattern.search(text) for pattern in words.patterns)
    first = second = name = hortative = deixis = False
    position = 0
    for token in tokens:
        if token.is_punct:
            continue
        surface = getattr(token, "text", token.lemma).lower()
        lemma = token.lemma.lower()
        forms = analyses(surface)
        opening = position == 0
        first = first or surface in words.first_person or _person(forms, "1", opening)
        second = second or surface in words.second_person or _person(forms, "2", opening)
        deixis = deixis or surface in words.deixis
        if opening and token.pos in ("VERB", "AUX"):
            hortative = any(passive_present(form) for form in forms)
        position += 1
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
        sum(value < off_topic_cosine for value in nearness) / 4,
        float(first or second),
        float("?" in text),
        float(name),
        float(first),
        float(second),
        float(hortative),
        float(deixis),
    ]


def meeting_sign(features: Sequence[float]) -> bool:
    """Whether a note (its FEATURES) shows any sign of being said in the meeting: a meeting
    act or pattern, the speaker or the people addressed, a "let us" opening, the here and
    now, or a question. Without one the classifier does not call it chatter ("kahvinkeitin
    on rikki jo toista viikkoa" is about the office, however near coffee is to a break)."""
    signs = ("pattern", "act", "person", "hortative", "deixis", "question")
    return any(features[FEATURES.index(name)] > 0 for name in signs)


def speaker_sign(features: Sequence[float]) -> bool:
    """Whether a note (its FEATURES) shows a sign of the meeting other than its meeting words:
    the speaker or the people addressed, a "let us" opening, the here and now, a question."""
    signs = ("person", "hortative", "deixis", "question")
    return any(features[FEATURES.index(name)] > 0 for name in signs)


def note_register(tokens: Sequence[Token], word_vector: Callable[[str], Vector]) -> Vector:
    """The unit mean of the unit floret vectors of the note's words as typed (zero when it
    has none)."""
    rows = [
        word_vector(getattr(token, "text", token.lemma).lower())
        for token in tokens
        if not token.is_punct
    ]
    if not rows:
        return np.zeros_like(word_vector(""))
    mean: Vector = np.asarray(np.mean(rows, axis=0), dtype=np.float64)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else mean


def third_party_sign(features: Sequence[float]) -> bool:
    """Whether the note names someone (a proper noun) and its speaker signs are only the
    speaker's own or the here and now, no one addressed, no "let us" nor question: "Aino
    tästä meidän ryhmästä vetää lukupiiriä" may tell what a third person does (chatter/mark.py
    asks the parse, chatter.bind.named_persons_act)."""
    names = dict(zip(FEATURES, features, strict=True))
    return names["name"] > 0 and not any(
        names[sign] > 0 for sign in ("second", "hortative", "question")
    )


def _person(forms: Sequence[Mapping[str, str]], person: str, opening: bool) -> bool:
    """A form of that person, or (for the second) an imperative. An imperative counts only
    when the word has no other verb reading ("purkaa" is also "to dismantle") and, in the
    singular (the bare stem, twin of the connegative "ei tiedä" and of other words,
    "toista"), only as the note's first word ("sulje mikki"; "muistakaa" anywhere)."""
    verbs = [form for form in forms if form.get("MOOD")]
    imperative = (
        person == "2"
        and bool(verbs)
        and all(form.get("MOOD") == "imperative" for form in verbs)
        and (opening or any(form.get("NUMBER") == "plural" for form in verbs))
    )
    return imperative or any(
        form.get("PERSON") == person and form.get("MOOD") != "imperative" for form in verbs
    )


def passive_present(form: Mapping[str, str]) -> bool:
    """Whether a Voikko analysis is a passive present indicative ("siirrytään")."""
    return (
        form.get("PERSON") == "4"
        and form.get("MOOD") == "indicative"
        and form.get("TENSE") == "present_simple"
    )
