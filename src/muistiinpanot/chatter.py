"""Chatter stage: notes about the meeting itself get status `chatter`.

"kuuluuko?", "mä kirjaan", "jaetaan ruutu", "tauko 15 min", "linkki chattiin": what a group
types to run its session, not what it said about the topic. Such notes are kept in notes.csv
(status `chatter`), counted and listed, but never form a theme or a bullet.

The rule reads the note's words (lemmas from the analyzer) against lexicons/meeting.toml:
a note is chatter when

1. it is short: at most `max_words` words;
2. it names a meeting act: a lemma in `acts` (as a word or a compound part: "kahvitauko",
   "zoom-linkki"), a word form in `forms` (spoken forms the lemmatizer may misread:
   "kirjaan", "katkes") or a `patterns` match (a link, a clock time, "10 min", "dia 4"); and
3. it says nothing else: every content word (noun, verb, adjective) is an act, meeting
   `vocabulary`, a person's or product's name, or a compound made only of such parts.

Condition 3 is what keeps precision: "ryhmien välinen yhteistyö puuttuu" names a group, but
"yhteistyö" is a topic word, so the note is about the topic; "ryhmässä oli 6 osallistujaa" is
about the meeting. Runs after lemmatize; changes only the status of kept notes.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from muistiinpanot.content import CONTENT_POS, Token
from muistiinpanot.records import Note


class WordToken(Token, Protocol):
    """A token as chatter reads it: content.Token and the word as typed."""

    @property
    def text(self) -> str: ...


class TokenAnalyzer(Protocol):
    """What chatter needs from the lemmatizer: tokens with lemma, POS and compound parts."""

    def analyze(self, texts: Sequence[str]) -> Sequence[Sequence[WordToken]]: ...


@dataclass(frozen=True, slots=True)
class ChatterSettings:
    """The [chatter] table of pipelines/*.toml. `enabled`: mark chatter at all;
    `max_words`: longer notes are never chatter (a meeting remark is short)."""

    enabled: bool = True
    max_words: int = 12


@dataclass(frozen=True, slots=True)
class MeetingLexicon:
    """lexicons/meeting.toml: act lemmas, act word forms, the other meeting vocabulary, act
    patterns."""

    acts: frozenset[str]
    forms: frozenset[str]
    vocabulary: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]


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
    )


def mark_chatter(
    notes: Sequence[Note], analyzer: TokenAnalyzer, settings: ChatterSettings | None = None
) -> list[Note]:
    """Copies of `notes` with status `chatter` for kept notes about the meeting itself."""
    settings = settings or ChatterSettings()
    if not settings.enabled:
        return list(notes)
    lexicon = meeting_lexicon()
    candidates = [
        index
        for index, note in enumerate(notes)
        if note.status == "kept" and _word_count(note) <= settings.max_words
    ]
    analyses = analyzer.analyze([_text(notes[i]) for i in candidates]) if candidates else []
    result = list(notes)
    for index, tokens in zip(candidates, analyses, strict=True):
        if is_chatter(_text(notes[index]), tokens, lexicon):
            result[index] = dataclasses.replace(notes[index], status="chatter")
    return result


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


def _text(note: Note) -> str:
    return note.clean_text or note.text


def _word_count(note: Note) -> int:
    return len(_text(note).split())
