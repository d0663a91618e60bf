"""A nickname as an owner (docs/privacy.md, "Round 52"): a capitalised word no dictionary
knows whose form is a given name's nickname (nicknames.py: the name's first syllable and a
productive hypocoristic ending, "Jar|tsa", "Ta|psa", "Pa|te") marks a person when it owns:

- in the genitive right before a lower-case common noun, the thing owned ("Tapsan
  traktorilla vedettiin", "Paten traktori hoitaa");
- in the adessive right before a form of "olla", Finnish's clause of having ("Antsalla on
  pitkä kokemus", "Makella oli avaimet").

Round 19 marks such a word only by a context word or a person's predicate and frame; an
owner's frame has neither ("Tapsan traktori" reads as a product's genitive to them). The
word must be unknown to Voikko whole (a word Voikko knows, "Sussun", "Kempin", is left to
the other rules) and inflected (its nominative needs the case ending stripped), in normally
cased text (a word in capitals is an abbreviation's), and alone: right after another
capitalised word it is the last word of a name of many, a product's or a firm's ("Linux
Mintin päivitys"). The gazetteer may know it ("Pate" is a surname too). Called from
names.find_name_spans before the dropping rules, which still unmark a firm's or a named
thing's genitive; `[privacy] nickname_owners` turns it off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.nicknames import inflected, nickname_reading
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import PrivacySettings

#: Voikko's word class of a common noun.
_NOUN = "nimisana"
#: The adessive endings of a habitive owner ("Antsalla on").
_ADESSIVE = ("lla", "llä")


def mark_nickname_owners(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    cased: bool,
    settings: PrivacySettings,
) -> None:
    """Mark every nickname of the module docstring in an owner's frame."""
    if not cased:
        return
    for i, word in enumerate(words[:-1]):
        if names[i] or not _nickname(word.text, voikko, settings):
            continue
        if i > 0 and words[i - 1].text[:1].isupper() and adjacent(text, words[i - 1], word):
            continue  # the last word of a name of many, a product's ("Linux Mintin")
        owned = words[i + 1]
        if not adjacent(text, word, owned) or not owned.text.islower():
            continue
        folded = word.text.casefold()
        if folded.endswith("n"):
            names[i] = _common_noun(owned.text, voikko)
        elif folded.endswith(_ADESSIVE):
            names[i] = _having(owned.text, voikko)


def _nickname(word: str, voikko: Analyses, settings: PrivacySettings) -> bool:
    """A capitalised, inflected nickname no dictionary knows."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and not voikko.analyze(word)
        and bool(nickname_reading(word, voikko, settings))
        and inflected(word, settings)
    )


def _common_noun(word: str, voikko: Analyses) -> bool:
    """`word` is a common noun to Voikko, in any reading ("traktori", "traktorilla")."""
    return any(a.get("CLASS") == _NOUN for a in voikko.analyze(word))


def _having(word: str, voikko: Analyses) -> bool:
    """`word` is a form of "olla" ("on", "oli", "olisi")."""
    return any(a.get("BASEFORM") == "olla" for a in voikko.analyze(word))
