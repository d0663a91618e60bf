"""A person's given name alone, no surname, where its casing or a second reading hid it
(docs/privacy.md, "Round 66"; `[privacy] lone_given_names`). given_words.py reads a
capitalised register name that is also a word; lower_frames.py a lower-case one in three
frames. Left were a name typed in lower case in the frames of a person's role, and a
capitalised given name Voikko also reads as a place ("Kaija", "Kaisa-Maria"):

- typed in lower case, a given name or a surname (the register's given names, Voikko's name
  readings) in the nominative opening its clause as the subject of "olla" with "the only
  one" and a relative clause of will or a person noun (only_ones.only_one: "mäki oli ainoa
  joka jaksoi siivota", "helmi oli ainoa nuori joka tuli"). No wind or stone dares, manages
  or is the only youngster;
- typed in lower case, two register given names coordinated ("ja", "sekä") opening their
  clause, as the subject of a predicate only people take, an errand, an act only a person
  does or a visit to a gathering (the frames given_words.py reads for one capitalised word:
  "emmi ja sara hoitaa kahvilan kassan", "kaija ja arvo kävi keilaamassa"); a word of nature
  of the two makes the frames those of nature's ("tuuli ja sade ajoi lunta" is no errand).
  A lone lower-case word in these frames stays the word ("onni potkaisi", "sara kasvaa");
- capitalised, a given name Voikko reads also as a place (a hyphen double name too) and the
  register lists: as the subject of "olla" with "the only one" (as above: "Kaisa-Maria oli
  ainoo nuori joka tuli"), or in the genitive opening its clause before "mukaan", the
  source of an account ("Kaijan mukaan museossa on hometta"), unless Finnish text writes of
  the place: its inessive or adessive at least `place_zipf` often (wordfreq "fi": "Kaarinassa"
  3.4, "Aurassa" 2.4; "Kaijassa", "Kaijalla" 0), a town speaks through its council
  ("Kaarinan mukaan uimahalli avataan"). A place's genitive before a noun stays a place
  ("Kaijan tilalla").

Not a person noun that is also a name ("veli", "ukko"). Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.frequencies import zipf
from muistiinpanot.privacy.attending import attends
from muistiinpanot.privacy.context import FIRST, NAME_CLASSES, Word, adjacent, opens_clause
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.given_frames import errand
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import nature_word, opens_subject, register_case
from muistiinpanot.privacy.human_acts import acts
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.only_ones import only_one
from muistiinpanot.privacy.predicate_points import person_predicate
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: Words that coordinate two subjects ("emmi ja sara").
_AND = frozenset({"ja", "sekä"})
#: The postposition of an account's source after a genitive ("Kaijan mukaan").
_SOURCE = "mukaan"
_PLACE = "paikannimi"
#: The inessive's and the adessive's endings, both vowel harmonies ("Kaarinassa", "Pellossa").
_LOCATIVES = ("ssa", "ssä", "lla", "llä")


def mark_lone_given_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    *,
    place_zipf: float,
) -> None:
    """Mark the lone given names of the module docstring (`place_zipf`: how often, on
    wordfreq's Zipf scale, Finnish text writes a place's inessive or adessive for it to be
    a place that speaks; PrivacySettings.lone_place_zipf)."""
    for i, word in enumerate(words):
        if word.text.islower():
            if not _lower_name(word, voikko) or not opens_subject(text, words, i, voikko):
                continue
            if not names[i] and only_one(text, words, i, voikko):
                names[i] = True  # "mäki oli ainoa joka jaksoi siivota"
                continue
            k = _conjunct(text, words, i)
            if k is None or (names[i] and names[k]) or not _pair(text, words, i, k, voikko):
                continue
            if _acting_pair(text, words, i, k, voikko, nouns):
                names[i] = names[k] = True  # "emmi ja sara hoitaa kahvilan kassan"
        elif not names[i] and _placed_given_name(word):
            names[i] = (
                register_case(word.text.split("-", 1)[0], voikko, "nimento")
                and opens_subject(text, words, i, voikko)
                and only_one(text, words, i, voikko)
            ) or _source(text, words, i, voikko, place_zipf)  # "Kaijan mukaan"


def _lower_name(word: Word, voikko: Analyses) -> bool:
    """A lower-case word whose nominative is a given name of the register or a name to
    Voikko ("sara", "mäki"), no person noun ("veli") nor a person word that is a name
    ("ukko")."""
    text = word.text
    readings = voikko.analyze(text)
    named = register_case(text, voikko, "nimento") or any(
        a.get("CLASS") in NAME_CLASSES and a.get("SIJAMUOTO") == "nimento" for a in readings
    )
    person_words = load_given_lexicon().person_word_names
    return (
        named
        and not person_noun(text, voikko)
        and not any(a.get("BASEFORM", "").casefold() in person_words for a in readings)
    )


def _conjunct(text: str, words: Sequence[Word], i: int) -> int | None:
    """The word coordinated right after word i ("emmi ja sara"), or None."""
    if i + 2 >= len(words):
        return None
    link, other = words[i + 1], words[i + 2]
    if link.text.casefold() not in _AND:
        return None
    if not (adjacent(text, words[i], link) and adjacent(text, link, other)):
        return None
    return i + 2


def _pair(text: str, words: Sequence[Word], i: int, k: int, voikko: Analyses) -> bool:
    """Whether words i and k are both lower-case register given names in the nominative, no
    person noun ("emmi ja sara"; not "mäki ja kivi")."""
    return all(
        w.text.islower() and register_case(w.text, voikko, "nimento") and _lower_name(w, voikko)
        for w in (words[i], words[k])
    )


def _acting_pair(
    text: str, words: Sequence[Word], i: int, k: int, voikko: Analyses, nouns: NounSense | None
) -> bool:
    """Whether the subjects i and k (coordinated) take a predicate of given_words.py's frames
    that only a person fits: a predicate only people take, an errand, an act only a person
    does, a visit to a gathering; read as nature's when either word is one of nature."""
    nature = any(nature_word(words[m], voikko, nouns) for m in (i, k))
    return (
        person_predicate(text, words, i, voikko)
        or errand(text, words, i, voikko, nature=nature)
        or acts(text, words, i, voikko, nouns, inventing=False)
        or attends(text, words, i, voikko, nature=nature)
    )


def _placed_given_name(word: Word) -> bool:
    """A capitalised word (a hyphen double name too) that is a given name, to Voikko or the
    gazetteer, and a place to Voikko ("Kaija", "Kaisa-Maria")."""
    text = word.text
    capitalised = all(part[:1].isupper() and part[1:].islower() for part in text.split("-"))
    return capitalised and FIRST in word.classes and _PLACE in word.classes


def _source(text: str, words: Sequence[Word], i: int, voikko: Analyses, place_zipf: float) -> bool:
    """Whether word i opens its clause as the genitive of a place reading whose base form is a
    register given name and no place Finnish text writes of, right before "mukaan" ("Kaijan
    mukaan")."""
    if not opens_clause(text, words[i]) or i + 1 >= len(words):
        return False
    after = words[i + 1]
    if after.text.casefold() != _SOURCE or not adjacent(text, words[i], after):
        return False
    register = load_gazetteer().register
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(words[i].text)
        if a.get("CLASS") == _PLACE
        and a.get("SIJAMUOTO") == "omanto"
        and a.get("NUMBER", "singular") == "singular"
    }
    return any(base in register and not _written_place(base, place_zipf) for base in bases)


def _written_place(base: str, place_zipf: float) -> bool:
    """Whether Finnish text writes the place's inessive or adessive at least `place_zipf`
    often (either vowel harmony's ending: the other's form is no word and scores 0)."""
    return any(zipf(base + ending) >= place_zipf for ending in _LOCATIVES)
