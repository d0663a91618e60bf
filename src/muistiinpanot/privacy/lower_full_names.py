"""A full name typed in lower case whose surname is an ordinary word (docs/privacy.md, "Round
55"): "minna honka toi pöytäliinat", "tiekunnan kutsun lähetti timo vaara". Names.py pairs a
lower-case given name with a word Voikko reads as a surname ("kaisa koivu"), but Voikko knows
"honka", "vaara", "kataja" only as a pine, a danger and a juniper, so the given name was
found alone and the surname published.

A pair of lower-case words side by side (a space between) is a full name when

- the first is a given name and nothing else: Voikko reads it only as a given name or a
  place ("minna", "kaija"), or only the population register knows it ("jonna"), in the
  nominative (a full name inflects only its surname). A given name that is also a common
  word ("matti", "pilvi", "lumi") is left: "lumi hanki", "sade pilvi" are nouns;
- the second is, to Voikko, only a common noun in the singular nominative or genitive
  whose base form the register's surnames hold ("honka", "vaaran"), or a word Voikko does
  not know that the register holds; not a verb ("tuli"), an adjective, a pronoun, an
  adverb, a given name or a place ("marjut kettula", "marjut tampere": a given name before
  a place is where she is from as often as her surname; round 44), nor a numeral before a
  partitive ("esa kuusi vuotta");
- a genitive is read only before a person's postposition (privacy.toml
  `person_postpositions` and "mukaan": "sovittiin jari kosken kanssa") or at its clause's
  end: "minna järven rannalla" is Minna by a lake;
- the two written together are no word in Finnish use (wordfreq's Finnish list knows it
  at all): "inari järvi" is the lake.

Only marks more text (issue 12); `[privacy] lower_full_names` turns it off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import CLAUSE_END, FIRST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.protocols import Analyses

#: Voikko's classes a given name's reading may have beside the name: a place ("Kaija").
_NAME_OR_PLACE = frozenset({FIRST, "paikannimi"})
_NOUN = "nimisana"
_NUMERAL = "lukusana"
_CASES = frozenset({"nimento", "omanto"})
_GENITIVE = "omanto"
_PARTITIVE = "osanto"
#: A postposition of a person's genitive that privacy.toml leaves out of its list (it also
#: follows "toivon": hopefully), read here after a full name only.
_ACCORDING = "mukaan"
#: Words that coordinate two persons' names ("tuuli honka ja minna virtanen").
_COORDINATORS = frozenset({"ja", "sekä"})


def mark_lower_full_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark the lower-case full names of the module docstring."""
    pairs = [i for i in range(len(words) - 1) if _pair(text, words, i, voikko)]
    for i in pairs:
        if _given_only(words[i].text, voikko):
            names[i] = names[i + 1] = True
    worded = [i for i in pairs if not names[i + 1] and _given(words[i].text, voikko)]
    while marked := [i for i in worded if _beside_full_name(text, words, names, i)]:
        for i in marked:
            names[i] = names[i + 1] = True
        worded = [i for i in worded if i not in marked]


def _pair(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether words i and i + 1, in lower case side by side, have a full name's form with a
    common noun as the surname (all but the first word's test of the module docstring)."""
    first, last = words[i], words[i + 1]
    if not (first.text.islower() and last.text.islower()) or not adjacent(text, first, last):
        return False
    case = _surname_case(last.text, voikko)
    if case is None or _counted(text, words, i + 1, voikko):
        return False
    if case == _GENITIVE and not _genitive_slot(text, words, i + 1):
        return False
    return not _written_together(first.text + last.text)


def _given_only(word: str, voikko: Analyses) -> bool:
    """Whether the word is a given name in the nominative and no common word."""
    readings = voikko.analyze(word)
    if not readings:
        return word in load_gazetteer().register
    if any(a.get("CLASS") not in _NAME_OR_PLACE for a in readings):
        return False
    given = any(a.get("CLASS") == FIRST for a in readings) or word in load_gazetteer().register
    return given and any(a.get("SIJAMUOTO") == "nimento" for a in readings)


def _given(word: str, voikko: Analyses) -> bool:
    """Whether the word is a given name in the nominative, whatever else it is ("tuuli",
    "usva")."""
    readings = voikko.analyze(word)
    given = any(a.get("CLASS") == FIRST for a in readings) or word in load_gazetteer().register
    return given and (not readings or any(a.get("SIJAMUOTO") == "nimento" for a in readings))


def _beside_full_name(text: str, words: Sequence[Word], names: Sequence[bool], i: int) -> bool:
    """Whether the pair at words i, i + 1 is coordinated ("ja", "sekä", a comma) with a
    full name, two words side by side both marked, right after or before it."""
    after = _conjunct(text, words, i + 1, 1)
    before = _conjunct(text, words, i, -1)
    ends = [(after, after + 1)] if after is not None else []
    ends += [(before - 1, before)] if before is not None else []
    return any(
        a >= 0 and b < len(words) and names[a] and names[b] and _side(text, words, a)
        for a, b in ends
    )


def _conjunct(text: str, words: Sequence[Word], i: int, step: int) -> int | None:
    """The index of the word past a comma or a coordinating word next to word i, in the
    direction `step` (1: after it, -1: before it), or None."""
    j, k = i + step, i + 2 * step
    if not 0 <= j < len(words):
        return None
    if text[words[min(i, j)].end : words[max(i, j)].start].strip() == ",":
        return j
    coordinator = words[j].text.casefold() in _COORDINATORS
    if coordinator and 0 <= k < len(words) and _side(text, words, min(i, j)):
        return k if _side(text, words, min(j, k)) else None
    return None


def _side(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether words i and i + 1 stand side by side, a space between."""
    return i + 1 < len(words) and adjacent(text, words[i], words[i + 1])


def _surname_case(word: str, voikko: Analyses) -> str | None:
    """The case of a common noun the register holds as a surname ("honka", "vaaran"), or
    None (see the module docstring)."""
    readings = voikko.analyze(word)
    surnames = register_surnames()
    if not readings:
        return "nimento" if word in surnames else None
    if any(a.get("CLASS") not in (_NOUN, _NUMERAL) for a in readings):
        return None
    cases = {
        a.get("SIJAMUOTO", "")
        for a in readings
        if a.get("CLASS") == _NOUN
        and a.get("NUMBER") == "singular"
        and a.get("BASEFORM", "").casefold() in surnames
    }
    cases &= _CASES
    return min(cases) if len(cases) == 1 else None


def _counted(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i may be a numeral before its noun in the partitive ("kuusi vuotta")."""
    if not any(a.get("CLASS") == _NUMERAL for a in voikko.analyze(words[i].text)):
        return False
    after = words[i + 1] if i + 1 < len(words) else None
    return (
        after is not None
        and adjacent(text, words[i], after)
        and any(a.get("SIJAMUOTO") == _PARTITIVE for a in voikko.analyze(after.text.casefold()))
    )


def _genitive_slot(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether the genitive word i ends its clause or stands before a person's
    postposition."""
    rest = text[words[i].end :].lstrip()
    if not rest or rest[0] in CLAUSE_END + ",":
        return True
    after = words[i + 1].text.casefold() if i + 1 < len(words) else ""
    return after in load_name_lexicon().person_postpositions or after == _ACCORDING


def _written_together(word: str) -> bool:
    """Whether the two words written as one are a word in Finnish use ("inarijärvi")."""
    from wordfreq import zipf_frequency  # imported here: start-up need not load it

    return zipf_frequency(word, "fi") > 0
