"""A full name of another language in the genitive before a common noun (docs/privacy.md,
"Round 27"): "sai lopulta Emre Yıldızin joukkue", "Huda Karimin apteekissa". foreign.py
reads a pair where a person stands (a subject, after a verb, before a postposition of
company or opinion); a genitive before any lower-case common noun is a frame of its own
when the surname's form says it is a name: a word Voikko does not know that ends in a
Finnish genitive on a stem of another language, "-in" after a consonant ("Yıldız" + "in",
"Karim" + "in") or "-n" after a vowel. Finnish stems take "-n" after a vowel and never
"-in" after a consonant, so the ending sorts a loan stem from a Finnish one. What sorts a
person from a product is the pair's other evidence: the gazetteer knows the first word as
a given name or the stem as a name, or two parts of the name have a letter Finnish does not
use ("Ayşegül Öztürkün", "Nguyễn Thị Hoan"; a make and its model rarely both: "Citroën
Berlingon takaovi"); and
the order of a whole name: a first word the gazetteer knows only as a surname is a make
before its model ("Škoda Octavian moottori"), not a given name; and the head: any common
noun a person may have ("Emre Yıldızin auto", "Huda Karimin hakemus", "Ayşegül Öztürkün
kuntoutus"), except a part of a motor vehicle or a machine or an episode of a broadcast
series (lexicons/product_parts.toml), which a make and its model or a show's title come
before, whose words the gazetteer may know as names too ("Alfa Romeon moottori", "Kia
Picanton renkaat", "Sesame Streetin jakso"). A person has these seldom enough that the
noun tells a product apart; where a noun could be either, the name is redacted
(review 21 #1).
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from importlib import resources

from muistiinpanot.privacy.context import FIRST, LAST, Word, adjacent
from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.name_shapes import foreign_letters
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.wordparts import part_of

#: Vowels by their base letter (any accent: "ễ", "á"; "ı" has none), after which the
#: genitive is "-n"; after a consonant a loan stem takes "-in".
_VOWELS = frozenset("aeiouyäöåæøœı")


def _vowel(letter: str) -> bool:
    base = unicodedata.normalize("NFD", letter.casefold())
    return letter.casefold() in _VOWELS or base[:1] in _VOWELS


def genitive_stem(word: str) -> str:
    """The stem of a loan word's genitive ("Yıldızin" → "Yıldız", "Karimin" → "Karim",
    "Nguyễnin" → "Nguyễn", "Warsamen" → "Warsame"), or "" when it ends in none."""
    if len(word) > 4 and word.endswith("in") and not _vowel(word[-3]):
        return word[:-2]
    if len(word) > 3 and word.endswith("n") and _vowel(word[-2]):
        return word[:-1]
    return ""


def genitive_stems(word: str) -> tuple[str, ...]:
    """Every stem a loan word's genitive may have: genitive_stem's, and where that ends in a
    consonant before "-in", also the stem ending in "i" ("Adeyemin" → "Adeyem" or "Adeyemi",
    "Karimin" → "Karim" or "Karimi"): "-in" after a consonant and "-n" after an "i" write
    the same letters (docs/privacy.md, "Round 40")."""
    stem = genitive_stem(word)
    if stem and word.endswith("in") and len(stem) == len(word) - 2:
        return (stem, word[:-1])
    return (stem,) if stem else ()


def owner_slot(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i, the pair's last, is a loan surname's genitive (module docstring) right
    before a lower-case common noun that is no part of a vehicle or machine and no episode
    ("Yıldızin joukkue", "Karimin hakemus": `owned_head`)."""
    word = words[i]
    if i + 1 >= len(words) or voikko.analyze(word.text):
        return False
    if gazetteer_reading(words[i - 1].text) == {LAST}:
        return False  # a make before a model ("Škoda Octavian moottori"), no given name first
    first, stem = words[i - 1].text, genitive_stem(word.text)
    named = FIRST in gazetteer_reading(first) or any(
        map(gazetteer_reading, genitive_stems(word.text))
    )
    parts = [first, stem, *_part_before(text, words, i - 1)]  # "Nguyễn Thị Hoan"
    if not stem or not (named or sum(map(foreign_letters, parts)) >= 2):
        return False  # a product's letters in one word only ("Citroën Berlingon takaovi")
    head = words[i + 1]
    if not adjacent(text, word, head) or not head.text.isalpha() or not head.text.islower():
        return False
    return owned_head(head.text, voikko)


def owned_head(word: str, voikko: Analyses) -> bool:
    """Whether the word is a common noun a person may have: any noun ("auto", "hakemus",
    "vuokra", "joukkue", "hoitojakso") unless every noun reading is a part of a vehicle or
    a machine ("moottori", "renkaat", "tuulilasi") or an episode of a series ("jakso"),
    what a make or a show's title comes before (lexicons/product_parts.toml)."""
    nouns = [a for a in voikko.analyze(word) if a.get("CLASS") == "nimisana"]
    return any(not _product_part(a) for a in nouns)


def _product_part(analysis: Mapping[str, str]) -> bool:
    parts, episodes = _load_product_parts()
    return analysis.get("BASEFORM", "").casefold() in episodes or part_of(analysis, parts)


@functools.cache
def _load_product_parts() -> tuple[frozenset[str], frozenset[str]]:
    """lexicons/product_parts.toml: a vehicle's or a machine's parts, a series' episodes."""
    path = resources.files("muistiinpanot.lexicons").joinpath("product_parts.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    return frozenset(data["thing_parts"]), frozenset(data["episodes"])


def _part_before(text: str, words: Sequence[Word], k: int) -> list[str]:
    """The capitalised word right before word k, a three-part name's first ("Nguyễn" of
    "Nguyễn Thị Hoan"), as a list of none or one."""
    if k == 0 or not adjacent(text, words[k - 1], words[k]):
        return []
    before = words[k - 1].text
    return [before] if before[:1].isupper() and before[1:].islower() else []
