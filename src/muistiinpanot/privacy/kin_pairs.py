"""A name of two words before a noun of kin or of a household (docs/privacy.md, "Round 70";
`[privacy] kin_name_pairs`): only a person has a son, a daughter or a family, so the two
words right before such a noun that read as a person's name are one, whatever their capitals:

- a given name and a surname's genitive, as a whole name is inflected ("Pilvi Koskisen
  poika": the notes mode pairs no common word before a surname elsewhere, and "Pilvi" is a
  cloud to Voikko);
- a surname's genitive and a given name's genitive, the order Finnish speech names a person
  by ("aallon sannan tytär": Sanna of the Aalto family).

A word has a given name's reading when Voikko reads it as one (`etunimi`) or reads it as a
noun whose base the population register lists as a given name ("pilvi"); a surname's when
Voikko reads it as one (`sukunimi`) or as a noun whose base the register lists as a surname
("aalto"). The head (a space before it, lower case) is a noun whose base or last part is of
privacy.toml's `kin_nouns`, `household_nouns`, `family_nouns`, `gender_nouns` or
`family_cue_nouns` but no owner (`owner_nouns`: a firm has owners too). The two words are
written alike (both lower case or both capitalised) and neither is read only as a place.
When both words are common nouns too and in lower case ("järven tuulen tytär", "kiven
rauhan perhe": review 59 #2), each must be Voikko's own name of its place (`sukunimi`,
`etunimi`: "aallon sannan tytär"); the register's reading of a noun's base is not enough.
Only marks; the look-alike rules after it still take a firm or a work back.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.wordparts import part_of

_GENITIVE = "omanto"
_NOMINATIVE = "nimento"
_NOUNS = frozenset({"nimisana", "nimisana_laatusana", "laatusana"})
_GIVEN = "etunimi"
_SURNAME = "sukunimi"


@functools.cache
def _heads() -> frozenset[str]:
    """The nouns of kin and of a household the rule reads (the module docstring)."""
    lexicon = load_name_lexicon()
    kin = lexicon.kin_nouns | lexicon.household_nouns | lexicon.family_nouns
    return (kin | lexicon.gender_nouns | lexicon.family_cue_nouns) - lexicon.owner_nouns


def mark_kin_pairs(text: str, words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """Mark the two words of a name right before a noun of kin (the module docstring)."""
    for i in range(len(words) - 2):
        first, last, head = words[i], words[i + 1], words[i + 2]
        if names[i] and names[i + 1]:
            continue
        if not (adjacent(text, first, last) and adjacent(text, last, head)):
            continue
        if not _alike(first.text, last.text) or not _kin_head(head.text, voikko):
            continue
        one, two = voikko.analyze(first.text), voikko.analyze(last.text)
        if _only_place(one) or _only_place(two):
            continue
        # both words common nouns too ("järven tuulen tytär"): both capitalised, or each
        # Voikko's own name in its place, not a noun whose base the register lists
        strict = _common(one) and _common(two) and not first.text[:1].isupper()
        given_first = _named(one, _GIVEN, _NOMINATIVE, strict) and _named(
            two, _SURNAME, _GENITIVE, strict
        )
        surname_first = _named(one, _SURNAME, _GENITIVE, strict) and _named(
            two, _GIVEN, _GENITIVE, strict
        )
        if given_first or surname_first:
            names[i] = names[i + 1] = True


def _alike(first: str, last: str) -> bool:
    """Both words in lower case, or both a capital and lower-case letters."""
    if first.islower() and last.islower():
        return True
    return all(w[:1].isupper() and w[1:].islower() for w in (first, last))


def _kin_head(word: str, voikko: Analyses) -> bool:
    """A lower-case noun of kin or of a household (`_heads`), by base or last part."""
    heads = _heads()
    return word.islower() and any(
        a.get("CLASS") == "nimisana" and part_of(a, heads) for a in voikko.analyze(word)
    )


def _only_place(readings: Sequence[Mapping[str, str]]) -> bool:
    return bool(readings) and all(a.get("CLASS") == "paikannimi" for a in readings)


def _common(readings: Sequence[Mapping[str, str]]) -> bool:
    """Whether a reading is a common noun's or an adjective's."""
    return any(a.get("CLASS") in _NOUNS for a in readings)


def _named(readings: Sequence[Mapping[str, str]], kind: str, case: str, strict: bool) -> bool:
    """A reading of a name of `kind` (`_GIVEN`, `_SURNAME`) in `case`: Voikko's, or (unless
    `strict`) a noun's whose base the register lists as such a name."""
    listed = load_gazetteer().register if kind == _GIVEN else register_surnames()
    return any(
        a.get("SIJAMUOTO") == case
        and (
            a.get("CLASS") == kind
            or (
                not strict
                and a.get("CLASS") in _NOUNS
                and a.get("BASEFORM", "").casefold() in listed
            )
        )
        for a in readings
    )
