"""Names that name things, not persons, read from the sentence around them.

- Places: capitalised words coordinated with each other, every one a place to Voikko and one
  of them a place only ("Ruka ja Levi": Levi is a given name too).
- Companies, firms and namesakes: a surname as a business's subject ("Paulig valmistaa"),
  names joined by "&" ("Lassila & Tikanoja"), a name before "mukaan nimetty".
Organisations ("Virtasen säätiö") are in organisations.py, tools named like people ("Miro")
in tools.py, open compounds in compound_names.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    NAME_CLASSES,
    Word,
    adjacent,
    unmark_name_chain,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import conjuncts


def drop_companies(
    text: str, words: Sequence[Word], names: list[bool], business: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """Unmark capitalised surnames that are no given name, as subjects of a business's verb
    (`business(i)`: "Paulig ja Hartwall sponsoroi", "Fazer valmistaa"): companies named
    after their founders. Returns their character ranges."""
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or FIRST in word.classes or "sukunimi" not in word.classes:
            continue
        chained = i > 0 and names[i - 1] and adjacent(text, words[i - 1], word)
        if word.text[:1].isupper() and not chained and business(i):  # not "Pernilla Wikström"
            names[i] = False
            ranges.append((word.start, word.end))
    ranges += _funders(text, words, names, business)
    return ranges


def _funders(
    text: str, words: Sequence[Word], names: list[bool], business: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """Unmark a chain of capitalised names holding a word no dictionary or gazetteer knows,
    not opening with a given name, as the subject of a business's verb: a programme or a
    firm ("Interreg Aurora rahoittaa"; not "Sofia Nasser rahoittaa")."""
    ranges = []
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and names[j + 1] and adjacent(text, words[j], words[j + 1]):
            j += 1
        chain = range(i, j + 1)
        if (
            names[i]
            and j > i
            and FIRST not in words[i].classes  # "Sofia Nasser": a person's name begins so
            and any(words[k].kind == "unknown" for k in chain)
            and all(words[k].text[:1].isupper() for k in chain)
            and business(j)
        ):
            for k in chain:
                names[k] = False
            ranges.append((words[i].start, words[j].end))
        i = j + 1
    return ranges


def drop_firms(text: str, words: Sequence[Word], names: list[bool]) -> list[tuple[int, int]]:
    """Unmark names joined by "&" to a capitalised word: a firm's name ("Lassila & Tikanoja",
    "Ernst & Young"). Returns their character ranges."""
    ranges = []
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if text[first.end : second.start].strip() != "&" or not (names[i] or names[i + 1]):
            continue
        if first.text[:1].isupper() and second.text[:1].isupper():
            names[i] = names[i + 1] = False
            ranges.append((first.start, second.end))
    return ranges


def drop_namesakes(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark a name in the genitive before "mukaan" and a form of "nimetä" or "nimi": what
    a thing is named after ("Minna Canthin mukaan nimetty koulu"). Returns the ranges."""
    ranges = []
    for i in range(len(words) - 2):
        if not names[i] or words[i + 1].text.casefold() != "mukaan":
            continue
        bases = {a.get("BASEFORM", "") for a in voikko.analyze(words[i + 2].text.casefold())}
        wordbases = "".join(a.get("WORDBASES", "") for a in voikko.analyze(words[i + 2].text))
        if not (bases & _NAMING or any(f"({verb})" in wordbases for verb in _NAMING)):
            continue
        ranges.append(unmark_name_chain(text, words, names, i))
    return ranges


#: Base forms of naming: a thing "named after" someone.
_NAMING = frozenset({"nimetä", "nimi", "nimittää"})


def drop_places(
    text: str, words: Sequence[Word], names: list[bool], acting: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """Unmark names coordinated only with places, when every word of the coordination is a
    capitalised place to Voikko and none is also a person's name to Voikko or the gazetteer
    ("Ylläs ja Pallas"; not "Salla ja Levi", where either may be a person), unless
    `acting(k)` for one of them (a verb people do after it, a context word before it, a
    postposition of opinion after it). Returns the ranges."""
    ranges = []
    for i, word in enumerate(words):
        if not names[i]:
            continue
        group = {i, *conjuncts(text, words, i)}
        for j in list(group):
            group |= set(conjuncts(text, words, j))
        members = [words[k] for k in sorted(group)]
        if len(members) < 2 or not all(_place(w) for w in members):
            continue
        if any(w.classes & (NAME_CLASSES | {GAZETTEER}) for w in members):
            continue  # a person's name among them ("Salla ja Kaarina", "Salla ja Levi")
        if any(acting(k) for k in group):
            continue
        names[i] = False
        ranges.append((word.start, word.end))
    return ranges


def _place(word: Word) -> bool:
    return "paikannimi" in word.classes and word.text[:1].isupper() and word.text[1:].islower()
