"""A family's name before a place or trade noun, where the text points to a person
(docs/privacy.md, "Round 51"; issue 12, recall): "Hän kävi eilen Laitisen kaupassa",
"Tiaisen tilalla kuoli vanha emäntä", "Häät vietettiin Mattilan kartanossa". The same
genitive names a firm, a farm or a place where no person is in the text ("Hyvösen kaupassa
on tarjouksia"), which the look-alike rules leave unmarked (lookalikes.drop_named_firms);
this rule marks it, after every rule that drops, when

- the word is capitalised, a singular genitive Voikko reads as a surname (`sukunimi`; a
  place's reading beside it too, "Mattilan"; "Lahden", a town's only, is none);
- the next word (a space between) is a lower-case noun whose base or last part is a trade,
  business or firm head (privacy.toml `business_heads`, `trade_heads`, `firm_trades`;
  lookalikes.toml `firm_heads`), an estate (`estate_heads`) or a place of a family's life
  (privacy.toml `family_places`: "talo", "mökki", "torppa");
- another word of the text, not that noun, is a person's cue (`person_cue`), by class.

Read at the end of names.find_name_spans; the setting `family_person_genitives` turns it off.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.lookalikes import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of

#: The personal pronouns of the third person, a person's only ("hän", "he"), as Voikko's
#: base forms; "se", "ne" also point to things.
_PERSON_PRONOUNS = frozenset({"hän", "he"})
#: The festive plurals' derivational ending (-iaiset/-jaiset: "ristiäiset", "hautajaiset",
#: "läksiäiset", "tupaantuliaiset"), as the base form ends.
_FESTIVE_ENDINGS = ("iainen", "iäinen", "jainen", "jäinen")


@dataclass(frozen=True, slots=True)
class FamilyPersonWords:
    """The classes of words the rule reads (base forms; a compound's last part counts)."""

    places: tuple[str, ...]
    persons: frozenset[str]
    acts: frozenset[str]
    life_verbs: frozenset[str]
    life_nouns: tuple[str, ...]
    states: frozenset[str]


@functools.cache
def family_person_words() -> FamilyPersonWords:
    """The lexicons' classes the rule reads."""
    names = load_name_lexicon()
    read = resources.files("muistiinpanot.lexicons")
    privacy = tomllib.loads(read.joinpath("privacy.toml").read_text("utf-8"))
    look = load_lookalikes()
    return FamilyPersonWords(
        places=(
            *names.business_heads,
            *names.trade_heads,
            *names.firm_trades,
            *look.firm_heads,
            *look.estate_heads,
            *privacy["family_places"],
        ),
        persons=frozenset(
            {
                *names.kin_nouns,
                *names.gender_nouns,
                *names.household_nouns,
                *names.family_nouns,
            }
        ),
        acts=names.human_verbs | names.individual_verbs,
        life_verbs=frozenset(privacy["life_verbs"]),
        life_nouns=(*privacy["life_nouns"], *look.disease_heads),
        states=names.human_states | frozenset(privacy["work_states"]),
    )


def family_person_ranges(
    text: str, words: Sequence[Word], voikko: Analyses
) -> list[tuple[int, int]]:
    """The character ranges of the genitives the module docstring marks."""
    if text.isupper():
        return []
    own = family_person_words()
    found = []
    for i, (owner, noun) in enumerate(zip(words, words[1:], strict=False)):
        if not owner.text[:1].isupper() or not adjacent(text, owner, noun):
            continue
        if not noun.text.islower() or not _surname_genitive(owner.text, voikko):
            continue
        if not _place(noun.text, voikko, own.places):
            continue
        others = [w for k, w in enumerate(words) if k not in (i, i + 1)]
        if any(person_cue(w.text, voikko, own) for w in others):
            found.append((owner.start, owner.end))
    return found


def _surname_genitive(word: str, voikko: Analyses) -> bool:
    """A singular genitive Voikko reads as a surname (a place's reading too: "Mattilan",
    "Koiviston"; a town Voikko knows as no surname, "Lahden", is none)."""
    return any(
        a.get("CLASS") == "sukunimi"
        and a.get("SIJAMUOTO") == "omanto"
        and a.get("NUMBER") == "singular"
        for a in voikko.analyze(word)
    )


def _place(word: str, voikko: Analyses, places: Sequence[str]) -> bool:
    """A noun, no person's, whose base or last part is one of `places`."""
    nouns = [a for a in voikko.analyze(word) if a.get("CLASS") == "nimisana"]
    return bool(nouns) and not person_noun(word, voikko) and any(part_of(a, places) for a in nouns)


def person_cue(word: str, voikko: Analyses, own: FamilyPersonWords) -> bool:
    """Whether the word points to a person: a form of "hän" or "he"; a noun of kin, sex or a
    household (privacy.toml `kin_nouns`, `gender_nouns`, `household_nouns`, `family_nouns`:
    "äiti", "vaimo", "mies"; not a firm's people, "johtaja", "asiakas", "harjoittelija",
    which a shop or a farm has as well: "Tolvasen tila ottaa harjoittelijoita"); a verb people do
    (`human_verbs`, `individual_verbs`) or of a life's events (`life_verbs`), or a noun
    Voikko derives from one ("kuolema"); a festive plural in -iaiset/-jaiset; a noun of a
    life's events or of care (`life_nouns`, `disease_heads`); a person's state
    (`human_states`, `work_states`)."""
    lower = word.casefold()
    if lower in own.states:
        return True
    return any(_reading_cue(a, own) for a in voikko.analyze(lower))


def _reading_cue(analysis: Mapping[str, str], own: FamilyPersonWords) -> bool:
    base = analysis.get("BASEFORM", "").casefold()
    kind = analysis.get("CLASS")
    if kind == "asemosana":
        return base in _PERSON_PRONOUNS
    if kind == "teonsana":
        return base in own.acts or base in own.life_verbs
    if kind != "nimisana":
        return False
    if base in own.persons or part_of(analysis, own.life_nouns):
        return True
    if analysis.get("NUMBER") == "plural" and base.endswith(_FESTIVE_ENDINGS):
        return True
    derived = analysis.get("WORDBASES", "")
    return any(f"({verb})" in derived for verb in own.life_verbs)
