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
  "ehdotus"). A body's noun (a party, a society) is neither: "Rauhan puolue". Not where the
  word is read otherwise (review 67): a finite verb's reading before a head in a case a
  first person's object takes ("Toivon kommentteja", "Toivon ehdotuksen etenevän"; "Toivon
  mielipide" stays, no verb takes a nominative object there); "pari" before a partitive or a
  numeral, a quantifier ("Rauhan pari vuotta"); a common word's reading far more frequent
  than the name (wordfreq's Zipf of the form above log10 of the register's bearers by more
  than `[privacy] given_genitive_word_margin`: "Aamun ryhmä", "Illan ryhmä"), unless the head
  is a view only a mind holds (`minded_views`: "Rauhan mielipide") or many bear the name (the
  register's bearers at or above `[privacy] given_genitive_common_bearers`: Toivo 7,467, Rauha
  2,292; review 69: privacy first, "Rauhan ryhmä", "Toivon ryhmä" are persons; Aamu 791 and
  Ilta 198 stay vetoed).

No place reading (a town's team is the town's: "Lahden joukkue"), and given_words.py keeps
its own guards (a title's genitive, "näytelmän Joen lapset"). Only marks more text (issue 12).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from importlib.resources import files

from wordfreq import zipf_frequency

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
_VERB = "teonsana"
_NOMINATIVE = "nimento"
_PARTITIVE = "osanto"
_NUMERAL = "lukusana"
_QUANTIFIER = "pari"
_REGISTER = ("etunimet-naiset.csv", "etunimet-miehet.csv")


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


def led_or_stated(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    margin: float = 1.0,
    common: int = 1000,
) -> bool:
    """Whether word i, a given name's genitive to Voikko, stands right before a group it
    leads or belongs to or a view it states, and is not read otherwise (module docstring;
    `margin`: `[privacy] given_genitive_word_margin`; `common`:
    `[privacy] given_genitive_common_bearers`)."""
    word = words[i]
    if _PLACE in word.classes:
        return False
    own = voikko.analyze(word.text)
    names = [a for a in own if a.get("CLASS") == _GIVEN and a.get("SIJAMUOTO") == _GENITIVE]
    if not names:
        return False
    head = next_word(text, words, i)
    if head is None:
        return False
    lexicon = load_given_lexicon()
    heads = lexicon.led_groups | lexicon.stated_views
    readings = voikko.analyze(head.text.casefold())
    if not readings or not all(a.get("CLASS") == _NOUN and part_of(a, heads) for a in readings):
        return False
    if any(a.get("CLASS") == _VERB and a.get("MOOD") for a in own) and any(
        a.get("SIJAMUOTO") != _NOMINATIVE for a in readings
    ):
        return False  # "Toivon kommentteja": I hope for comments
    if _quantifier(text, words, head, readings, voikko):
        return False  # "Rauhan pari vuotta": a couple of years
    if any(a.get("CLASS") == _NOUN and part_of(a, lexicon.minded_views) for a in readings):
        return True  # "Rauhan mielipide": only a mind holds it
    return not word_first(word.text, names[0].get("BASEFORM", ""), own, margin, common)


def _quantifier(
    text: str,
    words: Sequence[Word],
    head: Word,
    readings: Sequence[dict[str, str]],
    voikko: Analyses,
) -> bool:
    """Whether the head is "pari" before a partitive or a numeral ("pari vuotta")."""
    if not any(a.get("BASEFORM") == _QUANTIFIER for a in readings):
        return False
    after = next_word(text, words, words.index(head))
    return after is not None and any(
        a.get("SIJAMUOTO") == _PARTITIVE or a.get("CLASS") == _NUMERAL
        for a in voikko.analyze(after.text.casefold())
    )


def word_first(
    form: str, name: str, own: Sequence[dict[str, str]], margin: float, common: int
) -> bool:
    """Whether `form` has a common word's reading Finnish text writes far more often than the
    register's bearers of `name` make likely: its Zipf frequency above log10 of the bearers
    by more than `margin` ("Illan": 5.04 against 198 bearers). Never for a name at least
    `common` people bear ("Toivon": the verb's uses are counted too; review 69)."""
    if not any(a.get("CLASS") in _COMMON for a in own):
        return False
    bearers = given_bearers().get(name.casefold(), 0)
    if bearers >= common:
        return False  # privacy first: "Rauhan ryhmä", "Toivon ryhmä"
    return zipf_frequency(form.casefold(), "fi") - math.log10(max(bearers, 1)) > margin


@functools.cache
def given_bearers() -> dict[str, int]:
    """The register's given names, case-folded, with their bearers, women's and men's summed
    ("Etunimi;Lukumäärä", the count written with spaces between thousands)."""
    counts: dict[str, int] = {}
    for name in _REGISTER:
        path = files("muistiinpanot.privacy.data").joinpath(name)
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            first, semicolon, count = line.partition(";")
            digits = count.replace(" ", "").replace("\u00a0", "").strip()
            if semicolon and digits.isdigit():
                key = first.casefold()
                counts[key] = counts.get(key, 0) + int(digits)
    return counts


def _plain_noun(word: str, voikko: Analyses) -> bool:
    """Whether every reading of `word` is a noun in a case other than the instructive."""
    readings = voikko.analyze(word.casefold())
    return bool(readings) and all(
        a.get("CLASS") == _NOUN and a.get("SIJAMUOTO") != _INSTRUCTIVE for a in readings
    )
