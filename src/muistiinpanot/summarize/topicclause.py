"""A "Topic: clause" note read as its clause (review 37 #5, mend65): "Oppilaiden
osallisuus: oppilaskunnan hallitus kirjoittaa säännöstä oppilaiden version" is a heading the
group typed and then its point, a whole sentence; read as one sentence the parse makes the
heading its root and the clause a loose part of it, and the note was set aside as a fragment.
Only a short head of nouns in the nominative or genitive (no finite verb: "Ongelma on
tämä: …" is a clause itself; no local case, which frames what follows) before a tail with
a finite verb of its own (a list after the colon stays whole) and no pronoun that may
point back to the heading ("uusien reseptien testaus: oppilaat ei syö niitä")."""

from __future__ import annotations

import re
from typing import Protocol

_TOPIC = re.compile(r"^(?P<head>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})\s*:\s+(?P<tail>\S.*)$")
_WORD = re.compile(r"[^\W\d_]+")
_FINITE = frozenset({"indicative", "conditional", "potential"})
_MIN_TAIL_WORDS = 3
#: Forms of the pronouns "se", "ne", "tämä", "nämä" that point back to the heading.
_REFERRING = frozenset(
    [
        "se",
        "sen",
        "sitä",
        "siinä",
        "siitä",
        "siihen",
        "sillä",
        "siltä",
        "sille",
        "ne",
        "niiden",
        "niitä",
        "niissä",
        "niistä",
        "niihin",
        "niillä",
        "niiltä",
        "niille",
        "tämä",
        "tämän",
        "tätä",
        "tässä",
        "tästä",
        "tähän",
        "nämä",
        "näiden",
        "näitä",
        "näissä",
        "näistä",
        "näihin",
    ]
)


class Morphology(Protocol):
    """Cached Voikko as this module uses it."""

    def analyze(self, word: str) -> tuple[dict[str, str], ...]: ...


def topic_clause(sentence: str, voikko: Morphology) -> str:
    """The clause after a topic heading's colon, capitalised; `sentence` when it has no such
    heading, when a word of the heading can be a finite verb, or when no word of the tail of
    three words or more can be one."""
    match = _TOPIC.match(sentence)
    if match is None:
        return sentence
    head, tail = match["head"], match["tail"]
    words = _WORD.findall(tail)
    if len(words) < _MIN_TAIL_WORDS:
        return sentence
    if not all(_topic_word(word, voikko) for word in _WORD.findall(head)):
        return sentence
    if not any(_finite(word, voikko) for word in words):
        return sentence
    if any(word.lower() in _REFERRING for word in words):
        return sentence  # "testaus: oppilaat ei syö niitä": "niitä" are the heading's
    return tail[:1].upper() + tail[1:]


def _topic_word(word: str, voikko: Morphology) -> bool:
    """Whether `word` may be a word of a topic heading: "ja", or a noun or adjective that
    can be read in the nominative or genitive and never as a finite verb ("Oppilaiden
    osallisuus"; not "hyvä esimerkki naapurikunnasta", whose elative frames the clause
    after it: "from the next town")."""
    if word.lower() == "ja":
        return True
    analyses = voikko.analyze(word.lower())
    return not _finite(word, voikko) and any(
        a.get("SIJAMUOTO") in ("nimento", "omanto") for a in analyses
    )


def _finite(word: str, voikko: Morphology) -> bool:
    return (
        any(
            a.get("CLASS") in ("teonsana", "kieltosana") and a.get("MOOD") in _FINITE
            for a in voikko.analyze(word.lower())
        )
        or word.lower() == "ei"
    )
