"""What the words around a name say about it, read from the sentence's structure.

- Coordination: a word joined by "ja", "sekä", "tai" or a comma to a name, in the same case and
  with a name's shape (a name reading, or a capital that is not a sentence's first letter nor
  an abbreviation), is a name too ("Aisha ja Yusuf", "Kivi ja Saari", "X, Y ja Z").
- Apposition: a name-shaped word followed by a person noun in brackets or between commas is a
  person ("Valo (harjoittelija)", "Lumi, meidän kesätyöntekijä,").
- Organisations: names before an organisation's head noun ("Niilo Mäki Instituutti", "Virtasen
  säätiö", "Jenny ja Antti Wihurin rahasto") name the organisation, not a person.
- Tools: a lone given name that the text uses as a thing ("Miro-taulu ... Miroon"), joins by
  coordination or comparison a word unknown to Voikko and to the name gazetteer ("Miro ja
  Howspace", "Padlet toimi paremmin ku Miro"), or follows a demonstrative ("tää miro") is a
  product or a method, unless a verb shows a person acting.

Person nouns are Voikko's agent derivations (-ja/-jä: "harjoittelija", "opettaja") and the
lexicon's titles and person words (lexicons/privacy.toml): general Finnish, not sample words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import FIRST, LAST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.protocols import Analyses

_NAME_CLASSES = frozenset({FIRST, LAST})
_COORDINATORS = frozenset({"ja", "sekä", "tai"})
#: Words that join a product to another product: coordination, alternatives, comparison.
_TOOL_LINKS = frozenset({"ja", "sekä", "tai", "vai", "vs", "/", ",", "kuin", "ku", "ko"})
_COMPARISON = frozenset({"kuin", "ku", "ko"})
#: Cases of being in or going into something: a tool's, rarely a person's ("miroon").
_INNER_CASES = frozenset({"sisaolento", "sisatulento"})
_AGENT = re.compile(r"\+j[aä]\(\+j[aä]\)$")
_CLAUSE_END = ".!?;:\n"
#: How many words a bracketed or comma apposition may have before its person noun.
_APPOSITION_WORDS = 3

PersonEvidence = Callable[[int], bool]


def case_of(word: str, voikko: Analyses) -> frozenset[str]:
    """Voikko's cases of the word (empty when it does not know the word)."""
    analyses = voikko.analyze(word) or voikko.analyze(word.capitalize())
    return frozenset(a.get("SIJAMUOTO", "") for a in analyses if a.get("SIJAMUOTO"))


def name_shaped(text: str, word: Word, *, cased: bool) -> bool:
    """A name reading, or in normally cased text a capital that is neither a sentence's first
    letter of a lone word nor an abbreviation, and no place of Voikko's."""
    if word.kind == "strong" or word.classes & (_NAME_CLASSES | {GAZETTEER}):
        return True
    if "paikannimi" in word.classes or not cased or not word.text[:1].isupper():
        return False
    if word.text.isupper() or not word.text[1:].islower():
        return False
    return word.kind == "unknown" and len(word.text) > 2 or word.classes <= {"nimisana"}


def _tokens_between(text: str, first: Word, second: Word) -> list[str]:
    """What stands between two words: words, commas and slashes, case-folded."""
    between = text[first.end : second.start].replace(",", " , ").replace("/", " / ")
    return between.casefold().split()


def _conjuncts(text: str, words: Sequence[Word], i: int) -> list[int]:
    """Words joined to word i by a coordinating conjunction or a comma."""
    joined = []
    for j in (i - 2, i - 1, i + 1, i + 2):
        if not 0 <= j < len(words):
            continue
        first, second = sorted((i, j))
        tokens = _tokens_between(text, words[first], words[second])
        if tokens == [","] or (
            len(tokens) in (1, 2) and tokens[-1] in _COORDINATORS and tokens[:-1] in ([], [","])
        ):
            joined.append(j)
    return joined


def spread_coordination(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> None:
    """Make names of the name-shaped words coordinated with a name in the same case."""
    changed = True
    while changed:
        changed = False
        for i, word in enumerate(words):
            if names[i] or not name_shaped(text, word, cased=cased):
                continue
            cases = case_of(word.text, voikko)
            for j in _conjuncts(text, words, i):
                other = case_of(words[j].text, voikko)
                if names[j] and (not cases or not other or cases & other):
                    names[i] = changed = True
                    break


def person_noun(word: str, voikko: Analyses) -> bool:
    """A noun for a person: an agent derivation (-ja/-jä), a title or a person word."""
    lexicon = load_name_lexicon()
    for analysis in voikko.analyze(word.casefold()):
        if analysis.get("CLASS") != "nimisana":
            continue
        base = analysis.get("BASEFORM", "").casefold()
        if _AGENT.search(analysis.get("WORDBASES", "")) or base in lexicon.person_words:
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
    if before and before[-1] not in _CLAUSE_END:
        return True
    return any(words[j].text[:1].isupper() for j in _conjuncts(text, words, i))


def drop_organisations(
    words: Sequence[Word], names: list[bool], text: str, voikko: Analyses, *, cased: bool
) -> list[tuple[int, int]]:
    """Unmark names that name an organisation: a chain of names right before an organisation's
    head noun, in the genitive ("Virtasen säätiö") or, in normally cased text, in any case
    before a capitalised head ("Niilo Mäki Instituutin"), with a given name coordinated with
    the chain ("Jenny ja Antti Wihurin rahasto"). Returns the organisations' character
    ranges."""
    ranges = []
    for i in range(len(words) - 1):
        if not (names[i] and not names[i + 1] and adjacent(text, words[i], words[i + 1])):
            continue
        head = words[i + 1].text
        genitive = _genitive(words[i].text, voikko) and organisation_head(head, voikko)
        capitalised = cased and head[:1].isupper()
        if not genitive and not (capitalised and organisation_head(head, voikko, exact=True)):
            continue
        j = i
        while j > 0 and names[j - 1] and adjacent(text, words[j - 1], words[j]):
            j -= 1
        if j >= 2 and names[j - 2] and words[j - 1].text.casefold() in _COORDINATORS:
            j -= 2  # "Jenny ja Antti Wihurin rahasto"
        for k in range(j, i + 1):
            names[k] = False
        ranges.append((words[j].start, words[i + 1].end))
    return ranges


def _genitive(word: str, voikko: Analyses) -> bool:
    """In the genitive to Voikko, or unknown to it and ending as a genitive does ("Wihurin")."""
    analyses = voikko.analyze(word)
    if not analyses:
        return word.endswith("n")
    return any(a.get("SIJAMUOTO") == "omanto" for a in analyses)


def organisation_head(word: str, voikko: Analyses, *, exact: bool = False) -> bool:
    """Whether the word is an organisation's head noun or a compound ending in one
    ("Lastensuojeluliitto"); `exact`: one of the heads that follow a name in the nominative
    ("Instituutin"; not "Kivikylästä", a village, nor "Kunta")."""
    lexicon = load_name_lexicon()
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word)} or {word.casefold()}
    if exact:
        return bool(bases & lexicon.nominative_heads)
    return any(base.endswith(lexicon.organisation_heads) for base in bases)


def drop_tools(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: PersonEvidence,
    *,
    cased: bool,
) -> list[tuple[int, int]]:
    """Unmark lone given names used as products or methods (see the module docstring; also a
    lower-case one in normally cased text "in" or "into" something: "kirjoittakaa miroon"),
    unless `acting(i)` (a verb of a person's after it, a context word before it: "yhteyttä
    pekkaan"). Returns their character ranges."""
    things = _compound_heads(words, voikko)
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or FIRST not in word.classes or _in_name_chain(text, words, names, i):
            continue
        bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text)}
        bases.add(word.text.casefold())  # "Lean" is "Lea" in the genitive to Voikko
        thing = bool(bases & things) or _after_demonstrative(text, words, i, voikko)
        inside = word.text.islower() and case_of(word.text, voikko) <= _INNER_CASES
        tool = _linked_to_tool(text, words, i) or (cased and inside)
        if thing or (tool and not acting(i)):
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges


def _compound_heads(words: Sequence[Word], voikko: Analyses) -> set[str]:
    """First parts of hyphen compounds with a common noun that is not a person noun
    ("Miro-taulu", "Lean-menetelmä"; not "Pekka-setä")."""
    heads = set()
    for word in words:
        if "-" not in word.text:
            continue
        first, *_, last = word.text.split("-")
        analyses = voikko.analyze(word.text) or voikko.analyze(last)
        common = any(a.get("CLASS") == "nimisana" for a in analyses)
        if common and first[:1].isupper() and not person_noun(last, voikko):
            heads.add(first.casefold())
    return heads


def _in_name_chain(text: str, words: Sequence[Word], names: Sequence[bool], i: int) -> bool:
    return any(
        0 <= j < len(words) and names[j] and adjacent(text, *sorted((words[i], words[j]), key=_at))
        for j in (i - 1, i + 1)
    )


def _at(word: Word) -> int:
    return word.start


def _after_demonstrative(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """A lower-case name after a demonstrative ("tää miro", "tähän miroon")."""
    if i == 0 or not words[i].text.islower() or not adjacent(text, words[i - 1], words[i]):
        return False
    previous = words[i - 1].text.casefold()
    demonstratives = load_name_lexicon().demonstratives
    bases = {a.get("BASEFORM", "") for a in voikko.analyze(previous)}
    return previous in demonstratives or bool(bases & demonstratives)


def _linked_to_tool(text: str, words: Sequence[Word], i: int) -> bool:
    """Joined to a tool-like word by coordination, "/" or a comparison: a capitalised word
    unknown to Voikko and to the gazetteer ("Howspace", "Padlet"), or a capitalised common
    noun right after one ("Service Design")."""
    for j in range(max(0, i - 2), min(len(words), i + 3)):
        if j == i:
            continue
        first, second = sorted((i, j))
        links = _tokens_between(text, words[first], words[second])
        if links and set(links) <= _TOOL_LINKS and _tool_like(words, j):
            return True
    previous = words[i - 1].text.casefold() if i > 0 else ""
    if previous in _COMPARISON:  # "Padlet toimi paremmin ku Miro"
        start = max(
            (k for k, c in enumerate(text[: words[i].start]) if c in _CLAUSE_END), default=0
        )
        return any(_tool_like(words, j) for j in range(i) if words[j].start >= start)
    return False


def _tool_like(words: Sequence[Word], j: int) -> bool:
    word = words[j]
    if not word.text[:1].isupper() or word.text.isupper():
        return False
    if word.kind == "unknown" and GAZETTEER not in word.classes:
        return True
    return word.classes <= {"nimisana"} and j > 0 and _tool_like(words, j - 1)
