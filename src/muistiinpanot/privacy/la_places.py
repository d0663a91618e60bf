"""A place named in the -la/-lä shape (docs/privacy.md, "Round 67"; precision): "Toivola",
"Mäntylä", "Harjula". Finnish names a farm, a village part or a house with -la/-lä, and the
families of those places took the same word as their surname, which is all Voikko lists
for most of them. Such a word, capitalised, read as a surname and as no given name, alone
(no name, title or person noun right before it, no capitalised word right after it), is the
place's name where its case or its clause gives it a place:

- the inessive, where a person never stands ("Pesäpallokenttä Mäntylässä avattiin",
  "Toivolassa on uusi päiväkoti"; a person is "Mäntylällä", on the adessive);
- the elative or the illative, a place one comes from or goes to ("Koivulasta kulkee bussi",
  "muutti Kettulaan"), where no word of the text points to a person (person_signs.py:
  "Mäntylästä tuli puheenjohtaja", "otin yhteyttä Toivolaan, hän vastasi" stay a person's)
  and no word is a message's, a verb of saying, calling or answering or a noun of one or
  derived from one ("Mäntylästä saatiin vastaus", "Lähetin viestin Toivolaan"; review 51):
  a place gives things, a person messages ("Koivulasta saatiin hiekkaa" stays a place);
- the genitive before a noun of a body or a building (past its adjectives: "Toivolan vanha
  koulu"; privacy.toml `organisation_heads`, `line_owner_heads`, `building_nouns`,
  lookalikes.toml `place_thing_heads`): not a thing a person owns, though it is named like
  one (a vehicle, a toy, a machine: "Mäntylän traktori", "Harjulan nukke"; review 51), nor
  a home (`family_places`)
  nor a trade's, a business's or a farm's noun (surname_places.py reads those), where no
  word of the text points to a person;
- the subject opening a clause of "olla" whose complement is a noun of a place, a body, a
  building or a home (the lists above, surname_places.py's places and `family_places`:
  "Toivola on vanha torppa"; not
  "Toivola on uusi rehtori", "… hyvä ystävä"). The vectors were tried for "no person's" and
  read "torppa", "koulu" and "asuntola" as near people as "ystävä" (their people are
  groups and bodies too), so the lists decide.

Read in names.find_name_spans after the other dropping rules; the setting
`place_and_firm_shapes` turns it off.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    ADJECTIVES,
    FIRST,
    LAST,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.person_signs import person_signs
from muistiinpanot.privacy.predicate import olla_at
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of, parts

#: Voikko's cases: the inessive; the elative and the illative; the genitive; the nominative.
_IN, _FROM_TO, _OF, _SUBJECT = "sisaolento", {"sisaeronto", "sisatulento"}, "omanto", "nimento"


@functools.cache
def _place_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(bodies and buildings; places with homes) of the module
    docstring. A trade's, a business's or a farm's noun is none of the first: whether a
    family's genitive before one is a person's is surname_places.py's and
    family_persons.py's to read ("Lapsiperheet tilaavat ruokakassit Hakalan tilalta")."""
    names = load_name_lexicon()
    own = load_lookalikes()
    homes = names.family_places
    trades = {*names.business_heads, *names.trade_heads, *own.firm_heads, *own.estate_heads}
    bodies = (
        *names.organisation_heads,
        *names.line_owner_heads,
        *own.place_thing_heads,
        *names.building_nouns,
    )
    places = (*bodies, *trades, *own.terrain_heads, *homes)
    return tuple(h for h in bodies if h not in homes and h not in trades), places


def drop_la_places(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    cased: bool,
    window: int,
) -> list[tuple[int, int]]:
    """Unmark the places of the module docstring; `window`: how many words after "olla" the
    complement's noun may stand (`complement_window`). Returns their ranges."""
    if not cased:
        return []
    cues: list[bool] | None = None
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or not _la_shaped(word, voikko) or not _alone(text, words, i, voikko):
            continue
        cases = {
            a.get("SIJAMUOTO", "")
            for a in voikko.analyze(word.text)
            if a.get("CLASS") in (LAST, "paikannimi")
        }
        place: bool | None
        if cases == {_IN}:
            place = True
        elif cases and cases <= _FROM_TO:
            # a message's source or addressee is a person's; else a place unless a person is
            place = False if _message(words, i, voikko) else None
        elif cases == {_OF}:
            place = None if _place_after(text, words, i, voikko) else False
        elif _SUBJECT in cases and opens_clause(text, word):
            place = _thing_complement(text, words, i, voikko, window)
        else:
            place = False
        if place is None:
            if cues is None:
                cues = person_signs(text, words, voikko)
            place = not any(c or names[k] for k, c in enumerate(cues) if k not in (i, i + 1))
        if place:
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges


@functools.cache
def _message_verbs() -> frozenset[str]:
    names = load_name_lexicon()
    own = load_lookalikes().message_verbs
    return frozenset({*names.human_verbs, *names.speech_verbs, *names.press_person_verbs, *own})


def _message(words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a word of the text but word i is a message's: a verb of people, of saying
    or of a message (privacy.toml `human_verbs`, `speech_verbs`, `press_person_verbs`,
    lookalikes.toml `message_verbs`), or a noun of a message (`message_nouns`) or derived
    from such a verb ("vasta+us", "soit+to")."""
    verbs, nouns = _message_verbs(), load_lookalikes().message_nouns
    for k, word in enumerate(words):
        if k == i:
            continue
        for a in voikko.analyze(word.text.casefold()):
            if a.get("CLASS") == "teonsana" and a.get("BASEFORM", "") in verbs:
                return True
            if a.get("CLASS") != "nimisana":
                continue
            last = parts(a)[-1:]
            if part_of(a, nouns) or (last and last[0].derived and last[0].base in verbs):
                return True
    return False


def _la_shaped(word: Word, voikko: Analyses) -> bool:
    """Capitalised, a surname and no given name, whose surname's base ends in -la or -lä."""
    if not word.text[:1].isupper() or word.text.isupper() or "-" in word.text:
        return False
    if FIRST in word.classes or LAST not in word.classes:
        return False
    return any(
        a.get("CLASS") == LAST
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold().endswith(("la", "lä"))
        for a in voikko.analyze(word.text)
    )


def _alone(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """No name, title or person noun right before word i and no capitalised word right after
    it (a capitalised common noun before it is a facility's: "Uimahalli Hakalassa")."""
    after = words[i + 1] if i + 1 < len(words) else None
    if after is not None and adjacent(text, words[i], after) and after.text[:1].isupper():
        return False
    if i == 0 or not adjacent(text, words[i - 1], words[i]):
        return True
    before = words[i - 1]
    return before.kind == "other" and not person_noun(before.text, voikko)


def _place_after(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a lower-case noun of a place, a body or a building follows the genitive at i,
    past adjectives ("Toivolan vanha koulu"), and no home's noun."""
    bodies, _ = _place_heads()
    homes = load_name_lexicon().family_places
    for k in range(i + 1, min(len(words), i + 4)):
        if not adjacent(text, words[k - 1], words[k]) or not words[k].text.islower():
            return False
        readings = voikko.analyze(words[k].text)
        if readings and all(a.get("CLASS") in ADJECTIVES for a in readings):
            continue
        found = [a for a in readings if a.get("CLASS") == "nimisana"]
        if not found or person_noun(words[k].text, voikko):
            return False
        return not any(part_of(a, homes) for a in found) and any(part_of(a, bodies) for a in found)
    return False


def _thing_complement(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int
) -> bool:
    """Whether word i is the subject of "olla" whose complement is a noun of a place, a body,
    a building or a home (no person is one: "Toivola on vanha torppa")."""
    k = olla_at(text, words, i, voikko)
    if k is None:
        return False
    _, places = _place_heads()
    for word in words[k + 1 : k + 1 + window]:
        readings = voikko.analyze(word.text.casefold())
        if any(a.get("PARTICIPLE") == "past_active" for a in readings):
            return False  # "olla" of a compound tense
        if readings and all(a.get("CLASS") in ADJECTIVES for a in readings):
            continue
        found = [a for a in readings if a.get("CLASS") == "nimisana"]
        if found and all(a.get("SIJAMUOTO") == _OF for a in found):
            continue  # a genitive before the head
        complement = [a for a in found if a.get("SIJAMUOTO") in (_SUBJECT, "osanto")]
        if not complement or person_noun(word.text, voikko):
            return False
        return any(part_of(a, places) for a in complement)
    return False
