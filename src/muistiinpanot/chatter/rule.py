"""The lexicon rule of the chatter stage (chatter/mark.py): a short note is chatter when it names
a meeting act and says nothing else (conditions 2 and 3 of chatter/mark.py's docstring), read
against lexicons/meeting.toml; the tokens' protocol both the rule and the classifier read."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from muistiinpanot.chatter.morphology import Analyze
from muistiinpanot.content import CONTENT_POS, Token
from muistiinpanot.lexicons import time_units


class WordToken(Token, Protocol):
    """A token as chatter reads it: content.Token and the word as typed."""

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class MeetingLexicon:
    """lexicons/meeting.toml: act lemmas, act word forms, the other meeting vocabulary, act
    patterns, here-and-now words, spoken first and second person pronouns and lemmas pointing
    at the meeting's own notes (`pointers`), a contact's patterns, verbs and words
    (`contacts`, `contact_verbs`, `contact_words`: chatter/contact.py); read by the
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
    agreements: tuple[re.Pattern[str], ...] = ()
    pointers: frozenset[str] = frozenset()
    closings: frozenset[str] = frozenset()
    assent_verbs: frozenset[str] = frozenset()
    moving_on: frozenset[str] = frozenset()
    move_adverbs: frozenset[str] = frozenset()
    sessions: frozenset[str] = frozenset()
    next_words: frozenset[str] = frozenset()
    thanks: frozenset[str] = frozenset()
    contacts: tuple[re.Pattern[str], ...] = ()
    contact_verbs: frozenset[str] = frozenset()
    contact_words: frozenset[str] = frozenset()


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
        agreements=tuple(re.compile(p, re.IGNORECASE) for p in data["agreements"]),
        pointers=frozenset(data["pointers"]),
        closings=frozenset(data["closings"]),
        assent_verbs=frozenset(data["assent_verbs"]),
        moving_on=frozenset(data["moving_on"]),
        move_adverbs=frozenset(data["move_adverbs"]),
        sessions=frozenset(data["sessions"]),
        next_words=frozenset(data["next_words"]),
        thanks=frozenset(data["thanks"]),
        contacts=tuple(re.compile(p, re.IGNORECASE) for p in data["contacts"]),
        contact_verbs=frozenset(data["contact_verbs"]),
        contact_words=frozenset(data["contact_words"]),
    )


def is_chatter(
    text: str,
    tokens: Sequence[WordToken],
    lexicon: MeetingLexicon,
    analyze: Analyze | None = None,
) -> bool:
    """Whether a short note (its text and analysed tokens) names a meeting act and nothing
    but the meeting (conditions 2 and 3 of the module docstring), or is made of
    interjections alone ("joo", "jep"). `analyze` (Voikko's) tells a place's or a public
    body's name beside a turn or greeting, the note's topic (lexicon's `agreements`); without
    it every proper noun is a name of the meeting's people."""
    words_seen = [token for token in tokens if not token.is_punct]
    if words_seen and all(token.pos == "INTJ" for token in words_seen):
        return True  # a bare response or reaction: a turn in the talk, not a point
    negated = any(_negation(token) for token in words_seen)
    agreed = [] if negated else _matches(lexicon.agreements, text)
    turns = _matches(lexicon.turns, text) + agreed
    frame = set() if negated or analyze is None else _continuation(words_seen, lexicon, analyze)
    names_act = bool(turns or frame) or any(pattern.search(text) for pattern in lexicon.patterns)
    said = {word for turn in turns for word in re.findall(r"\w+", _own_words(turn).lower())}
    allowed = lexicon.acts | lexicon.vocabulary | lexicon.references | frame
    beside_turn = bool(turns)
    for token in words_seen:
        lemma = token.lemma.lower()
        surface = token.text.lower()
        words = {lemma, *(part.strip("()-") for part in token.compound_parts)}
        if words & lexicon.acts or surface in lexicon.forms or surface in lexicon.greetings:
            names_act = True
            beside_turn = beside_turn or surface in lexicon.greetings
            if surface in lexicon.forms or surface in lexicon.greetings:
                continue
        if surface in said or token.is_stop or token.pos not in CONTENT_POS:
            continue
        if token.pos == "PROPN":
            continue
        if lemma in allowed or (len(words) > 1 and words - {lemma} <= allowed):
            continue
        return False  # a content word from outside the meeting: the note is about the topic
    if names_act and beside_turn and analyze is not None:
        return not any(
            _topical_name(token, analyze, places=bool(agreed), first=position == 0)
            for position, token in enumerate(words_seen)
            if token.pos == "PROPN" and token.text.lower() not in said
        )
    return names_act


def _continuation(
    tokens: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze
) -> set[str]:
    """The lemmas of a frame about the meeting's own continuation, or none: a verb of agreeing,
    ending or moving on (`closings`) as a "let us" (a passive present, not negated:
    "sovitaan", "lopetellaan") and a word of the meeting's own time or sessions (`sessions`)
    in the singular ("ens kerralla", "jatkosta", "seuraava tapaaminen", "kello"; the plural
    "palaverit" names meetings in general, a topic). Both are then meeting words of the note
    (condition 2 and 3 of chatter/mark.py): "sovitaan ens kerralla jatkosta" is closing talk, while
    "sovitaan kylätalon aukioloajoista" names no session and "jatko-opinnot" is no "jatko"."""
    verbs = {
        token.lemma.lower()
        for token in tokens
        if token.pos in ("VERB", "AUX")
        and token.lemma.lower() in lexicon.closings
        and any(_let_us(form) for form in analyze(token.text.lower()))
    }
    times = {
        token.lemma.lower()
        for at, token in enumerate(tokens)
        if token.pos == "NOUN"
        and (token.lemma.lower() in lexicon.sessions or _next_unit(tokens, at, lexicon))
        and any(form.get("NUMBER") == "singular" for form in analyze(token.text.lower()))
    }
    return verbs | times if verbs and times else set()


def _next_unit(tokens: Sequence[WordToken], at: int, lexicon: MeetingLexicon) -> bool:
    """Token `at` is a calendar unit (lexicons/time.toml `units`) right after a word for
    "next" (`next_words`): "ens kuussa", "ensi viikon palaverissa" name the next session's
    time (review 41 #6); a unit alone ("sovitaan viikon aikataulu") does not."""
    if at == 0 or tokens[at].lemma.lower() not in time_units():
        return False
    before = tokens[at - 1]
    return bool({before.text.lower(), before.lemma.lower()} & lexicon.next_words)


def _let_us(form: Mapping[str, str]) -> bool:
    """A Voikko analysis of a passive present indicative, not the negation's connegative."""
    return (
        form.get("PERSON") == "4"
        and form.get("MOOD") == "indicative"
        and form.get("TENSE") == "present_simple"
        and form.get("NEGATIVE") != "true"
    )


def _matches(patterns: Sequence[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    return [found for pattern in patterns for found in pattern.finditer(text)]


def _own_words(found: re.Match[str]) -> str:
    """A turn's match without its `gap` group (the note's own words between the turn's)."""
    if "gap" not in found.re.groupindex or found.group("gap") is None:
        return found.group(0)
    start, end = found.span("gap")
    return found.string[found.start() : start] + " " + found.string[end : found.end()]


def _negation(token: WordToken) -> bool:
    """The negation verb ("ei", "en", "eivät") as the tagger reads it in its clause (the
    spoken "et" of "että" is a conjunction there, no negation)."""
    return token.lemma.lower() == "ei" and token.pos in {"AUX", "VERB"}


def _topical_name(token: WordToken, analyze: Analyze, places: bool, first: bool) -> bool:
    """Whether a proper noun beside a turn or greeting names the note's topic: a public body
    (a name Voikko reads as common words or an abbreviation, with no name's reading:
    "Kela", "Sitra", "YK"; or an acronym Voikko lacks: "THL") and, beside agreeing or
    sameness (`places`), a place (Voikko's paikannimi: "sama kuin Espoossa"). A person's name
    is never the topic, nor is the note's first word read as a common noun (a capital of the
    note, not of a name)."""
    word = token.text.split(":")[0]
    analyses = analyze(word)
    classes = {analysis.get("CLASS") for analysis in analyses}
    if classes & {"etunimi", "sukunimi"}:
        return False
    if "paikannimi" in classes:
        return places
    if not analyses:
        return len(word) > 1 and word.isalpha() and word.isupper()
    return not first  # no name's reading: a body named by common words or an abbreviation


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
