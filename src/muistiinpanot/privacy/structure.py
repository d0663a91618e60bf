"""What the words around a name say about it, read from the sentence's structure.

- Coordination: a word joined by "ja", "sekä", "tai" or a comma to a name, in the same case and
  with a name's shape (a name reading, or a capital that is not a sentence's first letter nor
  an abbreviation), is a name too ("Aisha ja Yusuf", "Kivi ja Saari", "X, Y ja Z"); so is a
  capitalised place beside a given name or a word read only as a surname ("Ainon ja Sallan",
  "Räsänen ja Lappi"), and a capitalised -lainen word beside a word read only as a surname
  ("Savolaisen ja Virtasen": the most common shape of a Finnish surname).
- Apposition: a name-shaped word followed by a person noun in brackets or between commas is a
  person ("Valo (harjoittelija)", "Lumi, meidän kesätyöntekijä,").

Names that name things are unmarked in things.py, organisations.py and tools.py.

Person nouns are Voikko's agent derivations (-ja/-jä: "harjoittelija", "opettaja") and the
lexicon's titles and person words (lexicons/privacy.toml): general Finnish, not sample words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from muistiinpanot.privacy.context import (
    CLAUSE_END,
    FIRST,
    LAST,
    NAME_CLASSES,
    Word,
    load_name_lexicon,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.nicknames import nickname_cases
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import PrivacySettings

COORDINATORS = frozenset({"ja", "sekä", "tai"})
_AGENT = re.compile(r"\+j[aä]\(\+j[aä]\)$")
#: How many words a bracketed or comma apposition may have before its person noun.
_APPOSITION_WORDS = 3


def case_of(word: str, voikko: Analyses) -> frozenset[str]:
    """Voikko's cases of the word (empty when it does not know the word); a given name read
    in the instructive is also a genitive ("Oonin": Voikko's instructive plural of "Oona",
    the genitive of "Ooni" it does not list; names have no instructive)."""
    analyses = voikko.analyze(word) or voikko.analyze(word.capitalize())
    cases = {a.get("SIJAMUOTO", "") for a in analyses if a.get("SIJAMUOTO")}
    if any(a.get("CLASS") == FIRST and a.get("SIJAMUOTO") == _INSTRUCTIVE for a in analyses):
        cases.add(_GENITIVE)
    return frozenset(cases)


_INSTRUCTIVE, _GENITIVE = "keinonto", "omanto"


def name_shaped(text: str, word: Word, *, cased: bool) -> bool:
    """A name reading, or in normally cased text a capital that is neither a sentence's first
    letter of a lone word nor an abbreviation, and no place of Voikko's."""
    if word.kind == "strong" or word.classes & (NAME_CLASSES | {GAZETTEER}):
        return True
    if "paikannimi" in word.classes or not cased or not word.text[:1].isupper():
        return False
    if word.text.isupper() or not word.text[1:].islower():
        return False
    return word.kind == "unknown" and len(word.text) > 2 or word.classes <= {"nimisana"}


def tokens_between(text: str, first: Word, second: Word) -> list[str]:
    """What stands between two words: words, commas and slashes, case-folded."""
    between = text[first.end : second.start].replace(",", " , ").replace("/", " / ")
    return between.casefold().split()


def conjuncts(text: str, words: Sequence[Word], i: int) -> list[int]:
    """Words joined to word i by a coordinating conjunction or a comma."""
    joined = []
    for j in (i - 2, i - 1, i + 1, i + 2):
        if not 0 <= j < len(words):
            continue
        first, second = sorted((i, j))
        tokens = tokens_between(text, words[first], words[second])
        if tokens == [","] or (
            len(tokens) in (1, 2) and tokens[-1] in COORDINATORS and tokens[:-1] in ([], [","])
        ):
            joined.append(j)
    return joined


def spread_coordination(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    cased: bool,
    settings: PrivacySettings,
) -> None:
    """Make names of the name-shaped words coordinated with a name in the same case
    ("Jukka ja Minna"; `settings`: the run's [privacy], for a nickname's case)."""
    changed = True
    while changed:
        changed = False
        for i, word in enumerate(words):
            if names[i]:
                continue
            shaped = name_shaped(text, word, cased=cased)
            place, lainen = _capitalised_place(word), _lainen(word, voikko)
            if not (shaped or place or lainen):
                continue
            cases = case_of(word.text, voikko) or nickname_cases(word.text, word.classes, settings)
            for j in conjuncts(text, words, i):
                other = case_of(words[j].text, voikko)
                person = words[j].kind == "strong" and "paikannimi" not in words[j].classes
                if not shaped and not (
                    (place and (FIRST in words[j].classes or person))
                    or (lainen and person and LAST in words[j].classes)
                ):
                    continue  # a place beside a given name or a surname ("Ainon ja Sallan")
                if names[j] and (not cases or not other or cases & other):
                    names[i] = changed = True
                    break


def _lainen(word: Word, voikko: Analyses) -> bool:
    """A capitalised word in the singular that Voikko reads only as an adjective or a noun of
    -lainen ("Karjalaisen", "Ruotsalainen"): beside a surname, the surname of that shape."""
    if not (word.text[:1].isupper() and word.text[1:].islower()):
        return False
    analyses = voikko.analyze(word.text.casefold())
    return bool(analyses) and all(
        a.get("BASEFORM", "").endswith(("lainen", "läinen")) and a.get("NUMBER") == "singular"
        for a in analyses
    )


def _capitalised_place(word: Word) -> bool:
    """A capitalised word Voikko knows only as a place ("Sallan", also a given name)."""
    return word.classes == {"paikannimi"} and word.text[:1].isupper() and word.text[1:].islower()


def agent_noun(analysis: Mapping[str, str]) -> bool:
    """Whether one Voikko reading is an agent noun made from a verb (-ja/-jä: "onkija" of
    "onkia", "laulaja"; not "kataja", whose -ja is its own)."""
    return bool(_AGENT.search(analysis.get("WORDBASES", "")))


def person_noun(word: str, voikko: Analyses) -> bool:
    """A noun for a person: an agent derivation (-ja/-jä), a title or a person word."""
    lexicon = load_name_lexicon()
    for analysis in voikko.analyze(word.casefold()):
        if analysis.get("CLASS") != "nimisana":
            continue
        base = analysis.get("BASEFORM", "").casefold()
        if agent_noun(analysis) or base in lexicon.person_words:
            return True
        if base in lexicon.before_name or base.endswith(lexicon.title_suffixes):
            return True
    return False


def mark_appositions(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> None:
    """Name-shaped words followed by a person noun in brackets or between commas: a common
    noun only when its capital is not a sentence's first letter (see _proper_use)."""
    for i, word in enumerate(words[:-1]):
        if names[i] or not word.text[:1].isupper() or not name_shaped(text, word, cased=cased):
            continue
        if word.kind == "other" and not _proper_use(text, words, i):
            continue
        opening = text[word.end :].lstrip()[:1]
        if opening not in ("(", ","):
            continue
        closing = ")" if opening == "(" else ","
        inside = words[i + 1 : i + 1 + _APPOSITION_WORDS]
        closed = [w for w in inside if closing in text[word.end : w.start].lstrip()[1:]]
        end = closed[0].start if closed else len(text)
        if not closed and (closing == ")" or text[inside[-1].end :].strip(" .!")):
            continue  # "joka päivä, lapset tykkää": no apposition closes before the clause goes on
        if any(person_noun(w.text, voikko) for w in inside if w.end <= end):
            names[i] = True


def _proper_use(text: str, words: Sequence[Word], i: int) -> bool:
    """A capital that is not a clause's first letter, or a capitalised word coordinated with
    another capitalised one ("Lumi ja Valo")."""
    before = text[: words[i].start].rstrip(" \t\"'“”«»([-–—*•")
    if before and before[-1] not in CLAUSE_END:
        return True
    return any(words[j].text[:1].isupper() for j in conjuncts(text, words, i))


def split_at_conjunctions(
    text: str, words: Sequence[Word], ner_spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """NER spans cut at the conjunctions inside them ("Matti ja Teppo": two names, "ja" none)."""
    pieces = []
    for start, end in ner_spans:
        for word in words:
            if start < word.start and word.end < end and word.text.casefold() in COORDINATORS:
                pieces.append((start, word.start))
                start = word.end
        pieces.append((start, end))
    result = []
    for start, end in pieces:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            first = start + len(piece) - len(piece.lstrip())
            result.append((first, first + len(stripped)))
    return result
