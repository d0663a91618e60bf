"""A given name with an epithet, not a surname: a figure of a story or a show ("Risto
Räppääjä", "Ronja Ryövärintytär"), which names.py unmarks after every rule that marks names.

A capitalised word right after a capitalised given name is read as a surname ("Matti Kivi").
It is an epithet instead when every reading Voikko gives it is a common noun for a person or
a figure (an agent noun, "Räppääjä"; a person word or a compound ending in one,
"Ryövärin+tytär"; lexicons/lookalikes.toml `epithet_heads`), no name list has it (Faker's
names, the register's given names) and no one bears it as a surname: it is not among the
population register's surnames of 100 bearers or more (DVV's statistics,
privacy/data/sukunimet.csv; "Laulaja" and "Seppä" are, so "Pekka Laulaja" stays a person).
A word of nature or matter is no epithet, however rare as a surname ("Sami Pronssi"): people
bear such names far more often than figures do. A word Voikko does not know stays a name (a
foreign or rare surname: "Risto Okonkwo"), and so does one with a name's or a place's
reading. The pair stays a person's when either word acts as a person does ("Pekka Pelottaja
lupasi tuoda kahvit"), when a name stands right before or after the pair (a longer name),
or in text whose capitals tell nothing (all capitals, Every Word Capitalised). It stays a
person's too in a frame that takes a person (review 19, finding 3): coordinated with a name
that is no such pair ("Liisa Tanssija ja Pekka Virtanen"), in the genitive before a
postposition of company or opinion ("Liisa Opettajan mukaan", "kanssa", "mielestä"), or
in the ablative or the allative beside a verb of asking or telling ("Kysyimme asiaa Pekka
Kalastajalta"; role_cases.asked_or_told).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import FIRST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading, register_names
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.name_shapes import capitalised
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import genitive, part_of
from muistiinpanot.privacy.role_cases import asked_or_told
from muistiinpanot.privacy.structure import COORDINATORS, person_noun

#: Voikko's class of a common noun; any other reading keeps the word a possible surname.
_NOUN = "nimisana"


def drop_epithets(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: Callable[[int], bool],
    *,
    cased: bool,
    window: int,
) -> list[tuple[int, int]]:
    """Unmark a given name and the epithet after it (module docstring); `acting`: whether
    word i is the subject of a verb people do (names.py); `window`: how many words from a
    verb of asking or telling its ablative or allative may stand (the setting
    `role_window`). Returns the pairs' ranges."""
    if not cased:
        return []
    ranges = []
    for i in range(len(words) - 1):
        given, epithet = words[i], words[i + 1]
        if not (names[i] or names[i + 1]) or not adjacent(text, given, epithet):
            continue
        if FIRST not in given.classes or not capitalised(given.text):
            continue
        if i > 0 and names[i - 1] and adjacent(text, words[i - 1], given):
            continue  # a longer name ("Anna Maria Räppääjä")
        if i + 2 < len(words) and names[i + 2] and adjacent(text, epithet, words[i + 2]):
            continue
        if not epithet_word(epithet.text, voikko) or acting(i) or acting(i + 1):
            continue
        if _person_frame(text, words, names, i, voikko, window):
            continue  # "Liisa Opettajan mukaan", "Kysyimme asiaa Pekka Kalastajalta"
        names[i] = names[i + 1] = False
        ranges.append((given.start, epithet.end))
    return ranges


def _person_frame(
    text: str, words: Sequence[Word], names: Sequence[bool], i: int, voikko: Analyses, window: int
) -> bool:
    """Whether the pair at i, i + 1 stands where a person does (module docstring)."""
    epithet = words[i + 1]
    if asked_or_told(words, i + 1, voikko, window + 1, natural=True):
        return True  # the window counted from the pair's given name: the pair is one name
    if i + 2 < len(words) and adjacent(text, epithet, words[i + 2]):
        lexicon = load_name_lexicon()
        postpositions = lexicon.person_postpositions | lexicon.press_postpositions
        if words[i + 2].text.casefold() in postpositions and genitive(epithet.text, voikko):
            return True
    return _coordinated_with_name(text, words, names, i, voikko)


def _coordinated_with_name(
    text: str, words: Sequence[Word], names: Sequence[bool], i: int, voikko: Analyses
) -> bool:
    """Whether a name that does not end in an epithet is coordinated with the pair at i, i + 1
    ("Pekka Virtanen ja Liisa Tanssija"; not "Risto Räppääjä ja Ronja Ryövärintytär")."""
    if i >= 2 and words[i - 1].text.casefold() in COORDINATORS and names[i - 2]:
        return not epithet_word(words[i - 2].text, voikko)
    k = i + 3
    if k >= len(words) or words[i + 2].text.casefold() not in COORDINATORS or not names[k]:
        return False
    while k + 1 < len(words) and adjacent(text, words[k], words[k + 1]):
        k += 1  # the rest of the name after the conjunction, marked or not
        if epithet_word(words[k].text, voikko):
            return False
        if not names[k]:
            break
    return True


def epithet_word(word: str, voikko: Analyses) -> bool:
    """A capitalised word whose every reading is a common noun for a person (an agent noun,
    a person word, a compound ending in one of lookalikes.toml's `epithet_heads`) and whose
    word and base forms are no name of the gazetteer, the register's given names or its
    surnames."""
    if not capitalised(word):
        return False
    readings = voikko.analyze(word)
    if not readings or any(a.get("CLASS") != _NOUN for a in readings):
        return False  # unknown to Voikko, or a name's, a place's, a verb's reading
    heads = load_lookalikes().epithet_heads
    if not person_noun(word, voikko) and not any(part_of(a, heads) for a in readings):
        return False  # no person's noun: a word of nature or matter ("Hopea", "Räntä")
    forms = {word.casefold(), *(a.get("BASEFORM", "").casefold() for a in readings)}
    if forms & register_names():
        return False
    return not any(gazetteer_reading(form.capitalize()) for form in forms if form)
