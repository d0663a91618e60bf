"""Person names with Voikko's name classes, spaCy's NER and context, in any casing.

Each word is classed by its Voikko analyses: `strong` when every analysis is a first name or
surname ("Pekka", "virtaselta"), `weak` when it is also an ordinary word ("toivo", "Mäki",
"Anna"), `unknown` when Voikko does not know it, `other` otherwise. A strong word is a name in
any casing; a weak one needs evidence: a capital inside a sentence of normally-cased text, a
name next to it ("toivo virtanen", a first name before a surname), or a context word before it
("kysy onnilta", "puheenjohtaja Niemi"). An unknown word is a name only beside another name or
after a context word, and only with a capital. An NER PERSON span counts only when one of its
words is a name-like word (this keeps "KPI:t" and "Hiilineutraalius" out).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan

WordClass = Literal["strong", "weak", "unknown", "other"]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FIRST, _LAST = "etunimi", "sukunimi"
_NAME_CLASSES = frozenset({_FIRST, _LAST})
_SENTENCE_END = ".!?:;\n"
_OPENERS = " \t\"'“”«»([-–—*•"
#: How many words before a name a context word may stand ("kysy vaikka toivolta").
_CONTEXT_WINDOW = 2


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """Context words for names (lexicons/privacy.toml)."""

    before_name: frozenset[str]
    title_suffixes: tuple[str, ...]
    ambiguous_names: frozenset[str]


@functools.cache
def load_name_lexicon() -> NameLexicon:
    text = resources.files("muistiinpanot.lexicons").joinpath("privacy.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return NameLexicon(
        before_name=frozenset(data["before_name"]),
        title_suffixes=tuple(data["title_suffixes"]),
        ambiguous_names=frozenset(data["ambiguous_names"]),
    )


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    kind: WordClass
    classes: frozenset[str]


def classify_word(word: str, voikko: Analyses) -> tuple[WordClass, frozenset[str]]:
    """The word's class (see the module docstring) and its Voikko classes."""
    analyses = voikko.analyze(word)
    if not analyses and not word.islower():
        analyses = voikko.analyze(word.capitalize())
    if not analyses and "-" in word:
        parts = [classify_word(part, voikko) for part in word.split("-")]
        if any(kind == "strong" for kind, _ in parts):
            return "strong", _NAME_CLASSES
        return ("unknown" if all(k == "unknown" for k, _ in parts) else "other"), frozenset()
    classes = frozenset(a.get("CLASS", "") for a in analyses)
    if not analyses:
        return "unknown", classes
    names = classes & _NAME_CLASSES
    if not names and "paikannimi" in classes and _surname_like(analyses):
        return "weak", classes | {_LAST}
    if not names:
        return "other", classes
    if classes <= _NAME_CLASSES | {"nimi"}:
        if word.islower() and word in load_name_lexicon().ambiguous_names:
            return "weak", classes
        return "strong", classes
    return "weak", classes


def find_name_spans(
    text: str, voikko: Analyses, ner_spans: Sequence[tuple[int, int]] = ()
) -> list[PersonalSpan]:
    """Name spans in `text` (one per word; merge them with spans.merge_spans)."""
    words = [
        _Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko))
        for m in _WORD.finditer(text)
    ]
    cased = _normally_cased(words)
    names = [False] * len(words)
    for i, word in enumerate(words):
        weak_capital = word.kind == "weak" and cased and _capital_inside_sentence(text, word)
        if word.kind == "strong" or weak_capital:
            names[i] = True
        elif word.kind in ("weak", "unknown") and _after_context_word(words, i, voikko):
            names[i] = word.kind == "weak" or not word.text.islower()
    changed = True
    while changed:  # a name makes its name-like neighbours names ("toivo virtanen")
        changed = False
        for i, word in enumerate(words):
            if names[i] or word.kind == "other":
                continue
            if any(_pair(words, names, i, j, text) for j in (i - 1, i + 1)):
                names[i] = changed = True
    for i in range(len(words) - 1):  # a first name and a surname side by side ("matti mäki")
        first, last = words[i], words[i + 1]
        if _FIRST in first.classes and _LAST in last.classes and _adjacent(text, first, last):
            names[i] = names[i + 1] = True
    spans = [PersonalSpan(w.start, w.end, "nimi") for w, n in zip(words, names, strict=True) if n]
    spans += _ner_names(text, words, ner_spans)
    return spans


def _pair(words: Sequence[_Word], names: Sequence[bool], i: int, j: int, text: str) -> bool:
    """Whether word i is part of a name because its neighbour j is a name."""
    if not 0 <= j < len(words) or not names[j]:
        return False
    first, second = (words[j], words[i]) if j < i else (words[i], words[j])
    if not _adjacent(text, first, second):
        return False
    word = words[i]
    return word.kind == "weak" or (
        word.kind == "unknown" and len(word.text) > 2 and not word.text.islower()
    )


def _adjacent(text: str, first: _Word, second: _Word) -> bool:
    between = text[first.end : second.start]
    return bool(between) and not between.strip()


def _ner_names(
    text: str, words: Sequence[_Word], ner_spans: Sequence[tuple[int, int]]
) -> list[PersonalSpan]:
    """NER PERSON spans with a name-like word: a strong name, an unknown word with a capital
    and a lower-case letter (not an abbreviation), a weak name not opening a sentence, two weak
    names ("Toivo Mäki"), or a weak name among capitalised words ("Matti Meikäläinen")."""
    spans = []
    for start, end in ner_spans:
        inside = [w for w in words if w.start >= start and w.end <= end]
        weak = [w for w in inside if w.kind == "weak"]
        if (
            any(w.kind == "strong" for w in inside)
            or any(_capitalised_unknown(w) for w in inside)
            or any(_capital_inside_sentence(text, w) for w in weak)
            or len(weak) > 1
            or (weak and len(inside) > 1 and all(w.text[0].isupper() for w in inside))
        ):
            spans.append(PersonalSpan(start, end, "nimi"))
    return spans


def _capitalised_unknown(word: _Word) -> bool:
    return word.kind == "unknown" and word.text[0].isupper() and not word.text.isupper()


def _normally_cased(words: Sequence[_Word]) -> bool:
    """Whether capitals carry information: not all capitals, not Every Word Capitalised."""
    letters = [w.text for w in words if len(w.text) > 1]
    if not letters or all(w.isupper() for w in letters):
        return False
    return not (len(letters) > 2 and all(w[0].isupper() for w in letters))


def _capital_inside_sentence(text: str, word: _Word) -> bool:
    if not word.text[0].isupper() or word.text.isupper():
        return False
    index = word.start
    while index > 0 and text[index - 1] in _OPENERS:
        index -= 1
    return index > 0 and text[index - 1] not in _SENTENCE_END


def _after_context_word(words: Sequence[_Word], i: int, voikko: Analyses) -> bool:
    lexicon = load_name_lexicon()
    for word in words[max(0, i - _CONTEXT_WINDOW) : i]:
        lower = word.text.lower()
        if lower in lexicon.before_name or lower.endswith(lexicon.title_suffixes):
            return True
        bases = {a.get("BASEFORM", "").lower() for a in voikko.analyze(lower)}
        if bases & lexicon.before_name:
            return True
    return False


def _surname_like(analyses: Sequence[dict[str, str]]) -> bool:
    """A place name ending in -nen ("Nieminen"): in Finnish that ending is a surname's."""
    return any(
        a.get("CLASS") == "paikannimi" and a.get("BASEFORM", "").endswith("nen") for a in analyses
    )
