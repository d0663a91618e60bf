"""Which words the lemmatizer cannot ground in an ordinary reading (roles.py reads where they
stand): words no dictionary knows, initials, capitalised words of nature, and capitalised
nouns of no person nor group.

- `ungrounded`: a word Voikko does not know in any casing, nor the spoken-language lexicon
  (lexicons/spoken.toml), nor as a spoken verb form ("lupas") or, in a text typed without
  dots, a word without the dots of ä and ö ("hyva"); not a plural ("startupit"); a name only
  the gazetteer knows. Lower-case ones must also be shaped like a name (roles.py, nouns.py).
  Two capitals Voikko does not know, in normally cased text, are initials ("MV").
- `natural`: a capitalised singular noun, no place and no person noun, whose base is a word
  of nature by the vectors (nouns.py: "Pihlaja", "Lehmus").
- `thing_word`: a capitalised noun that is no person, group, place or name ("Pulmu").
- `unfitting` (text to publish only): a capitalised noun none of whose common readings is
  a person or a group ("Usva", "Kuusi"), nor a compound or a derivation ("Ensihoito",
  "Päivystys": words of the work), unless the sentence shows it naming a thing or a body
  (`named_thing`: "Pohjola Vakuutuksen", "verohallinto ja Kela") or the text or the clinic
  writes it in lower case (`written_word`, usage.py).
- `given_name`: a given name of Voikko's that is also a word of no person ("Onni", "Rauha"),
  not written in lower case in text that uses capitals.
- `capitalised_word` and `mark_unless_written`: the shape the rules for given names that
  are words read ("Usva"), and their last step: a word found to be a person is marked
  unless the text or the domain's writers write it in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from muistiinpanot.privacy.classify import thing_head
from muistiinpanot.privacy.context import (
    FIRST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    spoken_forms,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import conjuncts, person_noun
from muistiinpanot.privacy.usage import COMMON_NOUNS as _COMMON
from muistiinpanot.privacy.usage import written_words

#: What kind of word with no ordinary reading a word is (see the module docstring).
Grounding = Literal["natural", "lower", "capital", "initials", "given", "thing"]
#: Voikko's classes of names: two capitals read only so are initials too ("AL": "Al").
_NAME_READINGS = frozenset({"etunimi", "sukunimi", "nimi"})
#: How many capitals initials have ("MV"; three are as often an office: "VTV", "THL").
_INITIALS = 2
#: A nominative plural ending ("startupit"): things, not a person.
_PLURAL = re.compile(r"[aeiouyäö]t$")
#: Voikko's base forms in WORDBASES ("+päivyst(päivystää)"), left out to count the parts.
_BRACKETS = re.compile(r"\([^)]*\)")
#: A word typed without the dots of ä and ö.
_DOTS = str.maketrans("ao", "äö")


def dotless_text(words: Sequence[Word], voikko: Analyses) -> bool:
    """Whether the text is typed without the dots of ä and ö: two words or more that Voikko
    knows only once given the dots."""
    return sum(w.kind == "unknown" and _undotted(w.text, voikko) for w in words) > 1


def is_natural(word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """A capitalised singular noun (no place, no person noun) whose base is a word of
    nature; an instructive plural is a given name's genitive ("Pilvin" beside "pilvin")."""
    if not word.text[:1].isupper() or "paikannimi" in word.classes:
        return False
    if len(word.text) < 3 or "-" in word.text:
        return False
    bases = _singular_bases(word.text, voikko)
    if not bases or person_noun(word.text, voikko):
        return False
    return any(nouns.natural(base) for base in bases)


def _singular_bases(word: str, voikko: Analyses) -> set[str]:
    """Base forms of the word's common-noun readings in the singular (or the instructive)."""
    return {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(word.casefold())
        if a.get("CLASS") in _COMMON
        and (a.get("NUMBER", "singular") == "singular" or a.get("SIJAMUOTO") == "keinonto")
    }


def unfitting(word: Word, voikko: Analyses, nouns: NounSense, margin: float) -> bool:
    """A capitalised singular common noun (no place, no person noun) none of whose common
    readings is a person or a group by the vectors or the lexicon's `group_nouns` ("Kuoron
    mielestä"; the press only where it speaks: press.py), and one of which lies nearer Finnish
    names, or words of nature, than common words by at least `margin` ("Usva", "Kuusi",
    "Honka"; not "Datan", "Hankkeen", "Strategialle", "Kysely": words of the work itself).
    A word Voikko also reads as a name ("Lehto") needs no margin; one whose every common
    reading is a compound or a derivation is a word ("Ensihoidon", "Päivystyksen",
    "Kasvatus": a name that is a word is a simple one, "Usva", "Honka")."""
    if not unfitting_shape(word):
        return False
    bases = _singular_bases(word.text, voikko)
    groups = load_name_lexicon().group_nouns
    if (
        not bases
        or person_noun(word.text, voikko)
        or any(nouns.personal(b) or b in groups for b in bases)
    ):
        return False
    if word.classes & NAME_CLASSES:
        return True
    if _formed(word.text, voikko):
        return False
    return any(max(nouns.name_score(base), nouns.score(base)) >= margin for base in bases)


def unfitting_shape(word: Word) -> bool:
    """What `unfitting` asks of a word's shape before its readings: capitalised, not in
    capitals, a common word or a weak name, no place, at least three letters, no hyphen. A
    word without it is never unfitting (a cheap first test for callers)."""
    if not word.text[:1].isupper() or word.text.isupper() or word.kind not in ("other", "weak"):
        return False
    return "paikannimi" not in word.classes and len(word.text) >= 3 and "-" not in word.text


def _formed(word: str, voikko: Analyses) -> bool:
    """Whether every common-noun reading of `word` is a compound or a derivation: Voikko's
    WORDBASES has two parts or more ("+ensi+hoito(hoito)", "+päivyst(päivystää)+ys(+ys)")."""
    readings = [a for a in voikko.analyze(word.casefold()) if a.get("CLASS") in _COMMON]
    return bool(readings) and all(
        _BRACKETS.sub("", a.get("WORDBASES", "")).count("+") > 1 for a in readings
    )


def written_word(word: Word, voikko: Analyses, written: frozenset[str]) -> bool:
    """Whether a common-noun reading of `word` has a base form that the text or the clinic
    writes in lower case (`written`: usage.written_words): the writers' word, not a name."""
    return any(
        a.get("BASEFORM", "").casefold() in written
        for a in voikko.analyze(word.text.casefold())
        if a.get("CLASS") in _COMMON
    )


def capitalised_word(word: Word) -> bool:
    """A capital and lower-case letters after it, no hyphen ("Usva"; not "USVA", "Usva-ilta")."""
    text = word.text
    return text[:1].isupper() and text[1:].islower() and "-" not in text


def mark_unless_written(
    found: Sequence[int], words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark each word of `found` (indices of `words`) as a name unless the text or the
    domain's writers write it in lower case (`written_word`: "aamulla oli usva")."""
    if found:
        written = written_words([w.text for w in words], voikko)
        for i in found:
            names[i] = not written_word(words[i], voikko, written)


def named_thing(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense
) -> bool:
    """Whether the sentence shows capitalised noun i naming a thing or a body: it follows
    another capitalised word as the head of a many-word name ("Pohjola Vakuutuksen"; not
    after an ordinary word whose capital only opens the sentence: "Kiitos Usvalle"), or it
    is coordinated with a lower-case word or a compound whose head is a thing ("verohallinto
    ja Kela", "Peppi-järjestelmä ja Sisu"), so a list of organisations or systems. A
    personal pronoun beside it is no such word ("Usva ja minä lupasimme"), nor a noun of a
    group of people when the word itself is shaped like a name (`_beside_people`)."""
    previous = words[i - 1] if i else None
    if (
        previous is not None
        and previous.text[:1].isupper()
        and adjacent(text, previous, words[i])
        and capital_inside_sentence(text, words[i])
        and (previous.kind != "other" or capital_inside_sentence(text, previous))
    ):
        return True
    for j in conjuncts(text, words, i):
        other = words[j].text
        if other.islower() and not person_noun(other, voikko):
            if _pronoun(other, voikko) or _beside_people(words[i].text, other, voikko, nouns):
                continue
            return True
        if "-" in other and thing_head(other.rsplit("-", 1)[1], voikko):
            return True
    return False


def _pronoun(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads `word` as a pronoun ("minä", "me", "hän"; spoken "se" of a
    person too): no thing of a list."""
    return any(a.get("CLASS") == "asemosana" for a in voikko.analyze(word))


def _beside_people(word: str, other: str, voikko: Analyses, nouns: NounSense) -> bool:
    """Whether `other` is a noun of a group of people by the vectors ("tiimi", "ryhmä") and
    `word` is shaped like a name by its vector or Voikko reads it as one ("Tähti ja tiimi")."""
    if not any(nouns.personal(base) for base in _singular_bases(other, voikko)):
        return False
    classes = {a.get("CLASS") for a in voikko.analyze(word)}
    return bool(classes & NAME_CLASSES) or any(
        nouns.name_like(base) for base in _singular_bases(word, voikko)
    )


def _undotted(word: str, voikko: Analyses) -> bool:
    """Whether Voikko knows the word once its a and o are given dots ("hyva", "taalla")."""
    lower = word.casefold()
    dotted = lower.translate(_DOTS)
    return dotted != lower and bool(voikko.analyze(dotted))


def _verb_form(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads `word` as a verb or a participle (a spoken verb restored)."""
    return any(a.get("CLASS") == "teonsana" or a.get("PARTICIPLE") for a in voikko.analyze(word))


def ungrounded(
    word: Word, voikko: Analyses, *, cased: bool, dotless: bool, shortest: int = 4
) -> Grounding | None:
    """How a word with no ordinary reading looks (see the module docstring), or None;
    `dotless`: the text is typed without the dots of ä and ö (two words or more read so);
    `shortest`: the fewest letters of a lower-case word read as a nickname ("hva", "tmi"
    are abbreviations)."""
    text = word.text
    if not text.replace("-", "").isalpha():
        return None
    if text.isupper() and (cased or len(text) <= _INITIALS):  # "MV"; "VTV", "THL": offices
        known = word.kind != "unknown" and not word.classes <= _NAME_READINGS  # "AL": "Al"
        return "initials" if cased and not known and len(text) == _INITIALS else None
    lower = text.casefold()
    foreign = GAZETTEER in word.classes and word.classes <= NAME_CLASSES | {GAZETTEER}
    if not (word.kind == "unknown" or foreign):
        return None
    if len(lower) < 3 or lower in spoken_forms() or (dotless and _undotted(lower, voikko)):
        return None  # "mä", "tää"; in a text typed without dots "hyva", "taalla"
    if any(_verb_form(lower + ending, voikko) for ending in ("i", "t")):  # "lupas", "ehtiny"
        return None
    if _PLURAL.search(lower):  # "startupit", "Järestelmät": things
        return None
    if text[:1].isupper():
        return "capital"
    return "lower" if len(lower) >= shortest else None  # not "hva"


def thing_word(word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """A capitalised noun of no person nor group (by the vectors), no place, no name."""
    if not word.text[:1].isupper() or word.text.isupper() or word.kind != "other":
        return False
    if "paikannimi" in word.classes or person_noun(word.text, voikko):
        return False
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(word.text.casefold())
        if a.get("CLASS") in _COMMON
    }
    return bool(bases) and not any(nouns.personal(base) for base in bases)


def given_name(word: Word, voikko: Analyses, text: str = "", *, cased: bool = False) -> bool:
    """A word Voikko reads as a given name and also as a word that is no person nor group
    ("Matti", "Onni", "Rauha", "Anna"; not "Veli": a brother is a person anyway). The
    vectors are not asked: a given name's vector lies near people ("onni", "toivo").
    `cased` and a capital in `text`: the writer uses capitals, so a word that is also a
    common noun written in lower case is the noun (a writer who capitalises the sentence
    writes "Tuuli kävi" of a person, "tuuli kävi" of the wind); in text all in lower
    case ("kun onni kävi") it may be either."""
    if FIRST not in word.classes or word.kind != "weak":
        return False
    capitals = cased and text != text.lower()
    if capitals and word.text.islower() and word.classes & _COMMON:
        return False
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(word.text.casefold())
        if a.get("CLASS") in _COMMON
    }
    return not person_noun(word.text, voikko) and not bases & load_name_lexicon().people_nouns
