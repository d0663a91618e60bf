"""A register given name that is a word too, in the genitive before a head noun that tells a
reader its owner is a person (docs/privacy.md, "Round 74"; `[privacy] given_genitive_heads`),
read by given_words.py beside given_frames.owner and mind_frames.possesses:

- **the name's own genitive**: a form the given name takes and the word does not
  (`own_genitive`: "Lumin", "Merin", "Saden", "Inton"; the words' are "lumen", "meren",
  "sateen", "innon"), right before a noun (every reading a noun, in no instructive: "Lumin ja
  jäin peitetyt" are snows and ices) or before genitives coordinated with it ("Tuulin ja Lumin
  tanssipari"); the noun in lower case and no shop's or trade's head (privacy.toml
  `business_heads`, `trade_heads`: "Onnin kahvila" may be a shop named so, as
  organisations.py reads "Heinosen leipomo"). The form is the name's whatever the domain
  writes of the word, so the domain's lower-case "lumi" is no veto;
- **a given name's genitive before a group it leads or a view it states**: the word read as a
  given name by Voikko's own lexicon (`etunimi`: "Kielon", "Ritvan"; not "Ruskan", "Helmen"),
  right before a noun whose base or last part is one of given_words.toml `led_groups`
  ("ryhmä", "joukkue", "porukka", "pari") or `stated_views` ("arvio", "mielipide",
  "ehdotus"). A body's noun (a party, a society) is neither: "Rauhan puolue".

No place reading (a town's team is the town's: "Lahden joukkue"), and given_words.py keeps
its own guards (a title's genitive, "näytelmän Joen lapset"). Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.predicate import next_word, past_conjuncts
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import noun_of, part_of

_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
_NOUN = "nimisana"
_GENITIVE = "omanto"
_INSTRUCTIVE = "keinonto"
_PLACE = "paikannimi"
_GIVEN = "etunimi"


def own_genitive(word: str, voikko: Analyses) -> bool:
    """Whether `word` is the genitive a register given name that is also a common word takes
    where the word's own genitive differs: its stem before "-n" is a register given name
    Voikko reads as a common word, and no reading of `word` is that word's singular
    genitive ("Lumin", "Inton"; not "Kielon", the word's too, nor "Päivin", whose stem is
    no word)."""
    folded = word.casefold()
    stem = folded.removesuffix("n")
    if stem == folded or stem not in load_gazetteer().register:
        return False
    if not any(
        a.get("CLASS") in _COMMON and a.get("BASEFORM", "").casefold() == stem
        for a in voikko.analyze(stem)
    ):
        return False
    return not any(
        a.get("CLASS") in _COMMON
        and a.get("SIJAMUOTO") == _GENITIVE
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold() == stem
        for a in voikko.analyze(folded)
    )


def owned_by_own_genitive(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i, a capitalised name's own genitive (`own_genitive`), stands before a
    noun, or before genitives coordinated with it and then a noun (module docstring)."""
    word = words[i]
    if _PLACE in word.classes or not own_genitive(word.text, voikko):
        return False
    j = i + 1
    while j < len(words):  # "Tuulin ja Lumin tanssipari": past the coordinated genitives
        k = past_conjuncts(text, words, j)
        if k == j or not own_genitive(words[k - 1].text, voikko):
            break
        j = k
    head = next_word(text, words, j - 1) if j < len(words) else None
    if head is None or not head.text.islower() or not _plain_noun(head.text, voikko):
        return False  # "Onnin Kahvila": a capital makes the head part of a name
    lexicon = load_name_lexicon()  # "Onnin kahvila", "Onnin leipomo": a shop named so
    return not noun_of(head.text, voikko, (*lexicon.business_heads, *lexicon.trade_heads))


def led_or_stated(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i, a given name's genitive to Voikko, stands right before a group it
    leads or belongs to or a view it states (module docstring)."""
    word = words[i]
    if _PLACE in word.classes:
        return False
    if not any(
        a.get("CLASS") == _GIVEN and a.get("SIJAMUOTO") == _GENITIVE
        for a in voikko.analyze(word.text)
    ):
        return False
    head = next_word(text, words, i)
    if head is None:
        return False
    lexicon = load_given_lexicon()
    heads = lexicon.led_groups | lexicon.stated_views
    readings = voikko.analyze(head.text.casefold())
    return bool(readings) and all(a.get("CLASS") == _NOUN and part_of(a, heads) for a in readings)


def _plain_noun(word: str, voikko: Analyses) -> bool:
    """Whether every reading of `word` is a noun in a case other than the instructive."""
    readings = voikko.analyze(word.casefold())
    return bool(readings) and all(
        a.get("CLASS") == _NOUN and a.get("SIJAMUOTO") != _INSTRUCTIVE for a in readings
    )
