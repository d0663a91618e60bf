"""A name in the genitive as the source of an account before "mukaan" (docs/privacy.md,
"privacy84"; `[privacy] account_sources`). Finnish gives whose account a statement is by
the source's genitive before "mukaan" opening the clause, the statement after it ("Kiven
mukaan kukat tuplaa sadon", "matin mukaan sitruunat pitää kuoria"). A name whose genitive
is also a word's ("Kiven": a stone's; "matin": a checkmate's) had one point there and no
second. A word in that slot is a person where:

- it opens its clause (after a conjunction, a comma, a colon or a semicolon too:
  "Sovittiin aikataulusta, Kiven mukaan …") right before "mukaan", and the clause goes on,
  after a comma or a colon too ("Kiven mukaan: …"), to a finite verb (the statement; a
  spoken clipped conditional, "pitäis", counts) or opens with a verbless predicate, a
  nominative noun and a predicative adjective or participle ("Kiven mukaan pysäkit pimeitä
  talvella", "pysäkit valaistava"; privacy85); not a participle right after "mukaan"
  ("Kiven mukaan rakennettu muuri": the phrase qualifies the participle) nor a verb of
  varying ("vaihdella", "riippua", "määräytyä": "Järven mukaan luvat vaihtelevat" is
  "depending on");
- its genitive singular is Voikko's own given name's or surname's (any casing: "matin",
  "Mäen"), or, capitalised, a common noun's whose base the population register lists as a
  given name or a surname (a Finnish name that is a word inflects as the word: Kivi, Kiven;
  Tuuli, Tuulen), Finnish text writing the genitive no more than `account_word_margin`
  (Zipf, log10) above log10 of the larger of the name's given-name and surname bearers
  ("kiven" 4.39 against Kivi's 1,212 bearers, 1.31; "tuulen" 4.19 against Tuuli's 3,397,
  0.66; "lehden" 5.06 against Lehti's 2,021, 1.75: "Lehden mukaan" is the newspaper's).
  Such a word's clause has a subject or an object before its verb ("Tuulen mukaan reitit
  muuttuvat") or a verb that is no passive ("Kiven mukaan on liian myöhäistä"): one going
  straight on to a passive is the course it follows ("Tuulen mukaan purjehditaan", "Lumen
  mukaan hiihdettiin koko päivä"). privacy84's gate of a word of
  nature (NounSense.natural) is gone since privacy85: it rejected "Ojan" (a ditch; Oja,
  1,290 bearers), and the margin against the given names and the subject left it no
  look-alike to stop on the dev rounds;
- no reading of the word is a verb's or an adposition's ("toivon mukaan", hopefully;
  "tuulen mukaan", with the wind), a time's, nor a place's that is a municipality or a
  place Finnish text writes of (its inessive or adessive at least `lone_place_zipf`
  often: a town speaks through its council, "Lahden mukaan").

Known look-alike: a word of nature as the course followed, opening a clause of a finite
verb ("Virran mukaan mennään", going with the flow; marked by lead already, not here), and
one with a subject of its own ("Tuulen mukaan veneet kulkevat"). Only marks more text
(issue 12).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from muistiinpanot.frequencies import zipf
from muistiinpanot.privacy.context import (
    CLAUSE_MARKS,
    NAME_CLASSES,
    Word,
    adjacent,
    opens_or_follows_conjunction,
)
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surname_bearers
from muistiinpanot.privacy.own_genitives import given_bearers
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import FINITE_MOODS, spoken_readings, time_noun

#: The postposition of an account's source ("Kiven mukaan").
_SOURCE = "mukaan"
_GENITIVE = "omanto"
_PLACE = "paikannimi"
#: Classes that make the genitive another word's ("toivon", I hope; "tuulen", it blows).
_OTHER_CLASSES = frozenset({"teonsana", "suhdesana"})
_COMMON = frozenset({"nimisana", "nimisana_laatusana"})
#: Verbs of varying, after which "mukaan" is "depending on" (a closed class).
_VARYING = frozenset({"vaihdella", "riippua", "määräytyä"})
#: The inessive's and the adessive's endings, both vowel harmonies ("Lahdessa", "Porissa").
_LOCATIVES = ("ssa", "ssä", "lla", "llä")
#: Marks after which a clause (and an account's source) opens, beside CLAUSE_OPENERS
#: ("Sovittiin aikataulusta, Kiven mukaan …"), and the marks that may stand between "mukaan"
#: and its statement ("Kiven mukaan: …", "Kiven mukaan, …").
_INNER_OPENERS = (",", ":", ";")
_INTRODUCERS = frozenset({",", ":"})
#: Cases of a subject or an object before the verb ("reitit muuttuvat", "narua myydään").
_ARGUMENT_CASES = frozenset({"nimento", "osanto"})
#: Cases of a verbless predicate's predicative ("pysäkit pimeitä", "tie liukas").
_PREDICATIVE_CASES = _ARGUMENT_CASES
_NOUN = "nimisana"
#: Voikko's person of the passive ("purjehditaan", "hiihdettiin").
_PASSIVE = "4"
_ADJECTIVES = frozenset({"laatusana", "nimisana_laatusana"})


def mark_account_sources(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    place_zipf: float,
    word_margin: float,
) -> None:
    """Mark every source of an account of the module docstring."""
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if names[i] or after.text.casefold() != _SOURCE or not adjacent(text, word, after):
            continue
        if not _opens(text, words, i, voikko):
            continue
        kind = _source_genitive(word.text, voikko, place_zipf, word_margin)
        if kind and _statement(text, words, i + 2, voikko, argument=kind == _WORD):
            names[i] = True


#: What `_source_genitive` found: a name's genitive (Voikko's) or a word's a name shares.
_NAME, _WORD = "name", "word"


def _opens(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i opens its clause: after a conjunction, a comma, a colon or a
    semicolon too ("Sovittiin aikataulusta, Kiven mukaan …"), there only capitalised: a
    lower-case genitive after a comma is as often a thing's ("Kerrottiin tarina, sadun mukaan
    prinsessa nukkui", review 90 #4)."""
    before = text[: words[i].start].rstrip()
    if before.endswith(_INNER_OPENERS):
        return words[i].text[:1].isupper()
    return opens_or_follows_conjunction(text, words, i, voikko)


def _source_genitive(word: str, voikko: Analyses, place_zipf: float, margin: float) -> str | None:
    """`_NAME` or `_WORD` where `word` is an account's source by its readings (the module
    docstring), else None."""
    readings = voikko.analyze(word)
    if not readings or word.isupper():
        return None
    if any(a.get("CLASS") in _OTHER_CLASSES for a in readings) or time_noun(readings):
        return None
    genitives = [
        a
        for a in readings
        if a.get("SIJAMUOTO") == _GENITIVE and a.get("NUMBER", "singular") == "singular"
    ]
    if any(a.get("CLASS") == _PLACE and _speaking_place(a, place_zipf) for a in genitives):
        return None  # "Lahden mukaan uimahalli avataan": the town's council
    if any(a.get("CLASS") in NAME_CLASSES for a in genitives):
        return _NAME  # "matin mukaan", "Mäen mukaan"
    if not word[:1].isupper():
        return None
    frequency = zipf(word.casefold())
    for a in genitives:
        base = a.get("BASEFORM", "").casefold()
        bearers = max(register_surname_bearers().get(base, 0), given_bearers().get(base, 0))
        if a.get("CLASS") in _COMMON and bearers and frequency - math.log10(bearers) <= margin:
            return _WORD  # "Kiven", "Tuulen" (Tuuli, a given name), "Ojan"
    return None  # "Lehden mukaan": the newspaper's word far commoner than Lehti's bearers


def _speaking_place(analysis: dict[str, str], place_zipf: float) -> bool:
    base = analysis.get("BASEFORM", "").casefold()
    if base in load_gazetteer().municipalities:
        return True
    return any(zipf(base + ending) >= place_zipf for ending in _LOCATIVES)


def _statement(
    text: str, words: Sequence[Word], start: int, voikko: Analyses, *, argument: bool
) -> bool:
    """Whether the clause goes on from word `start` (after a comma or a colon too: "Kiven
    mukaan: …") to a finite verb before its end, the word right after "mukaan" no participle
    it would qualify ("Kiven mukaan rakennettu muuri kaatui": built along the stone) and the
    verb none of varying ("Järven mukaan luvat vaihtelevat": depending on the lake); or to a
    verbless predicate, a nominative subject and a predicative ("Kiven mukaan pysäkit
    pimeitä"). `argument` (a word's genitive, not a name's): a subject or an object stands
    before the verb, or the verb is no passive, so that the phrase is no course the verb
    follows ("Tuulen mukaan reitit muuttuvat", "Kiven mukaan on liian myöhäistä"; not
    "Tuulen mukaan purjehditaan")."""
    if start >= len(words):
        return False
    lead = text[words[start - 1].end : words[start].start]
    if "\n" in lead or not set(lead.strip()) <= _INTRODUCERS:
        return False
    before_verb = False
    for k in range(start, len(words)):
        if k > start and any(
            mark in text[words[k - 1].end : words[k].start] for mark in CLAUSE_MARKS
        ):
            return _verbless(words[start:k], voikko)
        readings = spoken_readings(words[k].text, voikko)
        if k == start and any(a.get("PARTICIPLE") for a in readings):
            return False
        finite = [a for a in readings if a.get("MOOD") in FINITE_MOODS]
        if finite:
            if argument and not before_verb and all(a.get("PERSON") == _PASSIVE for a in finite):
                return False  # "Tuulen mukaan purjehditaan": the wind's course
            return not any(a.get("BASEFORM", "") in _VARYING for a in finite)
        before_verb = before_verb or _argument(readings)
    return _verbless(words[start:], voikko)


def _argument(readings: Sequence[dict[str, str]]) -> bool:
    """Whether a word can be a subject or an object: a nominative or partitive, no time's."""
    return not time_noun(readings) and any(
        a.get("SIJAMUOTO") in _ARGUMENT_CASES and a.get("CLASS") != "seikkasana" for a in readings
    )


def _verbless(clause: Sequence[Word], voikko: Analyses) -> bool:
    """Whether a clause with no finite verb opens with a verbless predicate: a nominative
    noun, after genitive attributes only ("kirjaston portaat"), and an adjective or a
    participle in the nominative or the partitive right after it ("pysäkit pimeitä
    talvella", "pysäkit valaistava paremmin"; not an attribute before its noun, "uusi
    aikataulu")."""
    for j, word in enumerate(clause[:-1]):
        readings = spoken_readings(word.text, voikko)
        if any(a.get("CLASS") == _NOUN and a.get("SIJAMUOTO") == "nimento" for a in readings):
            return any(
                (a.get("CLASS") in _ADJECTIVES or a.get("PARTICIPLE"))
                and a.get("SIJAMUOTO") in _PREDICATIVE_CASES
                for a in spoken_readings(clause[j + 1].text, voikko)
            )
        if not any(a.get("SIJAMUOTO") == _GENITIVE for a in readings):
            return False
    return False
