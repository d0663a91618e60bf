"""Lone given names used as products or methods: a given name that the text uses as a thing
("Miro-taulu ... Miroon"), joins by coordination or comparison a word unknown to Voikko and to
the name gazetteer ("Miro ja Howspace", "Padlet toimi paremmin ku Miro"), follows a
demonstrative ("tää miro") or, in lower case in normally cased text, is "in" something
("kirjoitin sen mirossa") is a product or a method, unless a verb shows a person acting or a
context word stands before it. So is a capitalised one used as the place where an information
system shows things, if it is the name of one (lexicons/tools.toml `system_names`: "Wilma",
"Daisy"; any other given name there is a person: "Jussissa näkyy väsymys"): in the inessive
before a thing's verb ("Wilmassa ei näy"; not "olla"), the negated past's participle too
("Wilmassa ei näkynyt"), where the sentence shows no person ("hän", a person's state seen:
"Wilmassa ei näkynyt väsymystä, vaikka hän valvoi" is the person, review 24 #3), or in the
genitive before a system's head noun in a case of being in, into or out of it ("Daisyn
sovelluksessa", `system_heads`). The elative ("Wilmasta ei löytynyt") stays a person: read as
the system it published "Wilmasta ei löytynyt rohkeutta puhua" (review 25 #1)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from muistiinpanot.lexicons import load_tools_lexicon
from muistiinpanot.privacy.context import CLAUSE_END, FIRST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.nicknames import NICKNAME
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import past_participle_verb, verb_form
from muistiinpanot.privacy.structure import case_of, person_noun, tokens_between

#: Words that join a product to another product: coordination, alternatives, comparison.
_TOOL_LINKS = frozenset({"ja", "sekä", "tai", "vai", "vs", "/", ",", "kuin", "ku", "ko"})
_COMPARISON = frozenset({"kuin", "ku", "ko"})
#: The case of being in something: a tool's, hardly ever a person's ("mirossa"; the illative
#: is a person's too: "luotan juhaniin").
_INNER_CASES = frozenset({"sisaolento"})
#: The cases of being in, into or out of a system ("sovelluksessa", "järjestelmään").
_INSIDE_CASES = frozenset({"sisaolento", "sisatulento", "sisaeronto"})

PersonEvidence = Callable[[int], bool]


def drop_tools(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: PersonEvidence,
    *,
    cased: bool,
    window: int,
    agreeing: bool = False,
) -> list[tuple[int, int]]:
    """Unmark lone given names used as products or methods (see the module docstring; also a
    lower-case one in normally cased text "in" something: "kirjoitin sen mirossa"),
    unless `acting(i)` (a verb of a person's after it, a context word before it: "yhteyttä
    pekkaan"). A system's verb may stand `window` words after its name
    (PrivacySettings.system_verb_window); `agreeing`: a demonstrative is the name's only in a
    case it agrees with ("annetaan tää jonnalle" is no product; PrivacySettings
    .lone_given_names). Returns their character ranges."""
    things = _compound_heads(words, voikko)
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or FIRST not in word.classes or _in_name_chain(text, words, names, i):
            continue
        bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text)}
        bases.add(word.text.casefold())  # "Lean" is "Lea" in the genitive to Voikko
        thing = bool(bases & things) or _after_demonstrative(
            text, words, i, voikko, agreeing=agreeing
        )
        cases = case_of(word.text, voikko)
        inside = word.text.islower() and bool(cases) and cases <= _INNER_CASES
        system = cased and word.text[:1].isupper() and _in_system(text, words, i, voikko, window)
        tool = _linked_to_tool(text, words, i) or (cased and inside) or system
        if thing or (tool and not acting(i)):
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges


def _in_system(text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int) -> bool:
    """A name as the place an information system is (the module docstring): in the inessive
    before a thing's verb other than "olla" (or its past participle) within `window` words,
    or in the genitive before a system's head noun in a case of being in, into or out of
    it."""
    cases = case_of(words[i].text, voikko)
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(words[i].text)}
    if not cases or not bases & _system_names():
        return False
    if cases <= _INNER_CASES:
        verbs = load_name_lexicon().thing_verbs - {"olla"}
        for k in range(i + 1, min(len(words), i + 1 + window)):
            if not adjacent(text, words[k - 1], words[k]):
                return False
            if verb_form(words[k].text, voikko, verbs, participle=past_participle_verb):
                return not _person_signs(text, words, i, voikko, window)  # "ei näkynyt" too
        return False
    if "omanto" not in cases or i + 1 >= len(words) or not adjacent(text, *words[i : i + 2]):
        return False
    return any(
        a.get("BASEFORM", "").casefold().endswith(_system_heads())
        and a.get("SIJAMUOTO") in _INSIDE_CASES
        for a in voikko.analyze(words[i + 1].text.casefold())
    )


def _person_signs(text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int) -> bool:
    """Whether the sentence of word i shows a person: a form of "hän" ("…, vaikka hän
    valvoi"), or a person's state or feeling (tools.toml `person_states`) up to `window`
    words after the name ("Wilmassa ei näkynyt väsymystä"): then the name is the person
    (review 24, finding 3)."""
    states = load_tools_lexicon().person_states
    start = max((text.rfind(mark, 0, words[i].start) for mark in ".!?\n"), default=-1)
    ends = [e for e in (text.find(mark, words[i].end) for mark in ".!?\n") if e >= 0]
    end = min(ends, default=len(text))
    for k, word in enumerate(words):
        if not start < word.start < end or k == i:
            continue
        for a in voikko.analyze(word.text.casefold()):
            if a.get("CLASS") == "asemosana" and a.get("BASEFORM") == "hän":
                return True
            if i < k <= i + window and a.get("BASEFORM", "").casefold() in states:
                return True
    return False


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


def _after_demonstrative(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, *, agreeing: bool
) -> bool:
    """A lower-case name after a demonstrative ("tää miro", "tähän miroon"); `agreeing`: in a
    case the demonstrative agrees with (its pronoun's readings, or for a listed form Voikko
    reads as no pronoun, "tää", "toi", the cases of the list's forms: the nominative, the
    genitive, the partitive), so not the one given to ("annetaan tää jonnalle")."""
    if i == 0 or not words[i].text.islower() or not adjacent(text, words[i - 1], words[i]):
        return False
    previous = words[i - 1].text.casefold()
    demonstratives = load_name_lexicon().demonstratives
    readings = voikko.analyze(previous)
    bases = {a.get("BASEFORM", "") for a in readings}
    if not (previous in demonstratives or bases & demonstratives):
        return False
    if not agreeing:
        return True
    pronoun = {a.get("SIJAMUOTO", "") for a in readings if a.get("BASEFORM") in demonstratives}
    cases = case_of(words[i].text, voikko)  # none known: any
    return not cases or bool(cases & (pronoun or _LISTED_CASES))


#: The cases of the lexicon's `demonstratives` (nominative, genitive and partitive forms).
_LISTED_CASES = frozenset({"nimento", "omanto", "osanto"})


def _linked_to_tool(text: str, words: Sequence[Word], i: int) -> bool:
    """Joined to a tool-like word by coordination, "/" or a comparison: a capitalised word
    unknown to Voikko and to the gazetteer ("Howspace", "Padlet"), or a capitalised common
    noun right after one ("Service Design")."""
    for j in range(max(0, i - 2), min(len(words), i + 3)):
        if j == i:
            continue
        first, second = sorted((i, j))
        links = tokens_between(text, words[first], words[second])
        if links and set(links) <= _TOOL_LINKS and _tool_like(words, j):
            return True
    previous = words[i - 1].text.casefold() if i > 0 else ""
    if previous in _COMPARISON:  # "Padlet toimi paremmin ku Miro"
        start = max((k for k, c in enumerate(text[: words[i].start]) if c in CLAUSE_END), default=0)
        return any(_tool_like(words, j) for j in range(i) if words[j].start >= start)
    return False


def _tool_like(words: Sequence[Word], j: int) -> bool:
    word = words[j]
    if not word.text[:1].isupper() or word.text.isupper():
        return False
    if word.kind == "unknown" and not word.classes & {GAZETTEER, NICKNAME}:  # not "Jartsa"
        return True
    return word.classes <= {"nimisana"} and j > 0 and _tool_like(words, j - 1)


def _system_heads() -> tuple[str, ...]:
    """Head nouns of an information system (lexicons/tools.toml `system_heads`), matched as
    the ending of a base form ("tietojärjestelmä")."""
    return load_tools_lexicon().system_heads


def _system_names() -> frozenset[str]:
    """Information systems named like people (lexicons/tools.toml `system_names`)."""
    return load_tools_lexicon().system_names


@functools.cache
def _listed_tools() -> frozenset[str]:
    """The tools, services and bodies' short names of lexicons/tools.toml ("teams", "zoom",
    "kela"), lower case: the list the summary's tidying keeps too."""
    return frozenset(w.casefold() for w in load_tools_lexicon().words)


def listed_tool(word: str, voikko: Analyses) -> bool:
    """Whether the word, or its base form, is one of lexicons/tools.toml or of the privacy
    lexicon's thing's head nouns ("Zoom", "Teams", "Botti")."""
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word)}
    bases.add(word.casefold())
    things = set(load_name_lexicon().thing_name_heads)
    return bool(bases & (_listed_tools() | things))
