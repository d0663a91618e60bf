"""The shape of a word that may be a name, read by names.py: whether the text's capitals
carry information (`normally_cased`, `capitals_inflected`, `capital_tells`), whether only
the gazetteer knows the word (`foreign`), a capitalised noun whose vector is a name's
(`name_like_noun`), a word in quotation marks (`quoted`, `unquoted`), a given name and a
surname that pair (`pairable`), a word a verb of saying may make a name (`personal`), an
abbreviation (`abbreviation`), a name's following initial (`with_initial`), and a capital
with lower-case letters after it (`capitalised`; in each part of a hyphenated word:
`capitalised_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, LAST, NAME_CLASSES, Word
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses

_INITIAL = re.compile(r"\s+[^\W\d_]\.(?=\s|$)")


def with_initial(text: str, end: int) -> int:
    """The end of a name extended over a following initial ("sanna k.")."""
    match = _INITIAL.match(text, end)
    return match.end() if match else end


def normally_cased(words: Sequence[Word]) -> bool:
    """Whether capitals carry information: not all capitals, not Every Word Capitalised."""
    letters = [w.text for w in words if len(w.text) > 1]
    if not letters or all(w.isupper() for w in letters):
        return False
    return not (len(letters) > 2 and all(w[0].isupper() for w in letters))


def foreign(word: Word) -> bool:
    """Whether only the gazetteer knows the word, and Voikko not at all ("Fatima", "omar")."""
    return GAZETTEER in word.classes and word.classes <= {FIRST, LAST, GAZETTEER}


def capitals_inflected(text: str, word: Word) -> bool:
    """A name typed in capitals inside normal text and inflected after a colon, as an
    abbreviation is ("TUOMINEN:lta"): an abbreviation has no name's reading ("KELA:lta")."""
    after = text[word.end : word.end + 2]
    if not word.text.isupper() or len(word.text) < 4 or after[:1] != ":":
        return False
    return after[1:].isalpha() and bool(word.classes & NAME_CLASSES)


def name_like_noun(word: Word, voikko: Analyses, nouns: NounSense | None) -> bool:
    """A capitalised word Voikko reads only as a common noun in the nominative whose vector
    is nearer Finnish names than common words and that is no word of nature ("Sointu", a
    given name nothing lists; not "Raportti", "Veteraanin", nor an animal, "Kettu")."""
    if nouns is None or word.classes != {"nimisana"} or not word.text[:1].isupper():
        return False
    if any(a.get("SIJAMUOTO") != "nimento" for a in voikko.analyze(word.text)):
        return False
    return word.text[1:].islower() and nouns.name_like(word.text) and not nouns.natural(word.text)


#: Quotation marks around a word: a nickname given ('"Kake" ajaa').
_QUOTES = "\"'“”«»„"


def quoted(text: str, word: Word) -> bool:
    """Whether the word alone stands in quotation marks ('"Kake" ajaa')."""
    before = text[word.start - 1 : word.start] if word.start else ""
    after = text[word.end : word.end + 1]
    return bool(before) and before in _QUOTES and bool(after) and after in _QUOTES


def unquoted(text: str, word: Word) -> str:
    """`text` with the word's quotation marks as spaces (same length), so that the verb
    after it is read as its predicate."""
    return f"{text[: word.start - 1]} {word.text} {text[word.end + 1 :]}"


def abbreviation(word: Word) -> Word:
    """The word as no name: capitals inside normal text are an abbreviation ("ELYn")."""
    return Word(word.start, word.end, word.text, "other", frozenset())


def pairable(first: Word, last: Word) -> bool:
    """Whether a given name and a surname side by side make a name: not a lower-case word only
    the gazetteer knows beside an ordinary word ("per asukas"), which is no evidence."""
    if not any(foreign(w) and w.text.islower() for w in (first, last)):
        return True
    return all(w.kind == "strong" or foreign(w) for w in (first, last))


def personal(word: Word) -> bool:
    """Whether a verb of saying after the word may make it a name: a capital or a given name
    ("satu lupasi"), not a lower-case noun that is also a rare surname ("asukas kertoi")."""
    return word.text[:1].isupper() or FIRST in word.classes


def capital_tells(word: Word) -> bool:
    """Whether a capital inside a sentence is enough to make the word a name: not for a place
    ("Salossa"), nor for a word only the gazetteer knows as a name (products and
    organisations: "Siri", "Savonia"); for those it is one point (evidence.py)."""
    return not word.classes & {"paikannimi", GAZETTEER}


_FINNISH_LETTERS = frozenset("åäöÅÄÖ")


def foreign_letters(word: str) -> bool:
    """Whether the word has a letter Finnish does not use ("Sunná", "Ŋilá", "Yıldız"; not
    "Åbo")."""
    return any(c.isalpha() and not c.isascii() and c not in _FINNISH_LETTERS for c in word)


def capitalised(word: str) -> bool:
    """A capital and lower-case letters after it ("Kallio"; not "Marja-Leena", "THL")."""
    return word[:1].isupper() and word[1:].islower()


def capitalised_parts(word: str) -> bool:
    """A capital and lower-case letters after it, each part of a hyphenated word so
    ("Marja-Leena"; not "Peppi-järjestelmä", "THL"); a word without a hyphen is read
    without splitting it (speed26)."""
    if "-" not in word:
        return capitalised(word)
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))
