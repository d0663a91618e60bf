"""Context that makes a word that may be a name a person's name: words before and after it (the
sentence's structure around names is in structure.py). The word lists are data
(lexicons/privacy.toml)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from muistiinpanot.privacy.name_lexicon import load_name_lexicon as load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import (
    CONJUNCTION,
    has_class,
    lower_adverb,
    passive_participle_verb,
    person_told,
    time_noun,
)

WordClass = Literal["strong", "weak", "unknown", "other"]

FIRST, LAST = "etunimi", "sukunimi"
#: Marks that end a clause between two words, a comma too (the family and place rules'
#: clause walks; CLAUSE_END below is a clause's end without the comma).
CLAUSE_MARKS = ".!?;:,\n"
#: Voikko's classes of personal names (given names and surnames).
NAME_CLASSES = frozenset({FIRST, LAST})
#: Voikko's classes of adjectives (also a word that is a noun and an adjective, "suosituin").
ADJECTIVES = frozenset({"laatusana", "nimisana_laatusana"})
#: How many words before a name a verb of asking or calling may stand ("kysy vaikka toivolta").
_CONTEXT_WINDOW = 2
#: Cases a verb of asking or calling takes: "kysy toivolta", "soita onnille", "kysy Kaijaa"
#: (on the phone).
_RECIPIENT_CASES = frozenset({"ulkoeronto", "ulkotulento", "sisatulento", "osanto"})
#: Marks that end a clause.
CLAUSE_END = ".!?;:\n"
#: Marks after which a word opens a clause: a clause's end, an opening bracket or quote, a
#: dash or a bullet.
CLAUSE_OPENERS = CLAUSE_END + "(\"'“”«»-–—*•"


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a text at text[start:end], with its class (see names.py) and Voikko classes."""

    start: int
    end: int
    text: str
    kind: WordClass
    classes: frozenset[str]


def adjacent(text: str, first: Word, second: Word) -> bool:
    return text[first.end : second.start].isspace()  # white space only, and some


def unmark_name_chain(
    text: str, words: Sequence[Word], names: list[bool], i: int
) -> tuple[int, int]:
    """Unmark the name ending at word i with the marked words right before it (a many-word
    name, "Albert Edelfeltin"); returns its character range."""
    j = i
    while j > 0 and names[j - 1] and adjacent(text, words[j - 1], words[j]):
        j -= 1
    for k in range(j, i + 1):
        names[k] = False
    return (words[j].start, words[i].end)


def clause_after(text: str, words: Sequence[Word], i: int) -> list[Word]:
    """The words after word i up to the end of its clause (punctuation between two words)."""
    clause: list[Word] = []
    for k in range(i + 1, len(words)):
        if not adjacent(text, words[k - 1], words[k]):
            break
        clause.append(words[k])
    return clause


def verb_chain(clause: Sequence[Word], voikko: Analyses) -> list[Word]:
    """The clause from its first word that is no lower-case adverb ("jo", "vielä")."""
    for k, word in enumerate(clause):
        if not lower_adverb(word.text, voikko):
            return list(clause[k:])
    return []


def opens_clause(text: str, word: Word) -> bool:
    """Whether the word is the text's first or follows one of CLAUSE_OPENERS."""
    before = text[: word.start].rstrip()
    return not before or before[-1] in CLAUSE_OPENERS


def opens_or_follows_conjunction(
    text: str, words: Sequence[Word], i: int, voikko: Analyses
) -> bool:
    """Whether word i opens its clause: the text's first, after a clause opener, or right
    after a lower-case conjunction ("…, ja Kivelle", "mutta Tammelle"; owed_names.py,
    handed_names.py)."""
    if opens_clause(text, words[i]):
        return True
    return (
        i > 0
        and adjacent(text, words[i - 1], words[i])
        and words[i - 1].text.islower()
        and has_class(words[i - 1].text, voikko, CONJUNCTION)
    )


def nominative(word: str, voikko: Analyses, *, unknown: bool = False) -> bool:
    """Whether Voikko reads `word` in the nominative; `unknown`: also when it does not know
    the word (a name it does not list may be a subject)."""
    cases = {a.get("SIJAMUOTO") for a in voikko.analyze(word) if a.get("SIJAMUOTO")}
    return "nimento" in cases or (unknown and not cases)


def after_context_word(words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a context word stands before word i: a title or a greeting right before it
    ("puheenjohtaja Niemi", "terveisin satu"), or a verb such as "kysy" or "soita" up to two
    words before it when word i is in the case such a verb takes ("kysy vaikka toivolta",
    "soita onnille"; not "soittaa joka päivä")."""
    lexicon = load_name_lexicon()
    recipient = _recipient_case(words[i].text, voikko)
    for distance, word in enumerate(reversed(words[max(0, i - _CONTEXT_WINDOW) : i]), 1):
        lower = word.text.lower()
        analyses = voikko.analyze(lower)
        verb = any(
            a.get("CLASS") == "teonsana" and a.get("BASEFORM", "").lower() in lexicon.before_name
            for a in analyses
        )
        if verb and recipient:
            return True
        if distance > 1 or verb:
            continue
        bases = {a.get("BASEFORM", "").lower() for a in analyses}
        if lower in lexicon.before_name or lower.endswith(lexicon.title_suffixes):
            return True
        if bases & lexicon.before_name or _title_compound(analyses, lexicon.before_name):
            return True
    return False


def _title_compound(analyses: Sequence[dict[str, str]], titles: frozenset[str]) -> bool:
    """Whether a reading is a compound noun that ends in a title or a role at one of the
    boundaries of Voikko's word bases ("saunaemäntä": sauna+emäntä, "uimaohjaaja":
    uima+ohja+a+ja, "kerho-ohjaaja"), in the nominative: a person's title. Titles of
    fewer than four letters ("pj", "t") are not read as parts."""
    for analysis in analyses:
        base = analysis.get("BASEFORM", "").casefold()
        parts = [p.split("(")[0] for p in (analysis.get("WORDBASES") or "").split("+")[1:]]
        if analysis.get("CLASS") != "nimisana" or len([p for p in parts if p]) < 2:
            continue
        if analysis.get("SIJAMUOTO") != "nimento":
            continue  # a title stands uninflected before the name ("hammaslääkäriin ilman")
        starts, at = set(), 0
        for part in parts:
            starts.add(at)
            at += len(part)
        if any(
            len(t) >= 4 and len(base) > len(t) and base.endswith(t) and len(base) - len(t) in starts
            for t in titles
        ):
            return True
    return False


def asking_verb_after(
    words: Sequence[Word], i: int, voikko: Analyses, *, telling: bool = False
) -> bool:
    """Whether a verb of asking or calling (`telling`: of telling, "Tammelle pitää
    ilmottaa") follows word i within two words and word i is in the case it takes
    ("Koskelta kannattaa kysyä", "Onnille voi soittaa"); spoken forms that drop an "i"
    ("ilmottaa") are read as the standard ones, and a verb of telling's past passive
    participle as the verb ("Toivolle ei kerrottu") where word i is no noun of time."""
    word = words[i].text
    analyses = voikko.analyze(word) or voikko.analyze(word.capitalize())
    cases = ("ulkotulento",) if telling else ("ulkoeronto", "ulkotulento")
    if not any(a.get("SIJAMUOTO") in cases for a in analyses):
        return False
    lexicon = load_name_lexicon()
    verbs = lexicon.telling_verbs if telling else lexicon.asking_verbs
    for k in range(i + 1, min(len(words), i + 1 + _CONTEXT_WINDOW)):
        following = words[k]
        readings = voikko.analyze(following.text.lower()) or _spoken(following.text, voikko)
        if any(a.get("CLASS") == "teonsana" and a.get("BASEFORM") in verbs for a in readings):
            return True
        if telling and any(passive_participle_verb(a) in verbs for a in readings):
            # "Toivolle ei kerrottu", "Tammelle on ilmoitettu"; not a time ("Illalle on
            # ilmoitettu myrskyvaroitus": when, not whom; "Aamulle pitää kertoa" is Aamu),
            # unless a person follows and no thing told does (review 24, finding 7)
            return not time_noun(analyses) or person_told([w.text for w in words[k + 1 :]], voikko)
    return False


#: A spoken form that drops the "i" of a diphthong before a long consonant ("ilmottaa",
#: "tarkottaa").
_DROPPED_I = re.compile(r"(?<=[aeouyäö])(?=(?:tt|kk|pp|ss|ll|nn)[aeiouyäö])")


def _spoken(word: str, voikko: Analyses) -> tuple[dict[str, str], ...]:
    """Analyses of the standard form of a spoken word that dropped an "i" ("ilmottaa")."""
    lower = word.lower()
    for match in _DROPPED_I.finditer(lower):
        analyses = voikko.analyze(lower[: match.start()] + "i" + lower[match.start() :])
        if analyses:
            return analyses
    return ()


def _recipient_case(word: str, voikko: Analyses) -> bool:
    """Whether `word` is in a case a verb of asking or calling takes ("toivolta", "onnille",
    "toivoon"), or unknown to Voikko (a name it does not know)."""
    analyses = voikko.analyze(word)
    cases = {a.get("SIJAMUOTO") for a in analyses} & _RECIPIENT_CASES
    if cases == {"osanto"}:  # "kysy Kaijaa", but not "soittaa kunnasta" (Kunnas)
        return word[:1].isupper()
    return not analyses or bool(cases)


def before_context_word(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether the next word shows that word i is a person ("Satu lupasi", "Sannan kanssa")."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    return words[i + 1].text.casefold() in load_name_lexicon().after_name


@functools.cache
def spoken_forms() -> frozenset[str]:
    """The spoken forms of lexicons/spoken.toml ("mä", "tää"): words, not names."""
    text = resources.files("muistiinpanot.lexicons").joinpath("spoken.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["forms"])


def thanked(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """A word in the nominative (a vocative) right after a recipient word ("kiitos",
    "terveiset") and ending its clause or before a word in the elative, what the thanks are
    for ("Kiitos Usva", "kiitos Kide avusta")."""
    if not i or not adjacent(text, words[i - 1], words[i]):
        return False
    if words[i - 1].text.casefold() not in load_name_lexicon().recipient_words:
        return False
    if "nimento" not in {a.get("SIJAMUOTO") for a in voikko.analyze(words[i].text.casefold())}:
        return False
    if i + 1 == len(words) or not adjacent(text, words[i], words[i + 1]):
        return True
    following = {a.get("SIJAMUOTO") for a in voikko.analyze(words[i + 1].text.casefold())}
    return "sisaeronto" in following
