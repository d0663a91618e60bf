"""Commas before a subordinate clause read from the words, where the parse does not show the
clause and commas.clause_commas therefore finds none ("kukaan ei katso syökö isä ne", where the
parse reads "syökö" as a noun). Two kinds of clause open with a word that says so in Finnish
grammar:

- an indirect question opens with its finite verb carrying the question clitic -ko/-kö
  (Voikko's KYSYMYSLIITE): mid-sentence, after a word, it takes a comma ("…, syökö isä ne");
- a subordinating conjunction (a closed class, lexicons/commas.toml) mid-sentence takes one
  when a finite verb follows it in its clause ("…, koska bussi ei kulje").

No comma after a conjunction ("ja onko", "että jos"), nor where the word before the clause
may belong to it or bind it (an adverb: "heti kun", "vasta kun", "niin että"; an adposition:
"ilman että"; a comparative: "isompi kun"), which the parse decides (commas.clause_commas).
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from muistiinpanot.summarize.protocols import Speller

_WORD = re.compile(r"[^\W\d_]+")
_FINITE = frozenset({"indicative", "conditional", "imperative", "potential"})
_VERBS = frozenset({"teonsana", "kieltosana"})
#: Voikko's word classes of a word that may bind the clause after it (see the module doc).
_BINDING = frozenset({"sidesana", "seikkasana", "suhdesana"})


@functools.cache
def _subordinators() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("commas.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["subordinators"]["words"])


def add_clause_commas(text: str, speller: Speller) -> str:
    """`text` (one sentence) with the commas of the module doc added."""
    positions = missing_clause_commas(text, speller)
    for position in reversed(positions):
        text = text[:position] + "," + text[position:]
    return text


def missing_clause_commas(text: str, speller: Speller) -> list[int]:
    """Where in `text` a comma belongs and is missing: offsets right after the word before
    the clause's first word."""
    matches = list(_WORD.finditer(text))
    found = []
    for index in range(1, len(matches)):
        word, previous = matches[index], matches[index - 1]
        if text[previous.end() : word.start()] != " ":
            continue  # a comma, a parenthesis or a dash is there already
        if _binding(previous.group(0), speller):
            continue
        if _question(word.group(0), speller) or _subordinate(text, matches, index, speller):
            found.append(previous.end())
    return found


def _question(word: str, speller: Speller) -> bool:
    """Whether `word` is a finite verb with the question clitic, read as nothing else."""
    analyses = speller.analyze(word.lower())
    return (
        bool(analyses)
        and all(a.get("CLASS") in _VERBS for a in analyses)
        and any(a.get("KYSYMYSLIITE") == "true" and a.get("MOOD") in _FINITE for a in analyses)
    )


def _subordinate(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the word at `index` is a subordinating conjunction with a finite verb after it
    in its clause (before the next punctuation): a word Voikko reads only as a finite verb."""
    if matches[index].group(0).lower() not in _subordinators():
        return False
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return False  # the clause ends at punctuation
        analyses = speller.analyze(matches[position].group(0).lower())
        if analyses and all(
            a.get("CLASS") in _VERBS and a.get("MOOD") in _FINITE for a in analyses
        ):
            return True
    return False


def _binding(word: str, speller: Speller) -> bool:
    lower = word.lower()
    if lower in _subordinators():
        return True  # "että jos …": the comma closing the inner clause is the parse's
    analyses = speller.analyze(lower)
    return any(a.get("CLASS") in _BINDING or a.get("COMPARISON") == "comparative" for a in analyses)
