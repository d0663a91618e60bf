"""Capitalised words coordinated as the subject opening a clause, read together ("Kuusela ja
Haukipuro hoitaa", "Lampi ja Salmi on molemmat kalastajia"): spoken Finnish puts such a pair
before a singular verb, and neither word alone says it is a name (each is also a place or a
common noun). They are names together when

- one of them has a person-name reading (Voikko's etunimi or sukunimi, or the gazetteer's),
  none is a proper noun Voikko reads only as another kind of name ("Kesko", "Facta"), and
  their verb is one people do (the lexicon's or by its vector, verbs.py; not a business's)
  or "olla" with a person's state or a person noun ("on molemmat kokeneita kalastajia");
- or each is a word no dictionary knows that NER reads as a person, before any active verb
  that is no thing's nor business's (nicknames: "Kape ja Tuksu kokoaa").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from muistiinpanot.privacy.context import (
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    nominative,
    opens_clause,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_classes
from muistiinpanot.privacy.name_shapes import capitalised_parts
from muistiinpanot.privacy.predicate import (
    PersonTest,
    find_predicate,
    person_state,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import compound_tails
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.verbs import VerbSense

#: Words joining subjects ("ja", "sekä", "tai") besides a comma.
_JOINING = frozenset({"ja", "sekä", "tai"})
#: Voikko's class of a proper noun that is no person's (organisations, brands: "Kesko").
_OTHER_PROPER = "nimi"


def mark_coordinated_subjects(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    verbs: VerbSense | None,
    covered: Collection[int],
    settings: PrivacySettings = DEFAULT_SETTINGS,
) -> None:
    """Mark the coordinated subjects of the module docstring as names; `covered`: the words
    NER reads as a person; `settings.complement_window`: how many words after "olla" a
    person noun may stand."""
    for chain in _chains(text, words):
        if all(names[k] for k in chain) or not opens_clause(text, words[chain[0]]):
            continue
        conjuncts = [words[k] for k in chain]
        if any(_other_proper(w) or not nominative(w.text, voikko, unknown=True) for w in conjuncts):
            continue
        finnish = [_finnish_name(w, voikko) for w in conjuncts]
        if any(
            "paikannimi" in w.classes and not f for w, f in zip(conjuncts, finnish, strict=True)
        ):
            continue  # "Kinnula ja Nivala": towns
        nicknames = all(words[k].kind == "unknown" and k in covered for k in chain)
        named = any(finnish)
        if not (named or nicknames):
            continue
        window = settings.complement_window
        if _person_predicate(text, words, chain[0], voikko, verbs, window, any_verb=not named):
            for k in chain:
                names[k] = True


def _chains(text: str, words: Sequence[Word]) -> list[list[int]]:
    """Runs of two or more capitalised words joined by a comma or a joining word."""
    chains: list[list[int]] = []
    i = 0
    while i < len(words):
        chain = [i] if capitalised_parts(words[i].text) else []
        while chain:
            k = chain[-1]
            between = text[words[k].end : words[k + 1].start].strip() if k + 1 < len(words) else ""
            if between == "," and k + 1 < len(words) and capitalised_parts(words[k + 1].text):
                chain.append(k + 1)
            elif (
                between in ("", ",")
                and k + 2 < len(words)
                and words[k + 1].text.casefold() in _JOINING
                and adjacent(text, words[k + 1], words[k + 2])
                and capitalised_parts(words[k + 2].text)
            ):
                chain.append(k + 2)
            else:
                break
        if len(chain) > 1:
            chains.append(chain)
        i = chain[-1] + 1 if chain else i + 1
    return chains


def _finnish_name(word: Word, voikko: Analyses) -> bool:
    """Whether Voikko reads the word as a given name or a surname, or the gazetteer knows
    its base as a Finnish one ("Haukipuro", "Lampi"; not "Siri", "Cortana": a product is
    named so too); a hyphenated word when each of its parts is one ("Marja-Leena")."""
    if "-" in word.text:
        parts = word.text.split("-")
        return all(
            _finnish_name(Word(0, len(p), p, word.kind, word.classes), voikko) for p in parts
        )
    analyses = voikko.analyze(word.text)
    if any(a.get("CLASS") in NAME_CLASSES for a in analyses):
        return True
    bases = [a.get("BASEFORM", "") for a in analyses] or [word.text]
    return bool(gazetteer_classes(bases, finnish=True))


def _other_proper(word: Word) -> bool:
    """A proper noun to Voikko of no person ("Kesko", "Facta"), with no person-name reading."""
    return _OTHER_PROPER in word.classes and not word.classes & (NAME_CLASSES | {GAZETTEER})


def _person_predicate(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    verbs: VerbSense | None,
    window: int,
    *,
    any_verb: bool,
) -> bool:
    """Whether the verb after the subjects starting at word i is one people do, or "olla"
    with a person's state or a person noun; `any_verb`: any active verb that is no thing's
    nor business's."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    lexicon = load_name_lexicon()
    things = lexicon.thing_verbs | lexicon.business_verbs
    people = lexicon.human_verbs | lexicon.speech_verbs | lexicon.agent_verbs
    for base, _ in verb_readings(verb.text, voikko):
        if base == "olla":
            if person_state(text, words, j, voikko) or person_complement(words, j, voikko, window):
                return True
        elif base in things:
            continue
        elif any_verb or base in people or (verbs is not None and verbs.agent(base)):
            return True
    return False


def person_complement(words: Sequence[Word], j: int, voikko: Analyses, window: int) -> bool:
    """A person noun, or a compound whose last part is one, at most `window` words after
    "olla" at j ("on molemmat kokeneita poromiehiä")."""
    return any(person_head(word.text, voikko) for word in words[j + 1 : j + 1 + window])


def person_head(word: str, voikko: Analyses) -> bool:
    """A person noun, or a compound whose last parts are one as Voikko splits it
    ("poro+miehiä", "yhteys+henkilö", "kerhon+vetäjä": the derivation "vetä+jä" whole)."""
    if person_noun(word, voikko):
        return True
    for analysis in voikko.analyze(word.casefold()):
        if analysis.get("CLASS") != "nimisana":
            continue
        base = analysis.get("BASEFORM", "").casefold()
        if any(person_noun(tail, voikko) for tail in compound_tails(analysis) if tail != base):
            return True
    return False


def person_essive(voikko: Analyses) -> PersonTest:
    """A role's test for predicate.serves_in_role: a person noun, or a compound ending in
    one, in the essive ("omaishoitajana", "kerhon vetäjänä")."""
    return lambda word, _essives: person_head(word, voikko)
