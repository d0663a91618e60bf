"""The lexicon rule of the chatter stage (chatter.py): a short note is chatter when it names
a meeting act and says nothing else (conditions 2 and 3 of chatter.py's docstring), read
against lexicons/meeting.toml; the tokens' protocol both the rule and the classifier read."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from muistiinpanot.content import CONTENT_POS, Token


class WordToken(Token, Protocol):
    """A token as chatter reads it: content.Token and the word as typed."""

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class MeetingLexicon:
    """lexicons/meeting.toml: act lemmas, act word forms, the other meeting vocabulary, act
    patterns, here-and-now words and spoken first and second person pronouns."""

    acts: frozenset[str]
    forms: frozenset[str]
    vocabulary: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    deixis: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()


@functools.cache
def meeting_lexicon() -> MeetingLexicon:
    """The packaged lexicon (read once per process)."""
    text = resources.files("muistiinpanot.lexicons").joinpath("meeting.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return MeetingLexicon(
        acts=frozenset(data["acts"]),
        forms=frozenset(data["forms"]),
        vocabulary=frozenset(data["vocabulary"]),
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in data["patterns"]),
        deixis=frozenset(data["deixis"]),
        first_person=frozenset(data["first_person"]),
        second_person=frozenset(data["second_person"]),
    )


def is_chatter(text: str, tokens: Sequence[WordToken], lexicon: MeetingLexicon) -> bool:
    """Whether a short note (its text and analysed tokens) names a meeting act and nothing
    but the meeting (conditions 2 and 3 of the module docstring)."""
    names_act = any(pattern.search(text) for pattern in lexicon.patterns)
    allowed = lexicon.acts | lexicon.vocabulary
    for token in tokens:
        if token.is_punct:
            continue
        lemma = token.lemma.lower()
        words = {lemma, *(part.strip("()-") for part in token.compound_parts)}
        if words & lexicon.acts or token.text.lower() in lexicon.forms:
            names_act = True
            if token.text.lower() in lexicon.forms:
                continue
        if token.is_stop or token.pos not in CONTENT_POS or token.pos == "PROPN":
            continue
        if lemma in allowed or (len(words) > 1 and words - {lemma} <= allowed):
            continue
        return False  # a content word from outside the meeting: the note is about the topic
    return names_act


def names_act(tokens: Sequence[WordToken], lexicon: MeetingLexicon) -> bool:
    """Whether a token is a meeting act as the rule reads it, whatever its part of speech:
    the classifier's features count content words only, so "kiitos" and "moi" (stop words)
    and "sori" (an interjection) are no act there."""
    return any(
        not token.is_punct
        and (token.lemma.lower() in lexicon.acts or token.text.lower() in lexicon.forms)
        for token in tokens
    )
