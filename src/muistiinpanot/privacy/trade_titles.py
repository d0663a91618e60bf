"""A trade's or an occupation's noun before a capitalised common word that acts as a person
("puutarhuri Kataja istutti", "torikauppias Kivi sanoi", "maalari Routa lupasi";
docs/privacy.md, "Round 68"; issue 12, recall; `[privacy] trade_titles`).

cues.mark_titled reads a title or a person noun of the lexicon (an agent's -ja/-jä, a
title) before a capitalised common noun as its name. Occupations of other derivations are
no person nouns there: -uri/-yri, -ias/-iäs, -isti, -ari/-äri end things as often
("laituri", "höyryveturi", "seminaari"; review 33 reverted them from structure.person_noun).
Here such a noun, lower case, in the nominative (by its last compound part: "puu+tarhuri",
"tori+kauppias"), right before a capitalised word of a common reading in the nominative
inside the sentence (its capital then no sentence's), names a person only when that word is
the subject of a verb people do (predicate_points.acts_as_person, or a verb of people by its
vector in the past) or of a doer's act (doing_frames.does: "leipuri Lumi paistoi pullaa"):
"höyryveturi Routa seisoo museossa" stays a thing.

Only marks more text (issue 12).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.doing_frames import does
from muistiinpanot.privacy.predicate_points import acted_in_past, acts_as_person
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.verbs import VerbSense

#: Voikko's classes of a common word (the name's other reading) and its nominative.
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
_NOMINATIVE = "nimento"


@functools.cache
def _lexicon() -> tuple[tuple[str, ...], int]:
    """The suffixes and the shortest stem of lexicons/trade_titles.toml."""
    source = resources.files("muistiinpanot.lexicons").joinpath("trade_titles.toml")
    data = tomllib.loads(source.read_text("utf-8"))
    return tuple(data["agent_suffixes"]), int(data["shortest_stem"])


def trade_noun(word: str, voikko: Analyses) -> bool:
    """A lower-case noun in the nominative singular whose last compound part ends in a
    trade's suffix, past a stem of at least `shortest_stem` letters ("tarhuri", "kauppias";
    not "baari")."""
    if not word.islower():
        return False
    suffixes, stem = _lexicon()
    for analysis in voikko.analyze(word):
        if analysis.get("CLASS") != "nimisana" or analysis.get("SIJAMUOTO") != _NOMINATIVE:
            continue
        if analysis.get("NUMBER", "singular") != "singular":
            continue
        part = _last_part(analysis.get("WORDBASES", ""), analysis.get("BASEFORM", ""))
        if any(part.endswith(s) and len(part) >= len(s) + stem for s in suffixes):
            return True
    return False


def _last_part(bases: str, base: str) -> str:
    """The last compound part's base ("+puu(puu)+tarhuri(tarhuri)": "tarhuri")."""
    parts = [p for p in bases.split("+") if p]
    if not parts:
        return base.casefold()
    last = parts[-1]
    inner = last[last.find("(") + 1 : last.rfind(")")] if "(" in last else last
    return inner.casefold()


def mark_trade_titled(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    verbs: VerbSense | None,
) -> None:
    """Mark a capitalised common word after a trade's noun where it acts as a person (module
    docstring)."""
    for i in range(1, len(words)):
        word, title = words[i], words[i - 1]
        if names[i] or word.kind != "other" or not word.classes or not word.classes <= _COMMON:
            continue
        if not word.text[:1].isupper() or not word.text[1:].islower():
            continue
        if not adjacent(text, title, word) or not trade_noun(title.text, voikko):
            continue
        if not any(a.get("SIJAMUOTO") == _NOMINATIVE for a in voikko.analyze(word.text.casefold())):
            continue
        if (
            acts_as_person(text, words, i, voikko, verbs)
            or acted_in_past(text, words, i, voikko, verbs)
            or does(text, words, i, voikko)  # "leipuri Lumi paistoi pullaa"
        ):
            names[i] = True
