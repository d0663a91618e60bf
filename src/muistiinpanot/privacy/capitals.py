"""A text typed in capitals as it would be typed normally, for the name rules
(detect.find_personal_data reads a shouted text both ways; docs/privacy.md, "Round 22").

In sentence case (same length), with a capital on:

- a word that is only a given name wherever it stands, to Voikko or, for a word Voikko
  reads as no common word, to the gazetteer ("VASTUUHENKILÖ KAIJA SORSIMO": Voikko reads
  "Kaija" only as a place); not a word of three letters or fewer that only the gazetteer
  knows, an acronym as often ("ELY", "KPI", "HR");
- a given name that is also a word right after a person's role and before a surname-like
  word ("VASTUUHENKILÖ HELMI KORPIMAA"; not "ANNA PALAUTE"), or before an initial ("MATTI
  K.": "matti" is a chess term to Voikko);
- a surname-like word (a noun, a name or a word Voikko does not know; no verb nor adverb)
  or an initial right after a given name so capitalised ("PAAVO RUOHO TUO" → "Paavo Ruoho
  tuo"); not after a given name that is also a word with neither ("SULO TALO": a
  building's name).
"""

from __future__ import annotations

import re

from muistiinpanot.privacy.context import FIRST, NAME_CLASSES, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.publisher import sentence_case
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.structure import person_noun

_SHOUTED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Voikko's classes of a word that may be a surname after a given name, typed normally.
_SURNAME_LIKE = frozenset({"nimisana", "sukunimi", "paikannimi", "etunimi"})
#: Voikko's classes a word that is only a given name may have beside it ("Kaija": a place).
_ONLY_NAME = NAME_CLASSES | {"paikannimi"}
#: Letters at most in a word the gazetteer alone knows that may be an acronym ("ELY").
_ACRONYM_LETTERS = 3


def typed_normally(text: str, voikko: Analyses) -> str:
    """`text` (typed in capitals) as typed normally, same length (module docstring)."""
    cased = sentence_case(text)
    words = list(_SHOUTED_WORD.finditer(cased))
    given = [False] * len(words)
    for k, match in enumerate(words):
        word = match.group(0)
        joined = k > 0 and cased[words[k - 1].end() : match.start()] == " "
        following = words[k + 1].group(0) if k + 1 < len(words) else ""
        if _given_name(word, voikko) or (
            _any_given(word, voikko)
            and (
                (
                    joined
                    and _role(words[k - 1].group(0), voikko)
                    and _surname_like(following, voikko)
                )
                or _initial_after(cased, match.end(), following)
            )
        ):
            given[k] = True
        elif joined and given[k - 1] and (len(word) == 1 or _surname_like(word, voikko)):
            given[k] = False
        else:
            continue
        start = match.start()
        cased = cased[:start] + cased[start].upper() + cased[start + 1 :]
    return cased


def _given_name(word: str, voikko: Analyses) -> bool:
    """A given name and no ordinary word ("PAAVO", "KAIJA"; not "SULO", "ANNA", "TOIVO", nor
    "ELY", which only the gazetteer knows)."""
    classes = _classes(word, voikko)
    if FIRST in classes:
        return classes <= _ONLY_NAME
    gazetteer = len(word) > _ACRONYM_LETTERS and FIRST in gazetteer_reading(word.capitalize())
    return gazetteer and classes <= _ONLY_NAME


def _any_given(word: str, voikko: Analyses) -> bool:
    """A given name, to Voikko or the gazetteer, also one that is a word ("HELMI")."""
    if FIRST in _classes(word, voikko):
        return True
    return len(word) > _ACRONYM_LETTERS and FIRST in gazetteer_reading(word.capitalize())


def _role(word: str, voikko: Analyses) -> bool:
    """A person noun in the nominative ("vastuuhenkilö", "puheenjohtaja")."""
    lower = word.casefold()
    readings = [a for a in voikko.analyze(lower) if a.get("SIJAMUOTO") == "nimento"]
    people = load_name_lexicon().person_words
    if not readings:
        return False
    return person_noun(lower, voikko) or any(part_of(a, people) for a in readings)


def _initial_after(text: str, end: int, following: str) -> bool:
    """Whether one letter and a dot follow the word ending at `end` ("MATTI K.")."""
    return len(following) == 1 and text[end : end + 3] == f" {following}."


def _surname_like(word: str, voikko: Analyses) -> bool:
    """A noun or a name, no verb nor adverb ("RUOHO", "SORSIMO"; not "TUO", "EI")."""
    return bool(word) and {a.get("CLASS", "") for a in voikko.analyze(word)} <= _SURNAME_LIKE


def _classes(word: str, voikko: Analyses) -> set[str]:
    return {a.get("CLASS", "") for a in voikko.analyze(word.capitalize())} | {
        a.get("CLASS", "") for a in voikko.analyze(word.lower())
    }
