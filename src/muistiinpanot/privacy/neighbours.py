"""Names that make their neighbours names (names.py runs these after the first marking):
- a name makes its name-like neighbours names ("toivo virtanen", "Jari Kosken"), not a
  lower-case word beside a capitalised name in normally cased text;
- a capitalised place name right after a capitalised first name is a surname ("Mari Koski");
- a surname's particle of another language, a hyphen and a capitalised word, right after
  a name, is its surname ("Hussein Al-Obeidi", round 20; "Ahmed el-Sayed", review 18), and
  makes a given name's word before it a name ("Karim abu-Hamdan");
- a word that may be a name is one when the text uses the same name as a name elsewhere
  ("Satu lupasi ... Sadun mukaan");
- a capitalised word no register knows, or known only as a place, in the nominative right
  before a capitalised surname that is marked, is the name's first part ("Lyydia Paananen":
  Voikko reads "Lyydia" as the region); a title, a role or a firm's word is an ordinary
  word to Voikko and stays;
- a given name and a surname side by side are a name together ("matti mäki"), unless
  their cases differ in normally cased text or they are a compound typed apart."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
)
from muistiinpanot.privacy.lower_full_names import written_together
from muistiinpanot.privacy.name_shapes import pairable
from muistiinpanot.privacy.protocols import Analyses


def spread_to_neighbours(
    text: str, words: Sequence[Word], names: list[bool], *, cased: bool
) -> None:
    """A name makes its name-like neighbours names ("toivo virtanen", "Jari Kosken"), and a
    surname after a particle makes the given name before it one ("Karim abu-Hamdan")."""
    for i in range(len(words) - 1):
        if _given_before_particle(words, i, text):
            names[i] = names[i + 1] = True
    changed = True
    while changed:
        changed = False
        for i in range(len(words)):
            if names[i]:
                continue
            if (
                _place_as_surname(words, names, i, text)
                or _pair(words, names, i, i - 1, text, cased=cased)
                or _pair(words, names, i, i + 1, text, cased=cased)
            ):
                names[i] = changed = True


def _place_as_surname(words: Sequence[Word], names: Sequence[bool], i: int, text: str) -> bool:
    """A capitalised place name right after a capitalised first name is a surname ("Jari
    Kosken", "Mari Koski")."""
    word = words[i]
    if i == 0 or "paikannimi" not in word.classes or not word.text[0].isupper():
        return False
    first = words[i - 1]
    return (
        names[i - 1]
        and FIRST in first.classes
        and first.text[0].isupper()
        and adjacent(text, first, word)
    )


def _given_before_particle(words: Sequence[Word], i: int, text: str) -> bool:
    """A capitalised word of a given name's reading right before a surname after a particle
    ("Karim abu-Hamdan toi", "Salma ibn-Rushd ja"): a Finnish word is never followed by one."""
    word = words[i]
    return (
        FIRST in word.classes
        and word.text[:1].isupper()
        and particle_surname(words[i + 1])
        and adjacent(text, word, words[i + 1])
    )


def _pair(
    words: Sequence[Word], names: Sequence[bool], i: int, j: int, text: str, *, cased: bool
) -> bool:
    """Whether word i is part of a name because its neighbour j is a name: not a lower-case
    word beside a capitalised name in normally cased text ("Soita Honkasille illalla")."""
    if not 0 <= j < len(words) or not names[j]:
        return False
    first, second = (words[j], words[i]) if j < i else (words[i], words[j])
    if not adjacent(text, first, second):
        return False
    word = words[i]
    if cased and word.text.islower() and not words[j].text.islower():
        return False
    return (
        word.kind == "weak"
        or (word.kind == "unknown" and len(word.text) > 2 and not word.text.islower())
        or (j < i and particle_surname(word))
    )


def particle_surname(word: Word) -> bool:
    """A surname's particle of another language (lexicon `name_particles`), a hyphen and a
    capitalised word, of no reading of Voikko's or the gazetteer's as a whole ("Al-Obeidi",
    "Ben-Ami"; not "Kela-Hankkeesta"): after a name, the surname of the name's language. The
    particle is as often written in lower case ("el-Sayed", "al-Rashid", "bin-Salem"), the
    part after it never."""
    parts = word.text.split("-")
    return (
        len(parts) == 2
        and not word.classes
        and parts[0].casefold() in load_name_lexicon().name_particles
        and parts[0][1:].islower()
        and parts[1][:1].isupper()
        and parts[1][1:].islower()
    )


def same_name_again(words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """A word that may be a name is one when the text uses the same name as a name elsewhere
    ("Satu lupasi ... Sadun mukaan")."""
    found = {base for w, n in zip(words, names, strict=True) if n for base in _bases(w, voikko)}
    for i, word in enumerate(words):
        if not names[i] and word.kind == "weak" and _bases(word, voikko) & found:
            names[i] = True


def _bases(word: Word, voikko: Analyses) -> set[str]:
    """Base forms of the word's name readings (the word itself when Voikko does not know it)."""
    analyses = voikko.analyze(word.text) or voikko.analyze(word.text.capitalize())
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in analyses
        if a.get("CLASS", "") in (*NAME_CLASSES, "paikannimi")
    }
    return bases or {word.text.casefold()}


#: The only Voikko class a surname's unknown first part may have: a place ("Lyydia").
_PLACE_ONLY = frozenset({"paikannimi"})


def mark_given_before_surname(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """A capitalised word of no reading, or of a place's only, in the nominative, right
    before a marked capitalised surname, is its first part ("Lyydia Paananen"; not "Kuopion
    Paananen", nor "Rehtori Paananen": "rehtori" is an ordinary word)."""
    for i in range(len(words) - 1):
        word, last = words[i], words[i + 1]
        if (
            names[i]
            or not names[i + 1]
            or LAST not in last.classes
            or not last.text[:1].isupper()
            or not word.text[:1].isupper()
            or not word.text[1:].islower()
            or len(word.text) < 3
            or not word.classes <= _PLACE_ONLY
            or not adjacent(text, word, last)
        ):
            continue
        cases = {a.get("SIJAMUOTO") for a in voikko.analyze(word.text)}
        if not cases or cases == {"nimento"}:
            names[i] = True


def pair_given_and_surnames(
    text: str, words: Sequence[Word], names: list[bool], *, cased: bool
) -> None:
    """A given name and a surname side by side are a name together ("matti mäki"), not a
    pair of mixed case in normally cased text unless both are marked ("Oksanan meili"), nor
    a compound typed apart (_split_compound) unless one is marked."""
    for i in range(len(words) - 1):  # a first name and a surname side by side ("matti mäki")
        first, last = words[i], words[i + 1]
        mixed = cased and first.text[:1].isupper() != last.text[:1].isupper()  # "Oksanan meili"
        if FIRST in first.classes and LAST in last.classes and adjacent(text, first, last):
            if mixed and not (names[i] and names[i + 1]):
                continue
            if _split_compound(first, last) and not (names[i] or names[i + 1]):
                continue  # "ilta rusko punersi": an evening's glow, "iltarusko"
            names[i] = names[i + 1] = names[i + 1] or names[i] or pairable(first, last)


def _split_compound(first: Word, last: Word) -> bool:
    """Whether a lower-case pair of a given name and a surname are both common nouns too and
    written together a word in Finnish use: a compound typed apart ("ilta rusko", an
    evening's glow, "iltarusko"; review 48 #5), as lower_pairs.py reads it; not "jukka
    kivi" nor "harri sorsalta"."""
    both = all(w.text.islower() and "nimisana" in w.classes for w in (first, last))
    return both and written_together(first.text + last.text)
