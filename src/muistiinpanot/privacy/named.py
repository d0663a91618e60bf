"""Things named like people, read from the noun the sentence gives them (names.py unmarks
them after every rule that marks names):

- a head noun right before a one-word name ("ravintola Helmi", "laiva Aallotar",
  "Kokoustila Kuusi"): the name of the café, the vessel, the room (a whole name after it,
  "Helmi Aalto", is a person's). The head stays in the nominative while the name inflects
  ("ravintola Helmessä"); a name in the allative, the ablative or the comitative after it
  is a person receiving, giving or accompanying ("kirja Helmille": a book for Helmi). A
  vessel takes a whole name too ("laiva Heikki Kuutti hinattiin", "M/S Aino Ackté"), read
  in vessels.py;
- the subject opening a clause (and the names coordinated with it) of "olla" whose
  complement is such a head noun ("Helmi on kylän ainoa ravintola", "Aho ja Rinne ovat
  kyliä"), not a person noun ("Aho on kylän vanhin asukas") nor "olla" of a compound tense
  ("Aho on pitänyt kauppaa");
- a name in the genitive before a word of an era ("Engelin aikaan", "Engelin ajoilta"; the
  lexicon's `era_words`): a well-known person's time, as a name of a period.

The head nouns are the lexicon's `thing_name_heads` (venues, vessels, works, places,
systems), also as the last part of a compound ("yhteysalus"); a word that is itself a name
to Voikko or the gazetteer ("Satu", "Lehti") is never a head.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from muistiinpanot.privacy.context import (
    ADJECTIVES,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
    unmark_name_chain,
)
from muistiinpanot.privacy.diseases import drop_eponymous_diseases
from muistiinpanot.privacy.double_surnames import double_surname
from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.ner import capitalised_unknown
from muistiinpanot.privacy.predicate import find_predicate, olla_at, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import genitive
from muistiinpanot.privacy.structure import conjuncts, person_noun
from muistiinpanot.privacy.vessels import drop_prefixed_vessels, person_case, vessel_whole_name

#: Cases of a copula's complement: the nominative and the partitive ("on kylä", "on kyliä").
_COMPLEMENT_CASES = frozenset({"nimento", "osanto"})


def drop_named_things(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    window: int,
    acting: Callable[[int], bool],
    habitive: bool = False,
) -> list[tuple[int, int]]:
    """Unmark the names of things of the module docstring. Returns their character ranges;
    `window`: how many words after "olla" the complement's head noun may stand ("on kylän
    ainoa ravintola": genitives and adjectives before it are passed), the setting
    `complement_window` that the person frames read too; `acting`: whether word i is the
    subject of a verb people do (names.py); `habitive` ([privacy] habitive_not_thing): a
    capitalised given name read only in the adessive is a clause of having's owner, no subject."""
    ranges = []
    for i in range(1, len(words)):
        head = words[i - 1]
        # a capitalised word no rule marked is blocked too, as NER may call it a person: one
        # no dictionary knows ("Kyläkoulu Ilola") or a surname that is a word ("Näkötorni
        # Kurki")
        if not (names[i] or capitalised_unknown(words[i]) or _capitalised_word(words[i])):
            continue
        # a head of no name's reading that a rule marked beside the name is no name itself
        # ("Lintutorni Kurki": the tower, not a surname's genitive before it)
        if (names[i - 1] and head.kind != "other") or not adjacent(text, head, words[i]):
            continue
        if not _head_noun(head, voikko, cases={"nimento"}) or person_case(words[i], voikko):
            continue
        whole = i + 1 < len(words) and names[i + 1] and adjacent(text, words[i], words[i + 1])
        if whole and not vessel_whole_name(text, words, i, voikko, acting):
            continue  # a person's whole name after a noun ("hanke Pekka Aalto kertoi")
        if whole:  # a vessel named by a whole name ("laiva Heikki Kuutti hinattiin")
            names[i + 1] = False
            ranges.append((head.start, words[i + 1].end))
        if acting(i) and _person_beside(text, words, i, voikko):
            continue  # a role that only ends in a thing's head ("Sydäntenmurtaja Pekka tuli"),
            # a person from an institution ("Kirjasto Liisa lupasi tuoda kahvit")
        names[i] = names[i - 1] = False
        ranges.append((head.start, words[i].end))
    ranges += _eras(text, words, names, voikko)
    ranges += drop_eponymous_diseases(text, words, names, voikko)
    ranges += drop_prefixed_vessels(text, words, names, voikko, acting)
    ranges += _aliases(text, words, names, voikko)
    for i in range(len(words)):
        if not names[i]:
            continue
        start = i - 1 if i > 0 and _capitalised_attribute(text, words, i, voikko) else i
        if not opens_clause(text, words[start]):
            continue
        verb = _thing_complement_verb(text, words, i, voikko, window, habitive)
        if verb is not None:
            for k in range(i, verb):
                names[k] = False
            ranges.append((words[start].start, words[verb - 1].end))
    return ranges


def _capitalised_attribute(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a capitalised adjective stands right before word i, an attribute that begins
    a thing's name ("Salainen Sanna on kaupungin chattibotti")."""
    before = words[i - 1]
    if not before.text[:1].isupper() or not adjacent(text, before, words[i]):
        return False
    readings = voikko.analyze(before.text.casefold())
    return bool(readings) and all(a.get("CLASS") in ADJECTIVES for a in readings)


def _aliases(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark a name right after "eli" that renames an organisation or a thing before it
    ("Taiteen edistämiskeskus eli Taike": the body's short name; not "sihteeri eli Taina").
    Only a word that is no person's name to Voikko or the gazetteer, or one written in
    capitals ("Kansaneläkelaitos eli Kela", "eli OPH"): "Kirjasto eli Aino lupasi" is Aino
    answering for the library; and never when names are coordinated with it ("Henkilökunta
    eli Aino ja Pekka": the staff, by name)."""
    lexicon = load_name_lexicon()
    heads = (*lexicon.organisation_heads, *lexicon.thing_name_heads)  # a body's, a thing's
    ranges = []
    for i in range(2, len(words)):
        alias, before = words[i - 1], words[i - 2]
        if not names[i] or names[i - 2] or alias.text.casefold() != "eli":
            continue
        if not (adjacent(text, before, alias) and adjacent(text, alias, words[i])):
            continue
        if i + 1 < len(words) and names[i + 1] and adjacent(text, words[i], words[i + 1]):
            continue  # a person's whole name ("yhteyshenkilö eli Aino Laine")
        # the first part of the body's hyphenated name, repeated, is its short name
        # ("Aalto-yliopisto eli Aalto"), whatever else it is
        repeated = before.text.rsplit("-", 1)[0].casefold() == words[i].text.casefold()
        if (_personal_name(words[i]) and not repeated) or any(
            names[j] for j in conjuncts(text, words, i) if j > i
        ):
            continue
        bases = [a.get("BASEFORM", "").casefold() for a in voikko.analyze(before.text.casefold())]
        if bases and all(b.endswith(heads) for b in bases):
            names[i] = False
            ranges.append((words[i].start, words[i].end))
    return ranges


def _personal_name(word: Word) -> bool:
    """A given name or a surname to Voikko or the gazetteer, not written in capitals (an
    acronym: "AINO", a system's name)."""
    if len(word.text) > 1 and word.text.isupper():
        return False
    return bool((word.classes | gazetteer_reading(word.text)) & NAME_CLASSES)


def _capitalised_word(word: Word) -> bool:
    """A capitalised word (not in capitals) with a name's or a common word's reading."""
    return word.kind in ("weak", "other") and word.text[:1].isupper() and not word.text.isupper()


def _eras(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark a chain of names ending in a genitive right before a word of an era."""
    ranges = []
    eras = load_name_lexicon().era_words
    for i in range(len(words) - 1):
        if not names[i] or words[i + 1].text.casefold() not in eras:
            continue
        if not adjacent(text, words[i], words[i + 1]) or not genitive(
            words[i].text, voikko, unknown=True
        ):
            continue
        ranges.append(unmark_name_chain(text, words, names, i))
    return ranges


def _head_noun(word: Word, voikko: Analyses, *, cases: set[str] | frozenset[str]) -> bool:
    """A common noun in one of `cases` whose base is or ends in a thing's head noun, and
    that is no name itself."""
    heads = load_name_lexicon().thing_name_heads
    if word.kind == "unknown" and word.text.islower():  # a compound Voikko does not know
        return "nimento" in cases and word.text.endswith(heads)  # "chattibotti"
    if word.kind != "other":
        return False
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") in cases
        and a.get("BASEFORM", "").casefold().endswith(heads)
        for a in voikko.analyze(word.text.casefold())
    )


def _thing_head(word: Word, voikko: Analyses, heads: Collection[str] = ()) -> bool:
    """Whether the head noun's base form is itself a thing's head ("Laiva", "Jäänmurtaja",
    "Romaani"), not a compound that merely ends in one ("Sydäntenmurtaja", "Kotikoulu");
    `heads`: those of the lexicon's `thing_name_heads` unless given."""
    heads = heads or load_name_lexicon().thing_name_heads
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text.casefold())}
    return bool((bases or {word.text.casefold()}) & set(heads))


def _person_beside(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the name at i after a noun of a thing's head is a person who acts. After a
    compound that ends in a head: the compound is a person's noun ("Sydäntenmurtaja Pekka
    tuli"), or the name's verb is one only people do (privacy.toml human, speech and
    individual verbs: "Kotikoulu Liisa kertoi"); not a verb an institution does too
    ("Päiväkoti Onni sai uudet tilat"). After a head itself ("Kirjasto", "Seura": notes
    name a person from an organisation so), a verb a body or a work does not do: a human or
    an individual verb ("Kirjasto Liisa lupasi", "Kerho Aino ilmoittautui"), a verb of
    saying in the past tense after an institution's head, what someone said in the meeting
    ("Kirjasto Aino kertoi"; a work tells, `telling_heads`: "Romaani Anna kertoi sodasta",
    a gallery shows in the present, "esittelee"), or an errand verb with a total object
    ("Seura Onni hoitaa avaimet"; review 19, finding 2)."""
    lexicon = load_name_lexicon()
    own_head = _thing_head(words[i - 1], voikko)
    if not own_head and person_noun(words[i - 1].text, voikko):
        return True
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    readings = verb_readings(found[1].text, voikko)
    if not own_head:
        people = lexicon.human_verbs | lexicon.speech_verbs | lexicon.individual_verbs
        return any(base in people for base, _ in readings)
    personal = lexicon.human_verbs | lexicon.individual_verbs
    telling = _thing_head(words[i - 1], voikko, lexicon.telling_heads)  # a work tells
    saying = frozenset() if telling else lexicon.speech_verbs
    if any(base in personal or (base in saying and past) for base, past in readings):
        return True
    errand = any(base in lexicon.errand_verbs for base, _ in readings)
    return errand and _total_object(text, words, found[0], voikko)


def _total_object(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> bool:
    """Whether a noun in the nominative or the genitive (a total object: "hoitaa avaimet",
    "hoitaa asian") and in no other case follows the verb at j."""
    if j + 1 >= len(words) or not adjacent(text, words[j], words[j + 1]):
        return False
    readings = voikko.analyze(words[j + 1].text.casefold())
    nouns = [a for a in readings if a.get("CLASS") == "nimisana"]
    return bool(nouns) and all(a.get("SIJAMUOTO") in {"nimento", "omanto"} for a in nouns)


def _thing_complement_verb(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int, habitive: bool
) -> int | None:
    """Where "olla" is when the subject at i (past the words of its name and those
    coordinated with it) is that of "olla" whose complement is a thing's head noun: the
    first noun after the verb that is no genitive nor also an adjective. A family's double
    surname in the adessive is its owner, no subject ("Peura-Aholla on kaksi autoa": a
    clause of having; double_surnames.py, round 43), and with `habitive` a capitalised
    given name read only in the adessive ("Kallella on auto jolla …"; privacy88)."""
    readings = voikko.analyze(words[i].text)
    if (
        readings
        and all(a.get("SIJAMUOTO") == "ulkoolento" for a in readings)
        and ((habitive and _given_owner(words[i], readings)) or double_surname(words[i], voikko))
    ):
        return None
    j = i
    while j + 1 < len(words) and adjacent(text, words[j], words[j + 1]):
        if not words[j + 1].text[:1].isupper():
            break
        j += 1  # the rest of a many-word name ("Helmi Aalto on …")
    if j + 1 < len(words) and adjacent(text, words[j], words[j + 1]):
        epithet = voikko.analyze(words[j + 1].text)
        if epithet and all(
            a.get("CLASS") in ADJECTIVES and a.get("SIJAMUOTO") == "nimento" for a in epithet
        ):
            j += 1  # an epithet after the name ("Sinuhe egyptiläinen on hyvä kirja")
    k = olla_at(text, words, j, voikko)
    if k is None:
        return None
    for word in words[k + 1 : k + 1 + window]:
        readings = voikko.analyze(word.text.casefold())
        nouns = [a for a in readings if a.get("CLASS") == "nimisana"]
        only_verb = bool(readings) and all(a.get("CLASS") == "teonsana" for a in readings)
        if only_verb or any(a.get("PARTICIPLE") == "past_active" for a in readings):
            return None  # "on pitänyt kahvilaa": "olla" of a compound tense, no copula
        if any(a.get("CLASS") in ADJECTIVES for a in readings):
            continue  # "ainoa", "suosituin": an attribute before the head
        if nouns and all(a.get("SIJAMUOTO") == "omanto" for a in nouns):
            continue  # "kylän": a genitive before the head
        if nouns or not readings:  # a noun, or a compound Voikko does not know
            return k if _head_noun(word, voikko, cases=_COMPLEMENT_CASES) else None
    return None


def _given_owner(word: Word, readings: Sequence[dict[str, str]]) -> bool:
    """A capitalised given name (no place's reading) in the adessive: a person who has. A
    surname's may be a farm's or a village's locative ("Ylä-Aholla on kaksi koulua")."""
    return (
        word.text[:1].isupper()
        and any(a.get("CLASS") == "etunimi" for a in readings)
        and not any(a.get("CLASS") == "paikannimi" for a in readings)
    )
