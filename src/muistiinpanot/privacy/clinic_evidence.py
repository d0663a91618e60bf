"""The clinic's notes as evidence of its people's names (issue 12). People type a colleague's
name in lower case, and a name that is also a common noun ("hohde", "usva") then has no
capital to tell it: read alone, "hohde kävi läpi …" or "kysytään hohteelta" is as likely the
word. Read with the clinic's other notes it is not: a word the clinic's notes use, in at least
one place, in a frame that only a person takes, and that is a name there or elsewhere in the
clinic, is that person's name in everything the clinic publishes (known.py).

A frame that takes a person (on the notes as typed):
- the subject opening a clause of a verb only people do, a past verb of saying, a phrase of
  what people do or "olla" with a person's state ("hohde lupasi", "usva kertoi", "hohde on
  lomalla"; evidence.person_predicate), or of a verb of doing with a name coordinated with
  it ("hohde ja Pekka hoitaa");
- the ablative or allative beside a verb of asking or telling or a recipient word
  ("kysytään hohteelta", "hohteelle pitää ilmoittaa"; role_cases.asked_or_told);
- an @-mention ("@hohde").
A name there or elsewhere: a given name to Voikko or to the gazetteer ("satu", "toivo"), or a
word the detector reads as a name in one of the clinic's notes, read as notes are or as the
post would print it, with a capital opening each sentence ("Hohde lupasi …": the publisher's
unfitting noun where a person stands; Voikko and patterns, no NER). A word of the domain
(usage.domain_words: "Kela lupasi" where the example notes say "kelan kanssa") is no such
name, nor a person noun ("asukas kertoi"): neither is read as a name in the notes.
The surname of a whole name as typed ("Pekka Mäkinen avasi tilaisuuden") is a name too, when
the detector reads the whole name as one: a participant's surname alone elsewhere ("Mäkisen
kirjoittama runo") is then no maker's (works.py). Organisations are asked and told too
("kysytään kunnalta"); only the second condition keeps them out. Both conditions are
matched by base form, so they may hold in different notes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.context import FIRST, LAST, Word, opens_clause
from muistiinpanot.privacy.detect import (
    find_personal_data,
    find_published_data,
    noun_sense,
    privacy_settings,
)
from muistiinpanot.privacy.known import name_bases
from muistiinpanot.privacy.predicate import verb_readings
from muistiinpanot.privacy.predicate_points import acts_as_person, person_predicate
from muistiinpanot.privacy.protocols import Analyses, PrivacyAnalyzer
from muistiinpanot.privacy.role_cases import asked_or_told
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.structure import COORDINATORS, person_noun
from muistiinpanot.privacy.usage import current_domain_words

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: A letter opening a sentence: the text's first, or one after a sentence's end.
_OPENING = re.compile(r"(?:^|[.!?]\s+)[\s\"'“”«»(*•-]*([^\W\d_])")
#: Spoken and written "that" opening a clause ("et hohde lupas").
_THAT = frozenset({"et", "ett", "että"})


def clinic_names(texts: Sequence[str], analyzer: PrivacyAnalyzer) -> frozenset[str]:
    """Base forms (lower case) of the words the clinic's notes (`texts`) use as a person's
    name (see the module docstring); empty when `[privacy] clinic_names` is off."""
    settings = privacy_settings(analyzer)
    if not settings.clinic_names:
        return frozenset()
    voikko = analyzer.voikko
    framed: set[str] = set()
    given: set[str] = set()
    surnames: set[str] = set()
    for text in texts:
        words = _words(text, voikko, settings)
        for i, word in enumerate(words):
            if _whole_names_surname(text, words, i):
                surnames |= name_bases(word.text, voikko)
            if _verb_or_initials(word.text, voikko) or not _person_frame(
                text, words, i, voikko, settings.role_window
            ):
                continue
            bases = name_bases(word.text, voikko)
            framed |= bases
            if FIRST in word.classes:  # Voikko's or the gazetteer's given name
                given |= bases
    framed -= current_domain_words() | _people_words(framed, analyzer)
    surnames -= current_domain_words() | _people_words(surnames, analyzer)
    named = framed & given
    if framed - named or surnames:
        named |= _flagged(texts, (framed - named) | surnames, analyzer)
    return frozenset(named)


def marked_names(texts: Sequence[str], analyzer: PrivacyAnalyzer) -> frozenset[str]:
    """Base forms (lower case) of the words that the notes' own detector (find_personal_data,
    as privacy.redact_notes reads notes for a `--redact` notes.csv: NER, and no domain words)
    marks as a name in one of the clinic's notes (`texts`): text to publish is read at least as
    cautiously as the notes are ("Into hoitaa lupahakemuksen": "into" is a word the domain's
    example notes write, which cleared "Into oli sitä mieltä, …" in the post; review 43 #1,
    #16). Not initials in capitals, nor a person noun (as clinic_names); empty when
    `[privacy] clinic_names` is off."""
    if not privacy_settings(analyzer).clinic_names:
        return frozenset()
    voikko = analyzer.voikko
    marked: set[str] = set()
    for text, spans in zip(texts, find_personal_data(texts, analyzer), strict=True):
        for span in spans:
            if span.kind != "nimi":
                continue
            for match in _WORD.finditer(text, span.start, span.end):
                if not _abbreviation(match.group(0)):
                    marked |= name_bases(match.group(0), voikko)
    return frozenset(marked - _people_words(marked, analyzer))


def _whole_names_surname(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether word i is the surname of a whole name as typed: a surname to Voikko or the
    gazetteer, capitalised, one space after a capitalised given name ("Pekka Mäkinen avasi
    tilaisuuden"). A person who stands so in the clinic is a participant wherever the
    surname stands alone (review 19, finding 1: "Mäkisen kirjoittama runo"), when the
    detector reads the whole name as one (_flagged; a maker's "Alvar Aallon suunnittelema"
    it does not)."""
    if i == 0 or LAST not in words[i].classes or FIRST not in words[i - 1].classes:
        return False
    if text[words[i - 1].end : words[i].start] != " ":
        return False
    return all(w.text[:1].isupper() and w.text[1:].islower() for w in words[i - 1 : i + 1])


def _abbreviation(word: str) -> bool:
    """A word in capitals ("ELY lupaa", "AVI:lle"): an office's initials as often as not."""
    return len(word) > 1 and word.isupper()


def _verb_or_initials(word: str, voikko: Analyses) -> bool:
    """Initials in capitals, or a word Voikko does not know that reads as a spoken verb
    ("mervi h. lupas tehdä": "lupas" opens a sentence after the initial)."""
    return _abbreviation(word) or (
        not _readings(word, voikko) and bool(verb_readings(word, voikko))
    )


def _people_words(bases: set[str], analyzer: PrivacyAnalyzer) -> set[str]:
    """Those of `bases` that name a person or a group as words, and take a person's frames
    by meaning: a person noun ("asukas", "yrittäjä"; structure.person_noun), or a common
    noun of no name reading that the vectors read as of people or groups ("kunta",
    "verohallinto"; nouns.personal, which reads given names so too: "toivo")."""
    voikko, nouns = analyzer.voikko, noun_sense(analyzer)
    people = set()
    for base in bases:
        classes = {r.get("CLASS") for r in voikko.analyze(base)}
        common = bool(classes) and not classes & {FIRST, LAST}
        if person_noun(base, voikko) or (common and nouns.personal(base)):
            people.add(base)
    return people


def _readings(word: str, voikko: Analyses) -> tuple[dict[str, str], ...]:
    lower = word.casefold()
    return voikko.analyze(lower) or voikko.analyze(lower.capitalize())


def _flagged(texts: Sequence[str], framed: set[str], analyzer: PrivacyAnalyzer) -> set[str]:
    """Those of `framed` that the detector reads as a name in a note using one of them, read
    as typed or with a capital opening each sentence (as the post prints it)."""
    voikko = analyzer.voikko
    users = [
        t for t in texts if any(name_bases(m.group(0), voikko) & framed for m in _WORD.finditer(t))
    ]
    readings = list(dict.fromkeys([*users, *(_open_sentences(t) for t in users)]))
    flagged: set[str] = set()
    for text, spans in zip(
        readings, find_published_data(readings, analyzer, ner=False), strict=True
    ):
        for span in spans:
            if span.kind != "nimi":
                continue
            for match in _WORD.finditer(text, span.start, span.end):
                if not _abbreviation(match.group(0)):
                    flagged |= name_bases(match.group(0), voikko) & framed
    return flagged


def _open_sentences(text: str) -> str:
    """`text` with a capital opening each sentence, the rest as typed."""
    return _OPENING.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), text)


def _words(text: str, voikko: Analyses, settings: PrivacySettings) -> list[Word]:
    return [
        Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko, settings))
        for m in _WORD.finditer(text)
    ]


def _person_frame(text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int) -> bool:
    """Whether word i stands in a frame that takes a person (see the module docstring)."""
    word = words[i]
    if text[max(0, word.start - 1) : word.start] == "@":
        return True
    readings = _readings(word.text, voikko)
    subject = _clause_start(text, words, i, voikko) and _nominative(readings)
    if subject and person_predicate(text, words, i, voikko):
        return True
    if subject and _beside_a_name(words, i) and acts_as_person(text, words, i, voikko):
        return True  # "hohde ja Pekka hoitaa": a verb of doing, done with a person
    return asked_or_told(words, i, voikko, window, natural=bool(readings))


def _beside_a_name(words: Sequence[Word], i: int) -> bool:
    """Whether word i is coordinated with a word that is a given name or only a name to
    Voikko or the gazetteer ("hohde ja Pekka", "Pekka ja hohde")."""
    for step in (1, -1):
        j = i + 2 * step
        if not 0 <= j < len(words) or words[i + step].text.casefold() not in COORDINATORS:
            continue
        if words[j].kind == "strong" or FIRST in words[j].classes:
            return True
    return False


def _nominative(readings: Sequence[dict[str, str]]) -> bool:
    """In the nominative, or unknown to Voikko (a nickname: "tepa lupas")."""
    return not readings or any(r.get("SIJAMUOTO") == "nimento" for r in readings)


def _clause_start(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i opens a clause: first, after a mark that ends one, after a
    conjunction or "et"; or it is a subject coordinated with one that does ("hohde ja kaisla
    hoitaa": find_predicate passes the coordinated subjects)."""
    if i == 0 or opens_clause(text, words[i]) or text[words[i - 1].end : words[i].start].strip(" "):
        return True
    previous = words[i - 1].text.casefold()
    if previous in _THAT:
        return True
    return any(r.get("CLASS") == "sidesana" for r in voikko.analyze(previous))
