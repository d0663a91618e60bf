"""A name hyphened to a noun of kin, sex, age or family names a person (docs/privacy.md,
"Round 46", "Review 29 mends", "Review 31 mends"):

- a register given name before a noun of kin or sex (privacy.toml `kin_nouns`,
  `gender_nouns`): "Aino-täti", "Sade-tyttö", "Kuura-poika", in lower case too when Voikko
  gives the name a proper reading ("aino-täti", "jukka-setä"; not "lumi-tyttö", snow). The
  noun is the evidence a lone given name lacks: no thing is an aunt or a girl. A generic
  noun of a person is none: "Aamu-ihminen", "Into-ihmiset" are kinds of person. A name the
  population register knows that is also a word ("Sade", rain; "Lumi", snow) is a person's
  there too when capitalised (classify.py reads the whole word);
- a surname (the register's or Voikko's `sukunimi`, in the nominative or the genitive or as
  a compound's stem, "Korhos-") before a noun of a family or a household (`family_nouns`,
  `household_nouns`): "Virtanen-suku", "virtanen-suvun", "Lahtisen-perhe". In lower case only
  when the name is no common noun to Voikko ("koivu-suku" is the birch genus).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.protocols import Analyses

#: Voikko's classes of a proper name: a lower-case word read only so is no common word.
_PROPER = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
#: A compound's first base in Voikko's WORDBASES ("+korhos(Korhonen)+-+suku(suku)").
_FIRST_BASE = re.compile(r"^\+[^(+]*\(([^)]*)\)")


def named_person_noun(word: str, voikko: Analyses, shortest: int = 3) -> bool:
    """Whether `word` is two parts joined by one hyphen, a first part of at least `shortest`
    letters ([privacy] hyphen_name_letters) capitalised or in lower case, and a lower-case
    noun whose base form is in the nominative as written; either a register given name in
    the nominative before a noun of kin or sex ("Sade-tyttö", "Sade-tytön": the second part
    inflects; not "Sateen-tyttö"), or a surname before a noun of a family (module docstring)."""
    if word.count("-") != 1:
        return False
    first, last = word.split("-")
    if (
        not (last.islower() and len(first) >= shortest and (first[:1].isupper() or first.islower()))
        or not first[1:].islower()
    ):
        return False
    readings = voikko.analyze(first)
    lexicon = load_name_lexicon()
    heads = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(last)
        if a.get("CLASS") == "nimisana"
    }
    if heads & (lexicon.kin_nouns | lexicon.gender_nouns) and _given_name(first, readings):
        return True
    if first.islower() and any(a.get("CLASS") == "nimisana" for a in readings):
        return False  # "koivu-suku", "ruusu-suku": a genus of plants
    return bool(heads & (lexicon.family_nouns | lexicon.household_nouns)) and _surname(
        word, first, readings, voikko
    )


def _given_name(first: str, readings: Sequence[dict[str, str]]) -> bool:
    """Whether `first` is a register given name in the nominative (or unknown to Voikko); in
    lower case only with a proper name's reading or none ("jukka-setä"; not "lumi-tyttö")."""
    if first.casefold() not in load_gazetteer().register:
        return False
    if first.islower() and readings and not any(a.get("CLASS") in _PROPER for a in readings):
        return False
    return not readings or any(a.get("SIJAMUOTO") == "nimento" for a in readings)


def _surname(word: str, first: str, readings: Sequence[dict[str, str]], voikko: Analyses) -> bool:
    """Whether `first` is a surname as written ("Virtanen", "Virtasen") or as the first base
    of Voikko's reading of the whole compound ("Korhos-suvun": "Korhonen")."""
    surnames = register_surnames()
    if first.casefold() in surnames or any(a.get("CLASS") == "sukunimi" for a in readings):
        return True
    for analysis in voikko.analyze(word):
        base = _FIRST_BASE.match(analysis.get("WORDBASES", ""))
        if base is None or not base.group(1)[:1].isupper():
            continue
        name = base.group(1)
        if name.casefold() in surnames or any(
            a.get("CLASS") == "sukunimi" for a in voikko.analyze(name)
        ):
            return True
    return False
