"""Given names romanized by syllables ("Ji-woo", "Seo-yeonin", "Min-jun"), as Korean names
are written in Finnish text: a capitalised first part, then lower-case parts after hyphens,
each short, in a word Voikko does not know. foreign.py reads such a word as a part of a
foreign full name; join_syllable_names marks one right before a family name already marked
("Min-jun Kim kertoi"; review 26, finding 5)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.protocols import Analyses

#: The longest lower-case part after a hyphen a name romanized by syllables has ("yeonin").
_SYLLABLE = 6


def join_syllable_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark a given name romanized by syllables right before a word marked as a name, its
    family name's ("Min-jun Kim kertoi", "Kysyin Min-jun Kimiltä"; review 26, finding 5):
    given-name-first is the order of Korean names in Finnish text, and half a name left
    beside "[nimi]" is published."""
    for i in range(len(words) - 1, 0, -1):
        before = words[i - 1]
        if (
            names[i]
            and not names[i - 1]
            and adjacent(text, before, words[i])
            and _syllable_shape(before.text.split("-"))
            and not voikko.analyze(before.text.casefold())
        ):
            names[i - 1] = True


def syllable_name(word: Word, parts: Sequence[str]) -> bool:
    """A given name romanized by syllables, the parts after the hyphen in lower case ("Ji-woo",
    "Seo-yeonin", "Min-hon"), as Korean names are written: a word Voikko does not know at
    all, a capitalised first part, each later part of lower-case letters and at most
    `_SYLLABLE` long (an ending included), so that no compound of words reads so."""
    return word.kind == "unknown" and _syllable_shape(parts)


def _syllable_shape(parts: Sequence[str]) -> bool:
    """A capitalised first part and later lower-case parts at most `_SYLLABLE` long."""
    first, *later = parts
    return (
        bool(later)
        and first[:1].isupper()
        and first[1:].islower()
        and all(p.isalpha() and p.islower() and len(p) <= _SYLLABLE for p in later)
    )
