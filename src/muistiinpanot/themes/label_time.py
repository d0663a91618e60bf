"""Whether a noun names a time (naming.py: a time the notes use as when, not what, names no
theme) and whether a use of one says how long: the closed classes of time expressions and of
verbs of lasting or spending in lexicons/time.toml, read through Voikko's base forms and
compound parts and the parse."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Any

from muistiinpanot.content import ParsedToken
from muistiinpanot.lexicons import time_stretches as time_stretches
from muistiinpanot.lexicons import time_units  # a time alone or as a compound's last part
from muistiinpanot.themes.label_forms import MEASURE_CASES, Analyses
from muistiinpanot.wordparts import parts


@functools.cache
def _lexicon() -> dict[str, Any]:
    text = resources.files("muistiinpanot.lexicons").joinpath("time.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def first_parts() -> dict[str, str]:
    """lexicons/time.toml `first_parts`: forms a unit takes only as a compound's first part,
    with the unit they stand for ("syys" → "syksy")."""
    return dict(_lexicon()["first_parts"])


@functools.cache
def measures() -> frozenset[str]:
    """lexicons/time.toml `measures`: units of measure and money ("euro", "kilometri",
    "litra"); a measure alone or as a compound's last part."""
    return frozenset(_lexicon()["measures"])


@functools.cache
def lasting_verbs() -> frozenset[str]:
    """lexicons/time.toml `lasting_verbs`: verbs of lasting, spending or needing whose object
    is how long ("kestää viikon", "vie kuukausia", "odottaa viikkoja", "vaatii kuukausia")."""
    return frozenset(_lexicon()["lasting_verbs"])


def _parts(analysis: Mapping[str, str]) -> list[str]:
    """The base forms of a compound's parts as wordparts.parts splits Voikko's WORDBASES, its
    last part first, up to a derived part ("+odot(odottaa)+us(+us)+aika(aika)" → "aika": the
    derived "odotus" and what comes before it are left out)."""
    found: list[str] = []
    for part in reversed(parts(analysis)):
        if part.derived:
            break
        found.append(part.base.lower())
    return found


def _endings(parts: Sequence[str]) -> list[str]:
    """Parts given last first, joined from the end: the last, the last two, ..."""
    endings: list[str] = []
    ending = ""
    for part in parts:
        ending = part + ending
        endings.append(ending)
    return endings


def last_parts(analysis: Mapping[str, str]) -> list[str]:
    """The base forms of a compound's endings, its last part first, then the last two parts
    joined and so on ("+syys+luku(luku)+kausi(kausi)" → "kausi", "lukukausi",
    "syyslukukausi"), up to a derived part: nothing when the word ends in one
    ("+siivo(siivo)+us(+us)": a derivation, not that part)."""
    return _endings(_parts(analysis))


def _compound_is_time(
    analysis: Mapping[str, str], units: frozenset[str], stretches: frozenset[str]
) -> bool:
    """Whether a compound's last part(s) are a unit ("syys+kuu", "syys+luku+kausi"), or its
    last part is a stretch and the part(s) before it a unit, a stretch of that time
    ("kesä+aika", "joulun+aika", "syys+kausi", "ilta+päivä+tauko"; not "loma+kausi").
    A hyphenated word is read by its last member too: Voikko lists a month range whole
    ("+kesä(kesä-heinäkuu)+-+heinäkuu"), and wordparts reads the member after the hyphen,
    which has no base of its own, as a suffix."""
    found = _parts(analysis)
    if any(ending in units for ending in _endings(found)):
        return True
    if analysis.get("BASEFORM", "").lower().rpartition("-")[2] in units:
        return True
    if len(found) < 2 or found[0] not in stretches:
        return False
    before = [first_parts().get(ending, ending) for ending in _endings(found[1:])]
    return any(ending in units for ending in before)


def time_nouns(analyses: Analyses | None) -> Callable[[str], bool]:
    """Whether a noun names a time: it is one of the time units or stretches, or Voikko reads
    it (as its own base form) as a compound whose last part, or last parts together, are a
    unit ("kesäkuu", "iltapäivä", "syyslukukausi"; not "viikkosiivous", whose first part is
    one), or whose last part is a general stretch after a unit ("kesäaika", "joulutauko";
    not "odotusaika", "lomakausi"). Without Voikko, only the units and stretches themselves."""
    units, stretches = time_units(), time_stretches()

    @functools.cache
    def is_time(word: str) -> bool:
        word = word.lower()
        if word in units or word in stretches:
            return True
        if analyses is None:
            return False
        return any(
            analysis.get("BASEFORM", "").lower() == word
            and _compound_is_time(analysis, units, stretches)
            for analysis in analyses(word)
        )

    return is_time


def is_duration(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the noun `tokens[index]` is the object of a verb of lasting, spending or needing
    (`lasting_verbs`) in the nominative, accusative (the parse tags its -n form genitive:
    "kestää viikonlopun") or partitive ("vie kuukausia", "odottaa viikkoja"): for a time
    noun a duration, how long. Under any other verb the object is what the clause is about
    ("lyhentää odotusaikoja", "muuttaa aukioloaikoja")."""
    token = tokens[index]
    if token.dep != "obj" or not 0 <= token.head < len(tokens) or token.head == index:
        return False
    features = set(token.morph.split("|"))
    verb = tokens[token.head]
    return bool(features & (MEASURE_CASES | {"Case=Gen"})) and (
        verb.lemma.lower() in lasting_verbs()
    )


def measure_nouns(analyses: Analyses | None) -> Callable[[str], bool]:
    """Whether a noun is a unit of measure or money (`measures`: "euro", "kilometri"), or a
    compound Voikko reads (as its own base form) with one as its last part, or last parts
    together ("neliömetri", "kuutiometri"; not "metrilaku", whose first part is one). Without
    Voikko, only the units themselves."""
    units = measures()

    @functools.cache
    def is_measure(word: str) -> bool:
        word = word.lower()
        if word in units:
            return True
        if analyses is None:
            return False
        return any(
            analysis.get("BASEFORM", "").lower() == word
            and any(ending in units for ending in _endings(_parts(analysis)))
            for analysis in analyses(word)
        )

    return is_measure


def closed_class() -> frozenset[str]:
    """The times and measures of the closed classes themselves (`units`, `stretches`,
    `measures`: "kuu", "kausi", "euro"), as whole words."""
    return time_units() | time_stretches() | measures()


def names_time_or_measure(word: str, is_measure: Callable[[str], bool] | None) -> bool:
    """Whether `word` is a time or a measure of the closed classes themselves (`units`,
    `stretches`, or `is_measure`: "kuukausi", "kesäkuu", "euro"), which says when or how
    much, never what a theme is about (label_heads.py: no label head); not a compound ending in a
    unit ("satutunti", "vapaapäivä" are events and topics)."""
    timed = word in time_units() or word in time_stretches()
    return timed or (is_measure is not None and is_measure(word))
