"""A person's age right after a word that may be a name (review 76; docs/privacy.md,
"Review 76: a name before an age (mend157)"): "Aino 91v sanoi", "Satu 45 v", "Rauha 79-v",
"Onni 82-vuotias", "Helmi (88)", "Tuuli 93 vuotta", "Armas, 90v, toivoi". Two uses:

- `age_ranges`: where such ages are, for detect.py to blank before the name rules read the
  text, as it blanks office addresses. The age stood between a name and its verb and broke
  every cue that reads the next word ("Aino 91v sanoi" was no "Aino sanoi"). The age itself
  stays in the text: without the name it tells nobody who.
- `aged_names`: a given name right before such an age is a person's, whatever follows
  ("Usko 84v, jolla ei ole …"); not before a bare number in brackets, which counts votes as
  often ("Toivo (3)"), nor where the age is an attribute of a noun or compound after it
  ("2 v takuu", "100 vuotta -juhla").

An age is 1 to 3 digits up to `_OLDEST` with "v", "vuotias" or "vuotta" (joined, spaced or
hyphened), or alone in brackets, after a capitalised word or a lower-case given name of the
register; not a number of years a time word or "vanha" follows ("2 vuotta sitten", "50v
vanha"; lexicons/privacy.toml `year_span_words`). An age before a noun ("15v talo") or after
a limit ("alle 15v") has no name before it.
"""

from __future__ import annotations

import re

from muistiinpanot.privacy.context import FIRST, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading, load_gazetteer
from muistiinpanot.privacy.protocols import Analyses

#: The oldest age read as a person's.
_OLDEST = 120
_LETTERS = r"[^\W\d_]"
#: A word, then its age: after white space, or between commas ("Armas, 90v, toivoi").
_AGED = re.compile(
    rf"(?<![\w-])(?P<word>{_LETTERS}+(?:-{_LETTERS}+)*)"
    r"(?P<age>(?:(?P<comma>\s*,)\s*|\s+)"
    r"(?:\((?P<bracketed>\d{1,3})(?:\s?-?\s?(?:vuotias|vuotta|v))?\)"
    rf"|(?P<years>\d{{1,3}})(?:\s?-\s?|\s)?(?:vuotias|vuotta|v)(?!{_LETTERS}))"
    r"(?(comma)\s*,))"
)
#: The word after an age.
_NEXT = re.compile(rf"[\s:]*({_LETTERS}+)")


def age_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of the persons' ages in `text` (see the module docstring)."""
    return [match.span("age") for match in _ages(text)]


def aged_names(text: str, voikko: Analyses) -> list[tuple[int, int]]:
    """The character ranges of the given names right before a person's age: a given name
    to Voikko, the gazetteer or the register, capitalised or, of the register, in lower
    case ("Usko 84v", "sulo 85v"). A bare number in brackets is no cue by itself: it counts
    votes as often ("Toivo (3), yhteisöllisyys (5)"); it only lets the cues after it through."""
    return [
        match.span("word")
        for match in _ages(text)
        if not _bare(match)
        and not _attribute(text, match.end("age"), voikko)
        and _given(match.group("word"), voikko)
    ]


def _ages(text: str) -> list[re.Match[str]]:
    if not any(c.isdigit() for c in text):
        return []
    register = load_gazetteer().register
    time_words = load_name_lexicon().year_span_words
    found = []
    for match in _AGED.finditer(text):
        word = match.group("word")
        if not (word[:1].isupper() or word.casefold() in register):
            continue
        if not 0 < int(match.group("bracketed") or match.group("years")) <= _OLDEST:
            continue
        after = _NEXT.match(text, match.end("age"))
        if after is not None and after.group(1).casefold() in time_words:
            continue
        found.append(match)
    return found


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


def _given(word: str, voikko: Analyses) -> bool:
    if word.casefold() in load_gazetteer().register:
        return True
    if not word[:1].isupper():
        return False
    readings = voikko.analyze(word)
    return any(a.get("CLASS") == FIRST for a in readings) or FIRST in gazetteer_reading(word)
