"""A person's age right after a word that may be a name (review 76; docs/privacy.md,
"Review 76: a name before an age (mend157)", "Review 78 mends (mend162)"): "Aino 91v
sanoi", "Satu 45 v", "Rauha 79-v", "Onni 82-vuotiaan mukaan", "Helmi (88)", "Toivo (87 v.)",
"Tuuli 93 vuotta", "Armas, 90v, toivoi". Uses (`person_ages` reads both at once):

- `age_ranges`: where such ages are, for detect.py to blank before the name rules read the
  text, as it blanks office addresses. The age stood between a name and its verb and broke
  every cue that reads the next word ("Aino 91v sanoi" was no "Aino sanoi").
- `aged_names`: a given name right before such an age is a person's, whatever follows
  ("Usko 84v, jolla ei ole …"); not before a bare number in brackets, which counts votes as
  often ("Toivo (3)"), nor where the age is an attribute of a noun or compound after it
  ("2 v takuu", "100 vuotta -juhla").
- `with_ages`: a name's span runs over the age right after it ("Mirjami 92v" goes whole).

An age is 1 to 3 digits up to `_OLDEST` with "v", "vee", "vuotta" or "vuotias" in any case
(joined, spaced, hyphened or dashed), or in brackets, after a capitalised word or a
lower-case given name of the register; not a number of years a time word follows ("2 vuotta
sitten"), nor "vanha" unless after a given name, one no common word or one a verb other than
"olla" follows ("Talo 50v vanha", "Lahja 5v vanha oli kadonnut"; review 79; lexicons/privacy.toml
`year_span_words`, `age_words`), nor "vuotta" before an adverb ("2 vuotta peräkkäin"). An age
before a noun ("15v talo") or after a limit ("alle 15v") has no name before it.
"""

from __future__ import annotations

import re

from muistiinpanot.privacy.context import FIRST, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading, load_gazetteer
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.usage import COMMON_NOUNS
from muistiinpanot.wordclasses import only_adverb

#: The oldest age read as a person's.
_OLDEST = 120
_LETTERS = r"[^\W\d_]"
#: A word, then its age: after white space, or between commas ("Armas, 90v, toivoi"). The
#: unit: "v" (spoken "vee"), "vuotta", or "vuotias" in any case ("82-vuotiaan mukaan"); the
#: hyphen may be a dash ("76–v"); in brackets "v." too ("(87 v.)"; review 78 #1); "N vuoden
#: ikäinen" in any case and "ikä N" ("Aino, ikä 91, sanoi"; review 79 #2).
_UNIT = rf"(?:vuotia{_LETTERS}*|vuoden\s+ikäi{_LETTERS}*|vuotta|vee|v)"
_AGED = re.compile(
    rf"(?<![\w-])(?P<word>{_LETTERS}+(?:-{_LETTERS}+)*)"
    r"(?P<age>(?:(?P<comma>\s*,)\s*|\s+)"
    rf"(?:\((?P<bracketed>\d{{1,3}})(?:\s?[-–—]?\s?(?P<bunit>{_UNIT})\.?)?\)"
    rf"|(?P<years>\d{{1,3}})(?:\s?[-–—]\s?|\s)?(?P<unit>{_UNIT})(?!{_LETTERS})"
    r"(?:(?<=v)\.(?=\s+[a-zåäö]))?"
    r"|ikä:?\s+(?P<stated>\d{1,3})(?!\d))"
    r"(?(comma)\s*,))"
)
#: The word after an age.
_NEXT = re.compile(rf"[\s:]*({_LETTERS}+)")


def age_ranges(text: str, voikko: Analyses) -> list[tuple[int, int]]:
    """The character ranges of the persons' ages in `text` (see the module docstring)."""
    return [match.span("age") for match in _ages(text, voikko)]


def person_ages(text: str, voikko: Analyses) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """`age_ranges` and `aged_names` of `text` from one reading of its ages (review 78 #7)."""
    found = _ages(text, voikko)
    names = [match.span("word") for match in found if _named(text, match, voikko)]
    return [match.span("age") for match in found], names


def aged_names(text: str, voikko: Analyses) -> list[tuple[int, int]]:
    """The character ranges of the given names right before a person's age: a given name
    to Voikko, the gazetteer or the register, capitalised or, of the register, in lower
    case in a note written without capitals ("Usko 84v", "sulo 85v"). A bare number in
    brackets is no cue by itself: it counts votes as often ("Toivo (3), yhteisöllisyys
    (5)"); it only lets the cues after it through."""
    return person_ages(text, voikko)[1]


def with_ages(
    text: str, spans: list[tuple[int, int]], ages: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`spans` each run on over an age right after it (review 78 #2: "Mirjami 92v" is
    redacted whole, as lead c12f76fe did; the age said of a person goes with the name)."""
    ends = {start: end for start, end in ages}
    grown = []
    for start, end in spans:
        age_end = ends.get(end)
        if age_end is not None:
            end = len(text[:age_end].rstrip(" ,"))
        grown.append((start, end))
    return grown


def _named(text: str, match: re.Match[str], voikko: Analyses) -> bool:
    return (
        not _bare(match)
        and not _attribute(text, match.end("age"), voikko)
        and _given(match.group("word"), text, voikko)
    )


def _ages(text: str, voikko: Analyses) -> list[re.Match[str]]:
    if not any(c.isdigit() for c in text):
        return []
    register = load_gazetteer().register
    lexicon = load_name_lexicon()
    found = []
    for match in _AGED.finditer(text):
        word = match.group("word")
        if not (word[:1].isupper() or word.casefold() in register):
            continue
        if (
            not 0
            < int(match.group("bracketed") or match.group("years") or match.group("stated"))
            <= _OLDEST
        ):
            continue
        after = _NEXT.match(text, match.end("age"))
        following = after.group(1).casefold() if after is not None else ""
        if following in lexicon.year_span_words and not (
            following in lexicon.age_words
            and _given(word, text, voikko)
            and _second_cue(word, text, after.end(1) if after else len(text), voikko)
        ):
            continue  # "2 vuotta sitten", "Talo 50v vanha"; not "Sulo 85 vuotta vanha asuu"
        if match.group("unit") == "vuotta" and following and only_adverb(voikko.analyze(following)):
            continue  # a span of years: "Voitto 2 vuotta peräkkäin meni naapurille"
        found.append(match)
    return found


def _second_cue(word: str, text: str, end: int, voikko: Analyses) -> bool:
    """Whether "vanha" after a given name's age is a person's age (review 79 #2): the name
    is no common word to Voikko ("Eino"), or a verb other than "olla" follows, a
    person's doing ("Lahja 80 vuotta vanha asuu"), where "olla" states a thing's state as well
    ("Lahja 5v vanha oli kadonnut": a gift), or a noun of a person's sex or kin
    (lexicons/privacy.toml `gender_nouns`, `kin_nouns`: "Sulo 85 vuotta vanha mies")."""
    if not any(a.get("CLASS") in COMMON_NOUNS for a in voikko.analyze(word.casefold())):
        return True
    after = _NEXT.match(text, end)
    readings = voikko.analyze(after.group(1).casefold()) if after is not None else []
    lexicon = load_name_lexicon()
    people = lexicon.gender_nouns | lexicon.kin_nouns
    return any(
        (a.get("CLASS") == "teonsana" and a.get("BASEFORM") != "olla")
        or a.get("BASEFORM") in people
        for a in readings
    )


def _attribute(text: str, end: int, voikko: Analyses) -> bool:
    """Whether the age ending at `end` is an attribute of what follows: a compound's
    hyphen ("100 vuotta -juhla") or a noun in the nominative ("2 v takuu"), a thing's."""
    rest = text[end:].lstrip(" ")
    if rest.startswith("-") and rest[1:2].isalpha():
        return True
    after = _NEXT.match(text, end)
    if after is None or text[end : after.start(1)].strip():
        return False
    readings = voikko.analyze(after.group(1).casefold())
    return bool(readings) and all(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" for a in readings
    )


def _bare(match: re.Match[str]) -> bool:
    """Whether the age is a number alone in brackets ("(88)"), no unit of years."""
    return match.group("bracketed") is not None and not any(c.isalpha() for c in match.group("age"))


def _given(word: str, text: str, voikko: Analyses) -> bool:
    """A given name; a lower-case one of the register only in a note without capitals, as
    grounding.given_name reads casing (review 78 #5: "Meillä toivo 5v paremmasta" is hope)."""
    if not word[:1].isupper():
        if word.casefold() not in load_gazetteer().register:
            return False
        common = any(a.get("CLASS") in COMMON_NOUNS for a in voikko.analyze(word.casefold()))
        return text == text.lower() or not common
    if word.casefold() in load_gazetteer().register:
        return True
    readings = voikko.analyze(word)
    return any(a.get("CLASS") == FIRST for a in readings) or FIRST in gazetteer_reading(word)
