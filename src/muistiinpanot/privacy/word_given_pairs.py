"""A full name typed in lower case whose given name is only a common word to Voikko (docs/
privacy.md, "Round 82b"; `[privacy] word_given_pairs`): "lumi ahonen ilmoitti", "lumi
harjun kanssa puhuttiin". lower_full_names.py and lower_pairs.py read a given name that is
also a word only where Voikko itself reads the given name ("toivo", "aamu"); Voikko knows
"lumi", "valo", "into" and "armas" only as a noun, so the surname was found alone (or not at
all) and the given name published beside it.

A pair of words side by side (a space between), the first in lower case, is a full name when

- the first is a given name of the population register, in the nominative singular, and to
  Voikko only a noun (or a noun that is also an adjective) in the nominative singular, or a
  given name: no verb, adverb, pronoun, numeral nor adjective alone ("uusi", "iso");
- and the second is one of:
  - Voikko's own surname and nothing else but a place or a given name ("ahonen",
    "hakkarainen", "Rantala"), in any case, where it is already read as a name or the pair
    stands where a person does (lower_full_names.person_sign): the surname's morphology
    (-nen, -la/-lä) is Voikko's, no list of ours; with `word_given_word_surnames` a -nen
    surname may be an adjective or a verb's -nen form too ("järvinen", "lehtinen",
    "tuominen": review 74 #1), for a -nen derivative shares the surname's form;
  - in lower case, a common noun whose base the register's surnames hold, in the genitive
    singular, right before a person's postposition (privacy.toml `person_postpositions`:
    "lumi harjun kanssa"): a noun in the nominative right before another's genitive and
    "kanssa" has no place in a clause but as a given name before its surname;
- and the two written together are no word in Finnish use (wordfreq: "lumihanki").

A last pass (`extend_word_given`, `[privacy] word_given_extend`) extends a lower-case surname
another rule marked ("valo järvinen" where only "järvinen" was found) leftwards to a word
`_word_given` accepts right before it, the two written together no word. With
`[privacy] word_given_role_imperative` (privacy91) that word may also be a verb's bare
imperative ("arvo", arpoa's; "toivo") where a person noun in the nominative stands right
before it ("ruukin vanha mestari arvo lindholm opetti"): an imperative opens its clause, and a
noun phrase's nominative head followed by a bare imperative and a marked surname has no
reading but an apposition, the role and the person's full name.

Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.privacy.context import FIRST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.lower_full_names import person_sign, written_together
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.role_appositions import nominative_role
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.verbs import VerbSense

#: Character ranges (start, end) a drop blocked.
Ranges = Sequence[tuple[int, int]]

#: Voikko's classes of a given name's reading that is a word: a noun, a noun-adjective.
_GIVEN_CLASSES = frozenset({FIRST, "nimisana", "nimisana_laatusana"})
#: Voikko's classes a surname's reading may have beside it: a place, a given name.
_SURNAME_CLASSES = frozenset({"sukunimi", "paikannimi", FIRST})
#: Voikko's classes and moods of a -nen word's other readings: an adjective, a verb's potential
#: or -minen form ("järvinen", "lehtinen", "tuominen"; `word_given_word_surnames`).
_NEN_CLASSES = frozenset({"laatusana", "nimisana_laatusana"})
_NEN_MOODS = frozenset({"potential", "MINEN-infinitive"})
_VERB = "teonsana"
_SURNAME = "sukunimi"
_NOUN = "nimisana"
_NOMINATIVE = "nimento"
_GENITIVE = "omanto"


def mark_word_given_pairs(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: Callable[[int], bool],
    verbs: VerbSense | None = None,
    *,
    word_surnames: bool = True,
) -> None:
    """Mark the lower-case full names of the module docstring; `acting(k)` as in
    lower_full_names.mark_lower_full_names; `word_surnames` is `word_given_word_surnames`."""
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if names[i] or not first.text.islower() or not adjacent(text, first, last):
            continue
        if not (last.text.islower() or last.text[1:].islower()):
            continue
        if not _word_given(first.text, voikko):
            continue
        if _attributive(text, words, i + 1, voikko):  # "lumi mäkisellä rinteellä"
            continue
        if _own_surname(last.text, voikko, word_surnames=word_surnames):
            if not (names[i + 1] or person_sign(text, words, i, voikko, acting, verbs)):
                continue
        elif not (last.text.islower() and _genitive_before_person(text, words, i + 1, voikko)):
            continue
        if not written_together(first.text + last.text.casefold()):
            names[i] = names[i + 1] = True


def _word_given(word: str, voikko: Analyses, *, imperative: bool = False) -> bool:
    """A register given name that Voikko reads only as a noun or a given name, in the
    nominative singular (the module docstring); with `imperative`, a verb's bare imperative
    of the second person singular may be read beside ("arvo", "toivo")."""
    if word not in load_gazetteer().register:
        return False
    readings = voikko.analyze(word)
    nominal = [a for a in readings if not (imperative and _bare_imperative(a))]
    return bool(nominal) and all(
        a.get("CLASS") in _GIVEN_CLASSES
        and a.get("SIJAMUOTO") == _NOMINATIVE
        and a.get("NUMBER", "singular") == "singular"
        for a in nominal
    )


def _bare_imperative(reading: Mapping[str, str]) -> bool:
    """A verb's imperative of the second person singular ("arvo!", "toivo!")."""
    return (
        reading.get("CLASS") == _VERB
        and reading.get("MOOD") == "imperative"
        and reading.get("PERSON") == "2"
        and reading.get("NUMBER") == "singular"
    )


def _after_role(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense | None
) -> bool:
    """Whether a person noun in the nominative singular stands right before word i (white
    space between): "mestari arvo", "seppä toivo" (role_appositions.nominative_role)."""
    return (
        i > 0
        and adjacent(text, words[i - 1], words[i])
        and (nominative_role(words[i - 1], voikko, nouns))
    )


def extend_word_given(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    blocked: Ranges,
    settings: PrivacySettings,
    nouns: NounSense | None = None,
) -> None:
    """Mark a word `_word_given` accepts right before a lower-case surname already marked and
    not `blocked` (Voikko's surname reading or a register surname's base), the two written
    together no word (the module docstring's last pass); only with `lower_full_names`,
    `word_given_pairs` and `word_given_extend` all on (review 74). With
    `word_given_role_imperative` the word may be a bare imperative too after a person noun
    (`nouns` as role_appositions reads it; privacy91)."""
    if not (settings.lower_full_names and settings.word_given_pairs and settings.word_given_extend):
        return
    for i in range(len(words) - 2, -1, -1):
        first, last = words[i], words[i + 1]
        if names[i] or not names[i + 1] or not first.text.islower() or not last.text.islower():
            continue
        if not adjacent(text, first, last) or _blocked(last, blocked):
            continue
        if not _surname_word(last.text, voikko):
            continue
        if not _word_given(first.text, voikko) and not (
            settings.word_given_role_imperative
            and _word_given(first.text, voikko, imperative=True)
            and _after_role(text, words, i, voikko, nouns)
        ):
            continue
        if _attributive(text, words, i + 1, voikko):
            continue
        if not written_together(first.text + last.text):
            names[i] = True


def _attributive(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether word k reads as an adjective agreeing in case and number with a noun right
    after it, no verb's form ("mäkisellä rinteellä", "kivinen polku"; not "lähetti"): an
    attribute, no surname."""
    if k + 1 >= len(words) or not adjacent(text, words[k], words[k + 1]):
        return False
    forms = {
        (a.get("SIJAMUOTO"), a.get("NUMBER"))
        for a in voikko.analyze(words[k].text.casefold())
        if a.get("CLASS") in _NEN_CLASSES
    }
    after = voikko.analyze(words[k + 1].text.casefold())
    return all(a.get("CLASS") != _VERB for a in after) and any(
        a.get("CLASS") in (_NOUN, "nimisana_laatusana")
        and (a.get("SIJAMUOTO"), a.get("NUMBER")) in forms
        for a in after
    )


def _blocked(word: Word, blocked: Ranges) -> bool:
    """Whether a blocked range overlaps the word."""
    return any(a < word.end and word.start < b for a, b in blocked)


def _surname_word(word: str, voikko: Analyses) -> bool:
    """Voikko's surname reading of the word capitalised, or a reading whose base the
    register's surnames hold."""
    readings = voikko.analyze(word[:1].upper() + word[1:])
    surnames = register_surnames()
    return any(
        a.get("CLASS") == _SURNAME or a.get("BASEFORM", "").casefold() in surnames for a in readings
    )


def _own_surname(word: str, voikko: Analyses, *, word_surnames: bool) -> bool:
    """Voikko's own surname reading of the word as written or capitalised, and no common
    word's reading; with `word_surnames` a -nen word's adjective or verb form beside it."""
    readings = voikko.analyze(word[:1].upper() + word[1:])
    own = [a for a in readings if a.get("CLASS") == _SURNAME]
    nen = word_surnames and any(a.get("BASEFORM", "").endswith("nen") for a in own)
    return bool(own) and all(
        a.get("CLASS") in _SURNAME_CLASSES or (nen and _nen_form(a)) for a in readings
    )


def _nen_form(reading: Mapping[str, str]) -> bool:
    """Whether a reading is an adjective's, or a verb's potential or -minen form: what a -nen
    surname's form shares ("järvinen", "lehtinen", "tuominen")."""
    if reading.get("CLASS") == _VERB:
        return reading.get("MOOD") in _NEN_MOODS
    return reading.get("CLASS") in _NEN_CLASSES


def _genitive_before_person(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Word i is a common noun's genitive singular whose base the register's surnames hold
    (Voikko's surname reading of it beside), right before a person's postposition."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    if words[i + 1].text.casefold() not in load_name_lexicon().person_postpositions:
        return False
    readings = voikko.analyze(words[i].text)
    surnames = register_surnames()
    return bool(readings) and all(
        a.get("CLASS") in (_NOUN, _SURNAME)
        and a.get("SIJAMUOTO") == _GENITIVE
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold() in surnames
        for a in readings
    )
