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
    patterns, here-and-now words and spoken first and second person pronouns; read by the
    rule alone (not the classifier's features): greeting and thanks formulas as typed, turn
    patterns (a vote, agreeing, nothing to add) and words that point at other notes."""

    acts: frozenset[str]
    forms: frozenset[str]
    vocabulary: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    deixis: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    greetings: frozenset[str] = frozenset()
    turns: tuple[re.Pattern[str], ...] = ()
    references: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()


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
        greetings=frozenset(data["greetings"]),
        turns=tuple(re.compile(p, re.IGNORECASE) for p in data["turns"]),
        references=frozenset(data["references"]),
        people=frozenset(data["people"]),
    )


def is_chatter(text: str, tokens: Sequence[WordToken], lexicon: MeetingLexicon) -> bool:
    """Whether a short note (its text and analysed tokens) names a meeting act and nothing
    but the meeting (conditions 2 and 3 of the module docstring), or is made of
    interjections alone ("joo", "jep")."""
    turns = [found.group(0) for pattern in lexicon.turns for found in pattern.finditer(text)]
    names_act = bool(turns) or any(pattern.search(text) for pattern in lexicon.patterns)
    said = {word for turn in turns for word in re.findall(r"\w+", turn.lower())}
    allowed = lexicon.acts | lexicon.vocabulary | lexicon.references
    words_seen = [token for token in tokens if not token.is_punct]
    if words_seen and all(token.pos == "INTJ" for token in words_seen):
        return True  # a bare response or reaction: a turn in the talk, not a point
    for token in words_seen:
        lemma = token.lemma.lower()
        surface = token.text.lower()
        words = {lemma, *(part.strip("()-") for part in token.compound_parts)}
        if words & lexicon.acts or surface in lexicon.forms or surface in lexicon.greetings:
            names_act = True
            if surface in lexicon.forms or surface in lexicon.greetings:
                continue
        if surface in said or token.is_stop or token.pos not in CONTENT_POS:
            continue
        if token.pos == "PROPN":
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


def names_people(tokens: Sequence[WordToken], lexicon: MeetingLexicon) -> bool:
    """Whether the note asks or tells someone of those present: a personal interrogative or
    indefinite pronoun ("kuka", "joku") or everyone addressed ("kaikille") as typed."""
    return any(not token.is_punct and token.text.lower() in lexicon.people for token in tokens)
