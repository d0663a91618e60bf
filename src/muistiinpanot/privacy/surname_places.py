"""A lone surname's genitive naming a place or a firm, where no person is in the text
(docs/privacy.md, "Round 58"; precision): "Väisäsen tila on suojeltu", "Eskolan tilalla
kompostoidaan", "Hakalan risteys on pimeällä vaarallinen", "Mustosen mäellä murskain pitää
meteliä", "Sirviön taksi hoitaa koulukyydit". Finnish names a farm, a mill, an estate, a
piece of land or a point on a way by a family's genitive, and a trade by its owner's; the
word is unmarked when

- it is capitalised, a singular genitive Voikko reads as a surname and as no given name,
  the text is not all capitals, and it stands alone: no name, capitalised word, title,
  person noun or other noun in the nominative right before it ("Liisa Laitisen", "Huong
  Tranin", "metsänomistaja Honkasen", "metsuri Pesosen" are a person's);
- the next word (a space between) is a lower-case common noun, no person's, whose base or
  last part is
  - a place: a trade's or a business's premises (privacy.toml `business_heads`,
    `trade_heads`; lookalikes.toml `firm_heads`), an estate (`estate_heads`) or land and a
    way's features (lookalikes.toml `terrain_heads`: "risteys", "mäki", "ranta", "metsä"),
    in any case; not a home (privacy.toml `family_places`: "talo", "mökki", "piha"), unless a
    body's word comes first in its compound ("päivä+koti", "palvelu+koti": an institution);
  - or a firm acting: a noun of a service a person also receives (lookalikes.toml
    `service_heads`: "taksi", "sähkö", "kuljetus") as the subject of a verb, not "olla",
    with an object in its clause ("Salmisen sähkö asensi pumpun"; a genitive before a
    postposition is none: "leikkauksen jälkeen"), or any noun as the subject of a business verb
    (privacy.toml `business_verbs`: "Lindin huonekalu myy sänkyjä"); "Virtasen taksi
    myöhästyi" and "Salosen sähkö katkesi" stay a person's, and so does a motion
    (lookalikes.toml `motion_heads`: "liike", "Mäkisen kävelyliike");
- and no other word of the text points to a person (person_signs.py: the family rule's
  cues, a person noun, a verb people do, a verb whose doer goes unsaid, a party, a narrator,
  a sensitive event: "Korhosen tilalla poliisi teki kotietsinnän", round 59) nor is marked
  as a name ("Nieminen sanoi, että Niemisen tila on myynnissä").

A name hyphened to a lower-case noun of a body, a building or a place names that place the
same way ("Ilves-hallissa", "Sibelius-talossa"; Voikko reads "Ilves-hallissa" as the
surname Hall's): unmarked where no person is in the text, not a home ("Virtanen-talossa").

Read in names.find_name_spans after the other dropping rules; the setting `surname_places`
turns it off.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, LAST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.person_signs import clause_break, person_signs
from muistiinpanot.privacy.predicate import find_predicate, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of, parts

#: Voikko's cases of a direct object: the partitive, the accusative as a genitive
#: (singular) or a nominative (plural): "ajaa koulutaksia", "asensi pumpun", "vie jätteet".
_OBJECT_CASES = frozenset({"osanto", "omanto", "nimento"})
#: Voikko's classes of the genitive: a surname's, or a place's that the register also
#: lists as a surname ("Nousiaisen": the word's classes hold the register's surname).
_OWNER_CLASSES = frozenset({LAST, "paikannimi"})


@functools.cache
def _heads() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(places, services, homes, bodies) of the module docstring."""
    names = load_name_lexicon()
    own = load_lookalikes()
    services = own.service_heads
    places = (
        *names.business_heads,
        *(h for h in names.trade_heads if h not in own.motion_heads),
        *own.firm_heads,
        *own.estate_heads,
        *own.terrain_heads,
    )
    bodies = frozenset({*names.organisation_heads, *names.line_owner_heads})
    return places, services, names.family_places, bodies


def drop_surname_places(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> list[tuple[int, int]]:
    """Unmark the genitives of the module docstring; returns their ranges."""
    if not cased:
        return []
    places, services, homes, bodies = _heads()
    cues: list[bool] | None = None
    ranges = []
    for i in range(len(words) - 1):
        owner, head = words[i], words[i + 1]
        if not names[i] or not _lone(text, words, i, voikko):
            continue
        if not adjacent(text, owner, head) or not head.text.islower():
            continue
        nouns = [a for a in voikko.analyze(head.text) if a.get("CLASS") == "nimisana"]
        if not nouns or person_noun(head.text, voikko):
            continue
        place = any(
            part_of(a, places) or (part_of(a, homes) and _institution(a, bodies)) for a in nouns
        )
        if any(part_of(a, homes) and not _institution(a, bodies) for a in nouns):
            continue  # a home ("Forsbergin piha", "Hiltusen talossa")
        if not place and not _firm_acting(text, words, i + 1, voikko, services):
            continue
        if cues is None:
            cues = person_signs(text, words, voikko)
        if any(c or names[k] for k, c in enumerate(cues) if k not in (i, i + 1)):
            continue  # a sign of a person, or another name marked: a person is in the text
        names[i] = False
        ranges.append((owner.start, owner.end))
    return ranges


def _lone(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """A capitalised singular genitive read as a surname (a place's reading too) and as no
    given name, with no
    name, capitalised word or person noun right before it (spaces only between)."""
    word = words[i]
    if not word.text[:1].isupper() or FIRST in word.classes or LAST not in word.classes:
        return False
    if not any(
        a.get("CLASS") in _OWNER_CLASSES
        and a.get("SIJAMUOTO") == "omanto"
        and a.get("NUMBER") == "singular"
        for a in voikko.analyze(word.text)
    ):
        return False
    if i == 0 or not adjacent(text, words[i - 1], word):
        return True
    before = words[i - 1].text
    if before[:1].isupper() or person_noun(before, voikko):
        return False
    return not any(  # a noun before may be a trade's or a title the lexicon lacks ("metsuri")
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(before.casefold())
    )


def _institution(analysis: dict[str, str], bodies: frozenset[str]) -> bool:
    """A home's noun in a compound whose earlier part is a body's ("päivä+koti")."""
    return any(p.base in bodies or p.surface.casefold() in bodies for p in parts(analysis)[:-1])


def _firm_acting(
    text: str, words: Sequence[Word], k: int, voikko: Analyses, services: Sequence[str]
) -> bool:
    """Whether the noun at k is a nominative subject of a business verb, or a service's
    noun (`services`) as the subject of a verb with an object in its clause."""
    readings = [a for a in voikko.analyze(words[k].text) if a.get("CLASS") == "nimisana"]
    if not any(a.get("SIJAMUOTO") == "nimento" for a in readings):
        return False
    found = find_predicate(text, words, k, voikko)
    if found is None:
        return False
    j, verb = found
    bases = {base for base, _ in verb_readings(verb.text, voikko)}
    if not bases or "olla" in bases:
        return False  # a passive, no verb, or the copula (no object)
    if bases & load_name_lexicon().business_verbs:
        return True
    return any(part_of(a, services) for a in readings) and _object_after(text, words, j, voikko)


def _object_after(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> bool:
    """Whether a common noun in an object's case stands after the verb at j in its clause."""
    for n in range(j + 1, len(words)):
        if clause_break(text, words, n):
            return False
        governed = n + 1 < len(words) and _postposition(words[n + 1].text, voikko)
        for a in voikko.analyze(words[n].text.casefold()):
            case, number = a.get("SIJAMUOTO"), a.get("NUMBER")
            if a.get("CLASS") != "nimisana" or case not in _OBJECT_CASES:
                continue
            plural = number == "plural"
            if case == "osanto" or (case == "nimento" and plural):
                return True
            if case == "omanto" and not plural and not governed:
                return True
    return False


def _postposition(word: str, voikko: Analyses) -> bool:
    """A word with an adverb's reading, as Voikko reads a postposition ("jälkeen", "ohi"):
    the genitive before it is its complement, no object ("aivoinfarktin jälkeen")."""
    return any(a.get("CLASS") == "seikkasana" for a in voikko.analyze(word.casefold()))


def drop_hyphened_places(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> list[tuple[int, int]]:
    """Unmark a capitalised name hyphened to a lower-case noun of a body, a building or a
    place (module docstring); returns their ranges."""
    if not cased:
        return []
    places, _, homes, bodies = _heads()
    heads = (*places, *bodies)
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or word.text.count("-") != 1:
            continue
        first, last = word.text.split("-")
        if not (first[:1].isupper() and last.islower()) or person_noun(last, voikko):
            continue
        # the common noun's readings: a lower-case part is no name ("hallissa": halli, Hall)
        readings = [a for a in voikko.analyze(last) if a.get("CLASS") == "nimisana"]
        if any(part_of(a, homes) for a in readings) or not any(part_of(a, heads) for a in readings):
            continue
        if any(c or names[k] for k, c in enumerate(person_signs(text, words, voikko)) if k != i):
            continue
        names[i] = False
        ranges.append((word.start, word.end))
    return ranges
