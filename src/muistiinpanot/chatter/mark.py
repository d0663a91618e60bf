"""Chatter stage: notes about the meeting itself get status `chatter`.

"kuuluuko?", "mä kirjaan", "jaetaan ruutu", "tauko 15 min", "linkki chattiin": what a group
types to run its session, not what it said about the topic. Such notes are kept in notes.csv
(status `chatter`), counted and listed, but never form a theme or a bullet.

The rule (chatter/rule.py) reads the note's words (lemmas from the analyzer) against
lexicons/meeting.toml: a note is chatter when

1. it is short: at most `max_words` words;
2. it names a meeting act: a lemma in `acts` (as a word or a compound part: "kahvitauko",
   "zoom-linkki"), a word form in `forms` (spoken forms the lemmatizer may misread:
   "kirjaan", "katkes"), a greeting or thanks formula (`greetings`: "terveisiä"), a `patterns`
   match (a link, a clock time, "10 min", "dia 4"), a `turns` match (a vote "+1", nothing to
   add "lisättävää"), an `agreements` match not negated (agreeing "samaa mieltä", "sama
   kuin …") or the meeting's own continuation (a `closings` verb as a "let us" beside a
   `sessions` word in the singular: "sovitaan ens kerralla jatkosta"; mend77); and
3. it says nothing else: every content word (noun, verb, adjective) is an act, meeting
   `vocabulary` or `references` (words pointing at other notes: "edellä", "viime kerralla"),
   a word of the turn itself, a person's or product's name, or a compound made only of such
   parts; beside a turn or greeting, a public body's name ("terveisiä Kelalle") and beside
   agreeing or sameness a place's ("sama kuin Espoossa") is the topic (Voikko's readings).
   A note of interjections alone ("joo", "jep") is chatter too.

Condition 3 is what keeps precision: "ryhmien välinen yhteistyö puuttuu" names a group, but
"yhteistyö" is a topic word, so the note is about the topic; "ryhmässä oli 6 osallistujaa" is
about the meeting. A short note the rule leaves is still chatter when the classifier of
chatter/model.py (general features: length, nearness of its words to the meeting vocabulary
in floret space, first/second person, a question) gives it a probability of at least
`min_probability`: chatter in words the lexicon lacks ("mulla pätkii netti"), if it shows a
sign of the meeting (chatter.model.meeting_sign, someone present asked or told, or a move of
the meeting's own, chatter/moves.py: "ok ok, mennään eteenpäin"). When its only
sign of the meeting is a meeting word (no speaker, addressee, "let us", here and now or
question, or someone present asked or told: "voisko joku", "kuka vetää"), one of them must
be free, not bound to the topic by its grammatical role (chatter/bind.py: "kutsubussin
odotusaika on tunti" is no chatter). A contact line and a verbless farewell are chatter
whatever the rule and classifier say (chatter/contact.py; review 75). Runs after lemmatize;
changes only the status of kept notes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from muistiinpanot.chatter.assent import assent
from muistiinpanot.chatter.bare import bare_notes
from muistiinpanot.chatter.bind import (
    has_free_meeting_word,
    lists_topical_things,
    named_persons_act,
)
from muistiinpanot.chatter.contact import contact_line, farewell, named_contact
from muistiinpanot.chatter.model import (
    ChatterModel,
    MeetingWords,
    meeting_sign,
    note_features,
    note_register,
    speaker_sign,
    third_party_sign,
)
from muistiinpanot.chatter.morphology import Morphology
from muistiinpanot.chatter.moves import meeting_move, wishes_time
from muistiinpanot.chatter.parse import ParsedWord
from muistiinpanot.chatter.rule import (
    WordToken,
    is_chatter,
    meeting_lexicon,
    names_act,
    names_people,
)
from muistiinpanot.chatter.settings import ChatterSettings
from muistiinpanot.chatter.thanks import thanks_named, without_topic_thanks
from muistiinpanot.chatter.vectors import chatter_model, meeting_words, unit_vectors
from muistiinpanot.records import Note


class TokenAnalyzer(Protocol):
    """What chatter needs from the lemmatizer: tokens with lemma, POS and compound parts,
    a dependency parse, floret word vectors and Voikko's analyses of a word."""

    @property
    def voikko(self) -> Morphology: ...

    def analyze(self, texts: Sequence[str]) -> Sequence[Sequence[WordToken]]: ...

    def parse(self, texts: Sequence[str]) -> Sequence[Sequence[ParsedWord]]: ...

    def word_vector(self, word: str) -> npt.NDArray[np.float32]: ...

    def word_vectors(self, words: Sequence[str]) -> npt.NDArray[np.float32]: ...


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
    model = chatter_model() if settings.classifier and candidates else None
    # one per clinic: its words' vectors kept for the clinic, those the classifier may read
    # looked up in one batch (one at a time, each new word cost a lookup call of its own)
    vector = unit_vectors(analyzer, _words(analyses) if model is not None else ())
    words = meeting_words(lexicon, analyzer, vector) if model is not None else None
    marked: list[int] = []
    unsure: list[tuple[int, Sequence[WordToken]]] = []  # only meeting words as the sign
    listed: list[tuple[int, Sequence[WordToken]]] = []  # someone present asked or told
    named: list[tuple[int, Sequence[WordToken]]] = []  # someone named, the speaker's words
    for index, tokens in zip(candidates, analyses, strict=True):
        text = _text(notes[index])
        if is_chatter(text, tokens, lexicon, analyzer.voikko.analyze):
            marked.append(index)
        elif model is not None and words is not None:
            verdict = _classify(text, tokens, analyzer, words, vector, model, settings)
            if verdict == "chatter":
                marked.append(index)
            elif verdict == "unsure":
                unsure.append((index, tokens))
            elif verdict == "people":
                listed.append((index, tokens))
            elif verdict == "named":
                named.append((index, tokens))
    if unsure or listed or named:
        parses = analyzer.parse([_text(notes[i]) for i, _ in (*unsure, *listed, *named)])
        essive_analyze = analyzer.voikko.analyze if settings.essive_forms else None
        marked += [
            index
            for (index, tokens), parsed in zip(unsure, parses, strict=False)
            if has_free_meeting_word(_text(notes[index]), tokens, parsed, lexicon, essive_analyze)
        ]
        marked += [
            index
            for (index, tokens), parsed in zip(
                listed, parses[len(unsure) : len(unsure) + len(listed)], strict=True
            )
            if not lists_topical_things(_text(notes[index]), tokens, parsed, lexicon)
        ]
        marked += [
            index
            for (index, tokens), parsed in zip(
                named, parses[len(unsure) + len(listed) :], strict=True
            )
            if not named_persons_act(_text(notes[index]), tokens, parsed, lexicon)
        ]
    if settings.thanked_topic and marked:  # "kiitos vapaaehtoisille": a point (review 54)
        by_index = dict(zip(candidates, analyses, strict=True))
        analyze = analyzer.voikko.analyze
        least = settings.thanked_topic_notes
        marked = without_topic_thanks(notes, marked, by_index, analyze, least)
    if settings.thanked_named:  # "kiitos Liisa Niemiselle hyvästä …" (review 57 #4)
        named_thanks = [
            index
            for index, tokens in zip(candidates, analyses, strict=True)
            if index not in marked and thanks_named(tokens, lexicon, analyzer.voikko.analyze)
        ]
        marked += named_thanks
    if settings.contact_lines or settings.farewells or settings.named_contacts:  # review 75
        analyze = analyzer.voikko.analyze
        marked += [
            index
            for index, tokens in zip(candidates, analyses, strict=True)
            if index not in marked
            and (
                (
                    settings.contact_lines
                    and contact_line(_text(notes[index]), tokens, lexicon, analyze)
                )
                or (settings.farewells and farewell(tokens, lexicon, analyze))
                or (
                    settings.named_contacts
                    and named_contact(_text(notes[index]), tokens, lexicon, analyze)
                )
            )
        ]
    if settings.assents:  # review 87: "kuulostaa hyvältä, mennään eteenpäin"
        analyze = analyzer.voikko.analyze
        marked += [
            index
            for index, tokens in zip(candidates, analyses, strict=True)
            if index not in marked and assent(tokens, lexicon, analyze)
        ]
    if settings.bare_notes and candidates:  # review 50: a lone "ok" reached a theme
        texts = [_text(notes[index]) for index in candidates]
        found = bare_notes(texts, analyses, analyzer.parse, analyzer.voikko.analyze)
        marked += [candidates[index] for index in found]
    result = list(notes)
    for index in marked:
        result[index] = dataclasses.replace(notes[index], status="chatter")
    return result


def _classify(
    text: str,
    tokens: Sequence[WordToken],
    analyzer: TokenAnalyzer,
    words: MeetingWords,
    vector: Callable[[str], npt.NDArray[np.float64]],
    model: ChatterModel,
    settings: ChatterSettings,
) -> str:
    """The classifier's word on a note the rule left: "chatter", "unsure" (chatter if one of
    its meeting words is free: its only sign of the meeting is its meeting words), "people"
    (someone present asked or told, or a move of the meeting, but not the speaker or the
    people addressed: chatter unless its meeting words are listed with things of the topic,
    chatter/bind.py rule 4: "kuulokkeet kaikille, vastamelukuulokkeet") or "kept"."""
    if not has_finnish_word(tokens, analyzer.voikko):
        return "kept"
    features = note_features(
        text, tokens, words, vector, analyzer.voikko.analyze, model.fit.off_topic_cosine
    )
    probability = model.probability(features, note_register(tokens, vector))
    if probability < settings.min_probability:
        return "kept"
    people = settings.people_sign and names_people(tokens, meeting_lexicon())
    move = settings.move_sign and meeting_move(tokens, words, analyzer.voikko.analyze)
    move = move or (settings.wish_sign and wishes_time(tokens, analyzer.voikko.analyze))
    if not (meeting_sign(features) or names_act(tokens, meeting_lexicon()) or people or move):
        return "kept"
    if settings.bind_meeting_words and not (speaker_sign(features) or people or move):
        return "unsure"
    if settings.bind_meeting_words and not speaker_sign(features):
        return "people"
    if settings.bind_meeting_words and third_party_sign(features):
        return "named"  # chatter unless a named person acts on the topic (chatter/bind.py)
    return "chatter"


def _words(analyses: Sequence[Sequence[WordToken]]) -> list[str]:
    """The words whose vectors chatter/model.py reads (as typed and lemmas, lower-cased)."""
    forms = {getattr(t, "text", t.lemma) for tokens in analyses for t in tokens if not t.is_punct}
    lemmas = {t.lemma for tokens in analyses for t in tokens if not t.is_punct}
    return sorted({word.lower() for word in forms | lemmas})


def has_finnish_word(tokens: Sequence[WordToken], voikko: Morphology) -> bool:
    """Whether Voikko knows a word of the note: the classifier reads Finnish words, so a note
    without any (markup, an emoticon, "lol") is left to the rule."""
    return any(
        not token.is_punct and len(token.text) > 1 and voikko.analyze(token.text.lower())
        for token in tokens
    )


def _text(note: Note) -> str:
    return note.clean_text or note.text


def _word_count(note: Note) -> int:
    return len(_text(note).split())
