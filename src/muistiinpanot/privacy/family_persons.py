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
- another word of the text, not that noun, is a person's cue (`person_cue`), by class;
  where the place trades (family_trades.py: "Tammisen tila myy … naapureille"), a word in
  the trade's counterpart role is no cue by a person noun with no tie to the family
  (round 54, narrowed by review 36 #1: the household and kin still count) nor by a pronoun
  (round 56: "Hän osti kananmunia Heikkilän tilalta", the buyer is the customer);
- an owner being replaced is no cue (round 56, privacy.toml `owner_nouns` after or before
  `owner_change_words`: "Virtasen kauppa sai uuden omistajan", "omistaja vaihtui"): the
  firm's sale, not its people; the owner's own life still is ("omistaja kuoli").

Read at the end of names.find_name_spans; the setting `family_person_genitives` turns it off.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.family_trades import trade_counterparts
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of

#: The festive plurals' derivational ending (-iaiset/-jaiset: "ristiäiset", "hautajaiset",
#: "läksiäiset", "tupaantuliaiset"), as the base form ends.
_FESTIVE_ENDINGS = ("iainen", "iäinen", "jainen", "jäinen")
#: Voikko's classes of a noun, one also an adjective ("sukulainen", "omainen").
_NOUNS = ("nimisana", "nimisana_laatusana")
#: The inner local cases, where a person noun names a place beside one: "kylätalon
#: naapurissa" (next door), "naapuriin", "naapurista".
_INNER_LOCAL = frozenset({"sisaolento", "sisaeronto", "sisatulento"})


@dataclass(frozen=True, slots=True)
class FamilyPersonWords:
    """The classes of words the rule reads (base forms; a compound's last part counts)."""

    places: tuple[str, ...]
    pronouns: frozenset[str]
    persons: frozenset[str]
    acts: frozenset[str]
    life_verbs: frozenset[str]
    life_nouns: tuple[str, ...]
    states: frozenset[str]


@functools.cache
def family_person_words() -> FamilyPersonWords:
    """The lexicons' classes the rule reads (privacy.toml's through load_name_lexicon, read
    once and checked there)."""
    names = load_name_lexicon()
    look = load_lookalikes()
    return FamilyPersonWords(
        places=(
            *names.business_heads,
            *names.trade_heads,
            *names.firm_trades,
            *look.firm_heads,
            *look.estate_heads,
            *names.family_places,
        ),
        pronouns=frozenset(load_given_lexicon().person_pronouns),
        persons=frozenset(
            {
                *names.family_cue_nouns,
                *names.kin_nouns,
                *names.gender_nouns,
                *names.household_nouns,
                *names.family_nouns,
            }
        ),
        acts=names.family_life_verbs,
        life_verbs=names.life_verbs,
        life_nouns=(*names.life_nouns, *look.disease_heads),
        states=names.human_states | names.work_states,
    )


@functools.cache
def _counterpart_words() -> FamilyPersonWords:
    """The classes of a word in a trade's counterpart role (family_trades.py): every cue
    but a person noun with no tie to the family (privacy.toml `counterpart_nouns`:
    "naapureille" may be its customers; "isännälle" still counts) and a pronoun ("Hän osti
    … Heikkilän tilalta", "myy meille": the customer; round 56)."""
    own = family_person_words()
    persons = own.persons - load_name_lexicon().counterpart_nouns
    return dataclasses.replace(own, persons=persons, pronouns=frozenset())


def family_person_ranges(
    text: str, words: Sequence[Word], voikko: Analyses, *, trades: bool = True
) -> list[tuple[int, int]]:
    """The character ranges of the genitives the module docstring marks; `trades`
    ([privacy] family_trades): at a place that trades (family_trades.py) a customer-like
    noun in the trade's counterpart role is no cue (`_counterpart_words`)."""
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
        counterparts = trade_counterparts(text, words, i + 1, voikko) if trades else None
        others = [(k, w) for k, w in enumerate(words) if k not in (i, i + 1)]
        if any(
            person_cue(w.text, voikko, _counterpart_words() if k in (counterparts or ()) else own)
            and not _owner_replaced(words, k, voikko)
            for k, w in others
        ):
            found.append((owner.start, owner.end))
    return found


def _owner_replaced(words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether word k is an owner noun (privacy.toml `owner_nouns`) right after or before
    one of `owner_change_words` ("uuden omistajan", "omistaja vaihtui"): the firm's sale."""
    lexicon = load_name_lexicon()
    if not _has_base(words[k].text, voikko, lexicon.owner_nouns):
        return False
    beside = [words[j].text for j in (k - 1, k + 1) if 0 <= j < len(words)]
    return any(_has_base(w, voikko, lexicon.owner_change_words) for w in beside)


def _has_base(word: str, voikko: Analyses, bases: frozenset[str]) -> bool:
    return any(a.get("BASEFORM", "").casefold() in bases for a in voikko.analyze(word.casefold()))


def _surname_genitive(word: str, voikko: Analyses) -> bool:
    """A singular genitive Voikko reads as a surname (a place's reading too: "Mattilan",
    "Koiviston"; a town Voikko knows as no surname, "Lahden", is none), or only as a place
    whose base the gazetteer's surnames hold ("Niemisen", "Mäkelän", "Peltolan": review 33
    #4; a town is no surname there, "Kuopion", and a common noun's reading keeps a word out,
    "Kiven", "Salon", "Järvenpään")."""
    analyses = voikko.analyze(word)
    genitive = [
        a for a in analyses if a.get("SIJAMUOTO") == "omanto" and a.get("NUMBER") == "singular"
    ]
    if any(a.get("CLASS") == "sukunimi" for a in genitive):
        return True
    return (
        bool(genitive)
        and all(a.get("CLASS") == "paikannimi" for a in analyses)
        and genitive[0].get("BASEFORM", "").casefold() in load_gazetteer().last
    )


def _place(word: str, voikko: Analyses, places: Sequence[str]) -> bool:
    """A noun, no person's, whose base or last part is one of `places`."""
    nouns = [a for a in voikko.analyze(word) if a.get("CLASS") == "nimisana"]
    return bool(nouns) and not person_noun(word, voikko) and any(part_of(a, places) for a in nouns)


def person_cue(word: str, voikko: Analyses, own: FamilyPersonWords) -> bool:
    """Whether the word points to a person: a personal pronoun (given_words.toml
    `person_pronouns`: "hän", "he", a narrator's "minä", "me"; "se", "ne" also point to
    things); a noun of a person by a tie to others (privacy.toml `family_cue_nouns`,
    `kin_nouns`, `gender_nouns`, `household_nouns`, `family_nouns`: "tytär", "naapuri",
    "leski", "äiti", "mies", not in an inner local case, "naapurissa" being next door; not a
    firm's people, "johtaja", "asiakas", "harjoittelija",
    which a shop or a farm has as well: "Tolvasen tila ottaa harjoittelijoita"); a verb of
    a person's life at a place (`family_life_verbs`: "asua", "työskennellä") or of a life's
    events (`life_verbs`), in any form, a participle too ("on asunut"), or a noun Voikko
    derives from one ("kuolema"); a festive plural in -iaiset/-jaiset; a noun of a life's
    events or of care (`life_nouns`, `disease_heads`); a person's state (`human_states`,
    `work_states`)."""
    lower = word.casefold()
    if lower in own.states:
        return True
    return any(_reading_cue(a, own) for a in voikko.analyze(lower))


def _reading_cue(analysis: Mapping[str, str], own: FamilyPersonWords) -> bool:
    base = analysis.get("BASEFORM", "").casefold()
    kind = analysis.get("CLASS")
    verbs = own.acts | own.life_verbs
    if kind == "asemosana":
        return base in own.pronouns
    if kind == "teonsana":
        return base in verbs
    if analysis.get("PARTICIPLE"):
        return _from_verb(analysis, verbs)
    if kind not in _NOUNS:
        return False
    if base in own.persons and analysis.get("SIJAMUOTO") not in _INNER_LOCAL:
        return True
    if part_of(analysis, own.life_nouns):
        return True
    if analysis.get("NUMBER") == "plural" and base.endswith(_FESTIVE_ENDINGS):
        return True
    return _from_verb(analysis, own.life_verbs)


def _from_verb(analysis: Mapping[str, str], verbs: frozenset[str]) -> bool:
    """Whether Voikko derives the word from one of `verbs` ("+asu(asua)+n+ut(+ut)")."""
    derived = analysis.get("WORDBASES", "")
    return any(f"({verb})" in derived for verb in verbs)
