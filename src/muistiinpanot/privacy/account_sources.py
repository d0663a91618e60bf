"""A name in the genitive as the source of an account before "mukaan" (docs/privacy.md,
"privacy84"; `[privacy] account_sources`). Finnish gives whose account a statement is by
the source's genitive before "mukaan" opening the clause, the statement after it ("Kiven
mukaan kukat tuplaa sadon", "matin mukaan sitruunat pitää kuoria"). A name whose genitive
is also a word's ("Kiven": a stone's; "matin": a checkmate's) had one point there and no
second. A word in that slot is a person where:

- it opens its clause (after a conjunction too) right before "mukaan", and the clause goes
  on to a finite verb (the statement; a spoken clipped conditional, "pitäis", counts), not
  a participle right after "mukaan" ("Kiven mukaan rakennettu muuri": the phrase qualifies
  the participle) nor a verb of varying ("vaihdella", "riippua", "määräytyä": "Järven
  mukaan luvat vaihtelevat" is "depending on");
- its genitive singular is Voikko's own given name's or surname's (any casing: "matin",
  "Mäen"), or, capitalised, a common noun's whose base the population register lists as a
  surname (a Finnish surname that is a word inflects as the word: Kivi, Kiven) and that
  the vectors read as a word of nature (NounSense.natural): a stone, a hill or a wave gives
  no account, while a document, a body or a made thing does ("Lehden mukaan", "Kellon
  mukaan" stay); and Finnish text writes the genitive no more than `account_word_margin`
  (Zipf, log10) above log10 of the surname's bearers ("kiven" 4.39 against Kivi's 1,212
  bearers, 1.31; "tuulen" 4.19 against Tuuli's 217, 1.85: "Tuulen mukaan purjehditaan"
  is the wind's course, the common word's use swamping the name's);
- no reading of the word is a verb's or an adposition's ("toivon mukaan", hopefully;
  "tuulen mukaan", with the wind), a time's, nor a place's that is a municipality or a
  place Finnish text writes of (its inessive or adessive at least `lone_place_zipf`
  often: a town speaks through its council, "Lahden mukaan").

Known look-alike: a word of nature as the course followed, opening a clause of a finite
verb ("Virran mukaan mennään", going with the flow). Only marks more text (issue 12).
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
from muistiinpanot.privacy.nouns import NounSense
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


def mark_account_sources(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    *,
    place_zipf: float,
    word_margin: float,
) -> None:
    """Mark every source of an account of the module docstring."""
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if names[i] or after.text.casefold() != _SOURCE or not adjacent(text, word, after):
            continue
        if not opens_or_follows_conjunction(text, words, i, voikko):
            continue
        if _source_genitive(word.text, voikko, nouns, place_zipf, word_margin) and _statement(
            text, words, i + 2, voikko
        ):
            names[i] = True


def _source_genitive(
    word: str, voikko: Analyses, nouns: NounSense | None, place_zipf: float, margin: float
) -> bool:
    readings = voikko.analyze(word)
    if not readings or word.isupper():
        return False
    if any(a.get("CLASS") in _OTHER_CLASSES for a in readings) or time_noun(readings):
        return False
    genitives = [
        a
        for a in readings
        if a.get("SIJAMUOTO") == _GENITIVE and a.get("NUMBER", "singular") == "singular"
    ]
    if any(a.get("CLASS") == _PLACE and _speaking_place(a, place_zipf) for a in genitives):
        return False  # "Lahden mukaan uimahalli avataan": the town's council
    if any(a.get("CLASS") in NAME_CLASSES for a in genitives):
        return True  # "matin mukaan", "Mäen mukaan"
    if not word[:1].isupper() or nouns is None:
        return False
    bearers = register_surname_bearers()
    frequency = zipf(word.casefold())
    return any(
        a.get("CLASS") in _COMMON
        and (base := a.get("BASEFORM", "").casefold()) in bearers
        and frequency - math.log10(max(bearers[base], 1)) <= margin
        and nouns.natural(base)
        for a in genitives
    )  # "Kiven mukaan": a stone gives no account; "Tuulen mukaan" is the wind's way


def _speaking_place(analysis: dict[str, str], place_zipf: float) -> bool:
    base = analysis.get("BASEFORM", "").casefold()
    if base in load_gazetteer().municipalities:
        return True
    return any(zipf(base + ending) >= place_zipf for ending in _LOCATIVES)


def _statement(text: str, words: Sequence[Word], start: int, voikko: Analyses) -> bool:
    """Whether the clause goes on from word `start` to a finite verb before its end, the
    word right after "mukaan" no participle it would qualify ("Kiven mukaan rakennettu muuri
    kaatui": built along the stone) and the verb none of varying ("Järven mukaan luvat
    vaihtelevat": depending on the lake)."""
    for k in range(start, len(words)):
        if any(mark in text[words[k - 1].end : words[k].start] for mark in CLAUSE_MARKS):
            return False
        readings = spoken_readings(words[k].text, voikko)
        if k == start and any(a.get("PARTICIPLE") for a in readings):
            return False
        finite = [a for a in readings if a.get("MOOD") in FINITE_MOODS]
        if finite:
            return not any(a.get("BASEFORM", "") in _VARYING for a in finite)
    return False
