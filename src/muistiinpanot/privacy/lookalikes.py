"""Look-alikes of personal data, by kind (docs/privacy.md, "Round 17"); names.py and
patterns.py unmark or drop them after every rule that marks them:

- an animal's (or a thing's) one-word name right after "nimeltä"/"nimeltään" whose noun
  before it is a kind of animal or a thing's head ("kissa nimeltä X", "koira, nimeltään
  X"), or after "N:n nimi on" ("koiran nimi on X"); "poika nimeltä X" stays a person's;
- a firm or an estate named by its owner's surname: a lone surname's genitive (no given
  name, no whole name) right before a capitalised trade or premises in any case ("Laineen
  Maansiirtourakointi", "Laineen Hammaslääkäriasemalle", "Laineen Sahan"), or a lower-case
  estate ("Laineen kartano"); a head with a given name's reading stays a person's
  ("Laineen Kukka": Kukka Laine as the spoken order writes her);
- a day named after a person, "X:n päivänä" (named_days.py);
- a body's short name the tidy lexicon keeps, of no name's reading ("Kela": a reel to Voikko);
- a number labelled as an identifier ("mikrosiru 246 098 …", "sarjanumero 040 …"): no phone.

The classes of words are in lexicons/lookalikes.toml; privacy.toml's thing and firm heads
are read too.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.named_days import drop_named_days
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import tokens_between


@dataclass(frozen=True, slots=True)
class Lookalikes:
    """The classes of words of lexicons/lookalikes.toml (base forms; matched as endings)."""

    animal_kinds: tuple[str, ...]
    naming_words: frozenset[str]
    name_nouns: frozenset[str]
    firm_heads: tuple[str, ...]
    estate_heads: tuple[str, ...]
    identifier_labels: tuple[str, ...]
    day_heads: tuple[str, ...]


_SETS = frozenset({"naming_words", "name_nouns"})


@functools.cache
def load_lookalikes() -> Lookalikes:
    """The lexicon of look-alikes' classes of words."""
    text = resources.files("muistiinpanot.lexicons").joinpath("lookalikes.toml").read_text("utf-8")
    data = tomllib.loads(text)
    lists: dict[str, Any] = {
        name: (frozenset if name in _SETS else tuple)(data[name])
        for name in Lookalikes.__dataclass_fields__
    }
    return Lookalikes(**lists)


def _part_of(analysis: dict[str, str], heads: Sequence[str]) -> bool:
    """Whether the analysis's base form is one of `heads` or a word of more parts (a
    compound or a derivation) that ends in one ("kotikissa", "koneurakointi"; not
    "ikkuna", one word that only ends in the letters of "kuna")."""
    base = analysis.get("BASEFORM", "").casefold()
    if base in heads:
        return True
    parts = analysis.get("WORDBASES", "") or ""
    return parts.count("+") > 1 and base.endswith(tuple(heads))


def _noun_of(word: str, voikko: Analyses, heads: Sequence[str]) -> bool:
    """Whether a reading of the word is a common noun whose base is (or ends in) a head."""
    return any(
        a.get("CLASS") == "nimisana" and _part_of(a, heads) for a in voikko.analyze(word.casefold())
    )


def drop_lookalikes(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> list[tuple[int, int]]:
    """Unmark the look-alikes of the module docstring: animals' names, bodies' short names,
    firms and estates named by a surname; returns their ranges."""
    blocked = drop_animal_names(text, words, names, voikko)  # "kissa nimeltä X"
    blocked += drop_listed_bodies(words, names, voikko)  # "Kela"
    blocked += drop_named_firms(text, words, names, voikko, cased=cased)  # "Laineen Saha"
    heads = load_lookalikes().day_heads
    blocked += drop_named_days(text, words, names, voikko, heads)  # "Canthin päivänä"
    return blocked


def drop_listed_bodies(
    words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark a word of no name's reading (to Voikko or the gazetteer) that the tidy
    lexicon keeps as a body's short name, an abbreviation or a product ("Kela", "THL",
    "Zoom"), which the publisher may read as a capitalised noun in a person's place ("Kela
    ei vastannut": "kela", a reel). Returns their ranges."""
    kept = _kept_words()
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or word.classes & (NAME_CLASSES | {GAZETTEER}):
            continue
        bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text)}
        if {word.text.casefold(), *bases} & kept:
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges


@functools.cache
def _kept_words() -> frozenset[str]:
    """The words the tidy lexicon keeps from the spell checker (abbreviations, bodies' short
    names, products: "kela", "thl", "zoom"), lower case."""
    lexicons = resources.files("muistiinpanot.lexicons")
    tidy = tomllib.loads(lexicons.joinpath("tidy.toml").read_text("utf-8"))
    return frozenset(w.casefold() for w in tidy["keep"]["words"])


def drop_animal_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark the one-word name an animal or a thing is given ("kissa nimeltä X", "koiran
    nimi on X"); a whole name there stays a person's. Returns the names' character ranges."""
    lexicon = load_lookalikes()
    things = load_name_lexicon()
    kinds = (*lexicon.animal_kinds, *things.thing_name_heads, *things.vessel_heads)
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or i < 2:
            continue
        if i + 1 < len(words) and names[i + 1] and adjacent(text, word, words[i + 1]):
            continue  # a whole name is a person's ("koiran nimi on Mauri Virtanen": its owner)
        j = i
        if names[j - 1] and adjacent(text, words[j - 1], word):
            continue
        before = words[j - 1].text.casefold()
        if before in lexicon.naming_words:  # "kissa nimeltä X", "koira, nimeltään X"
            noun = words[j - 2]
            if tokens_between(text, noun, words[j - 1]) not in ([], [","]):
                continue
        elif j >= 3 and _copula(before, voikko) and _name_noun(words[j - 2].text, voikko):
            noun = words[j - 3]  # "koiran nimi on X"
            if not adjacent(text, noun, words[j - 2]) or not _genitive(noun.text, voikko):
                continue
        else:
            continue
        if noun.classes & NAME_CLASSES or not _noun_of(noun.text, voikko, kinds):
            continue  # "poika nimeltä X", "Liisan nimi on X"
        names[i] = False
        ranges.append((word.start, word.end))
    return ranges


def _copula(word: str, voikko: Analyses) -> bool:
    return any(
        a.get("BASEFORM") == "olla" and a.get("CLASS") == "teonsana" for a in voikko.analyze(word)
    )


def _name_noun(word: str, voikko: Analyses) -> bool:
    nouns = load_lookalikes().name_nouns
    return any(
        a.get("BASEFORM", "") in nouns and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(word.casefold())
    )


def _genitive(word: str, voikko: Analyses) -> bool:
    return any(a.get("SIJAMUOTO") == "omanto" for a in voikko.analyze(word.casefold()))


def drop_named_firms(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> list[tuple[int, int]]:
    """Unmark a lone surname's genitive before a firm's capitalised trade or premises (in
    any case) or a lower-case estate (module docstring). Returns the firms' ranges."""
    if not cased:  # capitals tell nothing in text all in capitals
        return []
    lexicon = load_name_lexicon()
    own = load_lookalikes()
    trades = (*lexicon.firm_trades, *lexicon.business_heads, *own.firm_heads)
    ranges = []
    for i in range(len(words) - 1):
        owner, head = words[i], words[i + 1]
        if not names[i] or not adjacent(text, owner, head):
            continue
        if i > 0 and names[i - 1] and adjacent(text, words[i - 1], owner):
            continue  # a whole name: the person's ("Liisa Laineen Saha")
        if not _lone_surname(owner, voikko):
            continue
        capital = head.text[:1].isupper() and head.text[1:].islower()
        readings = voikko.analyze(head.text.casefold())
        firm = capital and _trade(readings, trades, voikko, head.text)
        estate = head.text.islower() and any(
            a.get("CLASS") == "nimisana" and _part_of(a, own.estate_heads) for a in readings
        )
        if not (firm or estate):
            continue
        names[i] = names[i + 1] = False
        ranges.append((owner.start, head.end))
    return ranges


def _lone_surname(word: Word, voikko: Analyses) -> bool:
    """A capitalised surname's genitive with no given name's reading ("Laineen"; not
    "Ilonan", which may be Ilona's own table)."""
    if not word.text[:1].isupper() or FIRST in word.classes or LAST not in word.classes:
        return False
    return any(
        a.get("CLASS") == LAST and a.get("SIJAMUOTO") == "omanto" for a in voikko.analyze(word.text)
    )


def _trade(
    readings: Sequence[dict[str, str]], trades: Sequence[str], voikko: Analyses, text: str
) -> bool:
    """Every reading a common noun (no given name: "Kukka"), one a trade or premises."""
    capitalised = voikko.analyze(text)
    if any(a.get("CLASS") in NAME_CLASSES for a in capitalised):
        return False
    return (
        bool(readings)
        and all(a.get("CLASS") == "nimisana" for a in readings)
        and any(_part_of(a, trades) for a in readings)
    )


#: The words between an identifier's label and its number: a colon, "nro", "numero", "no".
_LABEL_GAP = re.compile(r"(?:\s*[:#]?\s*(?:(?<!\w)(?:nro|numero|no)\.?)?\s*:?\s*)$", re.IGNORECASE)
#: The digit groups right before a number's span ("246 " before "098 100 457").
_DIGITS_BEFORE = re.compile(r"(?:[\d+()][\d\s()-]*)$")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s:]*$")


def identifier_number(text: str, start: int, voikko: Analyses | None) -> bool:
    """Whether the phone-like number starting at `start` (with the digit groups right before
    it) follows a label of an identifier ("mikrosiru 246 098 100 457", "sarjanumero: 040…")."""
    before = text[:start]
    digits = _DIGITS_BEFORE.search(before)
    if digits is not None:
        before = before[: digits.start()]
    gap = _LABEL_GAP.search(before)
    if gap is not None and gap.group(0).strip():
        before = before[: gap.start()]
    last = _LAST_WORD.search(before)
    if last is None or before[last.end(1) :].strip(" \t:"):
        return False
    labels = load_lookalikes().identifier_labels
    word = last.group(1).casefold()
    readings = voikko.analyze(word) if voikko is not None else []
    return word in labels or any(_part_of(a, labels) for a in readings)
