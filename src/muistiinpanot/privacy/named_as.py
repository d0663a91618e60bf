"""A person's name given after "nimi on" or "nimi oli" (docs/privacy.md, "Round 44"):
"Kotisiivoojamme nimi oli Yeon-woo Park", "Uuden sijaisen nimi on Hanna Park", "Hänen
nimensä oli Ji-ho Kim". The noun "nimi" in the nominative (a possessive suffix too), owned
by a word for a person right before it (structure.person_noun, or a noun the vectors read
as a word of people: "siivooja", "naapuri"; not a group's or a firm's: lexicon
`group_nouns`, `nominative_heads`, `business_heads`, a compound's last part too) or by a
personal pronoun's genitive, then a
form of "olla", then one to three capitalised words that end the clause, each a name to
Voikko or the gazetteer or a word Voikko does not know at all.

Review 28, finding 4, its nearest neighbours: "koko" between the owner and the noun ("Siivoojan
koko nimi oli …"); a relative "jonka" whose antecedent before the comma is a word for a
person ("siivooja, jonka nimi oli …"); one adverb after the copula ("nimi on ilmeisesti …");
a compound of "nimi" ("etunimi", "sukunimi", "lempinimi"); a bracket after the name; and a
single word that is also a word when the register lists it as a given name or a surname
("Ohjaajan nimi on Kuura": the frame is the evidence; runs of two or more keep the
ordinary-word veto).

Not a thing's or an animal's name ("Koiran nimi oli Musti", "Kirjan nimi on Tuntematon
sotilas", "Laivan nimi oli …": no person owns the noun), nor words that are ordinary words
("Opettajan nimi on Hyvä Opettaja": the words are no names). Only marks more text
(issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading, load_gazetteer, register_surnames
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import ADVERB
from muistiinpanot.privacy.structure import person_noun

#: The longest run of capitalised words read as the name ("Anna Maria Virtanen").
_LONGEST = 3
#: The genitives of the personal pronouns that own a person's name ("hänen nimensä").
_PRONOUNS = frozenset({"hänen", "minun", "sinun", "meidän", "teidän", "heidän"})
#: Voikko's classes of a person's name.
_NAMES = frozenset({"etunimi", "sukunimi"})
#: What may follow the name at its clause's end.
_CLAUSE_END = ("", ".", ",", ";", ":", "!", "?", ")", "(")
#: The conjunctions that may open the next clause right after the name.
_CONJUNCTIONS = frozenset({"ja", "mutta", "eli", "vaan"})


def mark_named_as(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
) -> None:
    """Mark the capitalised words after a person's "nimi on/oli" (module docstring)."""
    for i in range(1, len(words) - 2):
        if not (_name_noun(words[i].text, voikko) and _copula(words[i + 1].text, voikko)):
            continue
        if not adjacent(text, words[i], words[i + 1]):
            continue
        if not _owned_by_person(text, words, i, voikko, nouns):
            continue
        first = i + 2
        if _adverb(words[first].text, voikko) and first + 1 < len(words):
            if not adjacent(text, words[first], words[first + 1]):
                continue
            first += 1  # "nimi on ilmeisesti Yeon-woo Park"
        run = _name_run(text, words, first, voikko)
        for k in run:
            names[k] = True


def _owned_by_person(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense | None
) -> bool:
    """Whether the name noun at `i` is a person's: its owner's genitive right before it (or
    before "koko"), or a relative "jonka" whose antecedent before the comma is a person."""
    o = i - 1
    if words[o].text == "koko" and o >= 1 and adjacent(text, words[o], words[i]):
        o -= 1  # "Siivoojan koko nimi"
    if not adjacent(text, words[o], words[o + 1]):
        return False
    if words[o].text.casefold() == "jonka":
        if o < 1 or "," not in text[words[o - 1].end : words[o].start]:
            return False
        antecedent = voikko.analyze(words[o - 1].text.casefold())
        bases = {a.get("BASEFORM", "") for a in antecedent if a.get("CLASS") == "nimisana"}
        return _person_word(words[o - 1].text, bases, voikko, nouns)
    return _person_owner(words[o].text, voikko, nouns)


def _adverb(word: str, voikko: Analyses) -> bool:
    """A lower-case adverb ("siis"), skipped once after the copula, as is an adjective's -sti
    form ("ilmeisesti")."""
    readings = voikko.analyze(word)
    return (
        word.islower()
        and bool(readings)
        and all(a.get("CLASS") == ADVERB or a.get("SIJAMUOTO") == "kerrontosti" for a in readings)
    )


def _name_run(text: str, words: Sequence[Word], first: int, voikko: Analyses) -> list[int]:
    """The capitalised words from `first` on, adjacent and ending the clause, each a name
    or a word Voikko does not know; none if any is an ordinary word or the clause goes on."""
    run: list[int] = []
    k = first
    while k < len(words) and len(run) < _LONGEST and words[k].text[:1].isupper():
        if run and not adjacent(text, words[run[-1]], words[k]):
            break
        run.append(k)
        k += 1
    if not run:
        return []
    rest = text[words[run[-1]].end :].lstrip(" \t")
    if rest[:1] not in _CLAUSE_END and rest.split(" ", 1)[0] not in _CONJUNCTIONS:
        return []
    if len(run) == 1 and _register_word(words[first].text):
        return run  # "Ohjaajan nimi on Kuura": the frame is the evidence
    if not all(_name_word(words[j].text, voikko) for j in run):
        return []
    return run


def _register_word(word: str) -> bool:
    folded = word.casefold()
    return folded in load_gazetteer().register or folded in register_surnames()


def _name_word(word: str, voikko: Analyses) -> bool:
    readings = voikko.analyze(word)
    if not readings:
        return True  # "Park", "Yeon-woo": a word no dictionary knows
    if any(a.get("CLASS") in _NAMES for a in readings):
        return True
    return bool(gazetteer_reading(word) & _NAMES)


def _name_noun(word: str, voikko: Analyses) -> bool:
    return any(
        a.get("BASEFORM", "").endswith("nimi") and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(word.casefold())
    )


def _copula(word: str, voikko: Analyses) -> bool:
    return word.casefold() in {"on", "oli", "olisi", "ois"} and any(
        a.get("BASEFORM") == "olla" for a in voikko.analyze(word.casefold())
    )


def _person_owner(word: str, voikko: Analyses, nouns: NounSense | None) -> bool:
    """A personal pronoun's genitive or a word for a person in the genitive or with a
    possessive suffix ("siivoojan", "kotisiivoojamme", "naapurimme")."""
    folded = word.casefold()
    if folded in _PRONOUNS:
        return True
    readings = [
        a
        for a in voikko.analyze(folded)
        if a.get("CLASS") == "nimisana" and (a.get("SIJAMUOTO") == "omanto" or a.get("POSSESSIVE"))
    ]
    if not readings:
        return False
    return _person_word(word, {a.get("BASEFORM", "") for a in readings}, voikko, nouns)


def _person_word(word: str, bases: set[str], voikko: Analyses, nouns: NounSense | None) -> bool:
    """A word for a person (structure.person_noun, or the vectors' word of people), not a
    group's or a firm's (a compound's last part too)."""
    if not bases:
        return False
    if person_noun(word, voikko):
        return True
    lexicon = load_name_lexicon()
    groups = (*lexicon.group_nouns, *lexicon.nominative_heads, *lexicon.business_heads)
    if any(base.endswith(groups) for base in bases):
        return False  # "tiimin", "yrityksen": a group's or a firm's name
    return nouns is not None and any(nouns.personal(base) for base in bases)
