"""The parts of a full name a text gives, read again in the same text (docs/privacy.md,
"Round 53"; issue 12, recall). Once a note names "Usva Korhonen" or "Matti Kivi", a lone
"Usva", "Usvan", "Kivi" or "Kiveltä" later in it is most likely the same person, though
Voikko reads these only as common nouns (neighbours.same_name_again reads the words that
have a name's reading too, "Satu", "Sadun"). Two steps, after the name rules have marked
what they find:

- the given part: a capitalised word, unmarked, whose nominative is a given name of the
  population register or Voikko's, right before a marked capitalised surname (Voikko's or
  the gazetteer's) is the name's first part ("Pilvi Virtanen": "Pilvi" is a cloud to
  Voikko); not when the pair opens its sentence and the surname is a genitive, where a
  subject precedes an owner ("Halla Mäkisen pellolla teki tuhoja");
- the repeat: two adjacent marked words (or words NER reads as a person's), one a given
  name or a surname by its classes, are a full name; a word of the same text, unmarked,
  whose base form (of a noun's, a place's or a name's reading, never a verb's) is the base
  form of one of the full name's parts, is that name: in any case ("Kalliolan kanssa",
  "Kiveltä"), capitalised when the full name was ("Sade Mäkinen tuli myöhässä, koska sade
  yllätti" keeps the rain), in lower case only when the full name was written so. A word
  that also reads as a verb is left ("Usko pois"). Where a sentence's first capital is all
  there is, the repeat keeps the part's stem but its last letter ("Usvan", "Kiveltä"; not
  "Lunta satoi" after "Lumi Salo": a name is inflected on its nominative, the common word
  grades or changes its stem) and is no noun of time ("Illalla on kokous" after "Ilta
  Koivisto").

A repeat Voikko also reads as a place is one in a case of place or as a genitive before a
common noun ("Sari Kotka Kotkasta", "Kaarina Lehtomäki kertoi Kaarinan päiväkodeista";
a person's postposition after it is a person's: "Kalliolan kanssa"). Rules that un-mark
things (places, firms, works) run after this and may still drop a repeat ("Salon
kaupunki"). `[privacy] repeated_name_parts` turns it off. It only marks more text (issue
12).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.given_words import register_case
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import time_noun
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings

#: Voikko's classes whose base form a repeated part is read by: a noun's, an adjective's, a
#: place's, a name's ("Kivi", "Kalliola", "Virtanen"); a verb's base is another word.
_BASE_CLASSES = frozenset(
    {"nimisana", "laatusana", "nimisana_laatusana", "paikannimi", "nimi", *NAME_CLASSES}
)
_VERB = "teonsana"
_PLACE = "paikannimi"
#: Voikko's cases of place (inner and outer: in, from, to).
_LOCAL_CASES = frozenset(
    {"sisaolento", "sisaeronto", "sisatulento", "ulkoolento", "ulkoeronto", "ulkotulento"}
)
_GENITIVE = "omanto"


def mark_name_parts(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings = DEFAULT_SETTINGS,
    covered: Collection[int] = frozenset(),
) -> None:
    """Mark the given parts and the repeats of the module docstring (nothing when
    `settings.repeated_name_parts` is off); `covered`: the words NER's person spans cover,
    which make a full name with the marked words (the full name's own words are left as the
    other rules read them)."""
    if not settings.repeated_name_parts:
        return
    _mark_given_parts(text, words, names, voikko)
    named = [n or i in covered for i, n in enumerate(names)]
    parts: dict[str, bool] = {}  # base form → the full name was in lower case
    seeds: set[int] = set()  # the full names' own words, which this leaves as they are
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if not (named[i] and named[i + 1] and adjacent(text, first, last)):
            continue
        if not (first.classes | last.classes) & NAME_CLASSES:
            continue
        lower = first.text.islower() and last.text.islower()
        seeds |= {i, i + 1}
        for word in (first, last):
            for base in _bases(word.text, voikko):
                parts[base] = parts.get(base, False) or lower
    if not parts:
        return
    for k, word in enumerate(words):
        readings = voikko.analyze(word.text)
        if names[k] or k in seeds or any(a.get("CLASS") == _VERB for a in readings):
            continue
        if _place_use(words, k, readings, voikko):
            continue  # "Sari Kotka Kotkasta", "Kaarina Lehtomäki … Kaarinan päiväkodit"
        found = _bases(word.text, voikko) & parts.keys()
        if not capital_inside_sentence(text, word):  # a sentence's capital tells nothing
            if time_noun(readings):
                continue  # "Illalla on kokous" after "Ilta Koivisto": when, not who
            found = {base for base in found if _name_stem(word.text, base)}
        if found and (word.text[:1].isupper() or any(parts[base] for base in found)):
            names[k] = True


def _mark_given_parts(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """A register or Voikko given name right before a marked capitalised surname."""
    for i in range(len(words) - 1):
        word, last = words[i], words[i + 1]
        if names[i] or not names[i + 1] or not adjacent(text, word, last):
            continue
        if LAST not in last.classes or not last.text[:1].isupper() or last.text.isupper():
            continue
        if not word.text[:1].isupper() or word.text.isupper():
            continue
        if not (FIRST in word.classes or register_case(word.text, voikko, "nimento")):
            continue
        if opens_clause(text, word) and _genitive(last.text, voikko):
            continue  # "Halla Mäkisen pellolla": a subject before an owner
        names[i] = True


def _place_use(
    words: Sequence[Word], k: int, readings: Sequence[Mapping[str, str]], voikko: Analyses
) -> bool:
    """Whether word k, read also as a place, is used as one: in a case of place ("Kotkasta",
    "Kaarinassa"), or a genitive before a common noun that is no person's postposition
    ("Kaarinan päiväkodit"; not "Kalliolan kanssa", "Kalliolan mukaan")."""
    if not any(a.get("CLASS") == _PLACE for a in readings):
        return False
    if any(a.get("SIJAMUOTO") in _LOCAL_CASES for a in readings):
        return True
    if not any(a.get("SIJAMUOTO") == _GENITIVE for a in readings) or k + 1 >= len(words):
        return False
    after = words[k + 1].text
    lexicon = load_name_lexicon()  # "Kalliolan kanssa", "Kalliolan mukaan"
    postpositions = lexicon.person_postpositions | lexicon.press_postpositions
    return (
        after.islower()
        and after not in postpositions
        and any(a.get("CLASS") == "nimisana" for a in voikko.analyze(after))
    )


def _name_stem(word: str, base: str) -> bool:
    """Whether `word` keeps the stem of `base` but its last letter ("Usvan", "Kiveltä",
    "Kalliolan"): a name is inflected on its nominative, where the common word's stem may
    change ("Lunta" of "lumi", "Lehdossa" of "lehto")."""
    return len(base) > 2 and word.casefold().startswith(base[:-1])


def _genitive(word: str, voikko: Analyses) -> bool:
    return any(a.get("SIJAMUOTO") == _GENITIVE for a in voikko.analyze(word))


def _bases(word: str, voikko: Analyses) -> set[str]:
    """Base forms (lower case) of the word's noun, place and name readings; the word itself
    when Voikko does not know it."""
    analyses = voikko.analyze(word) or voikko.analyze(word.capitalize())
    if not analyses:
        return {word.casefold()}
    return {
        a.get("BASEFORM", "").casefold()
        for a in analyses
        if a.get("CLASS", "") in _BASE_CLASSES and a.get("BASEFORM")
    }
