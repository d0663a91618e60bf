"""A register given name that is also a word, read as a person by where it goes
(docs/privacy.md, "Round 53"; issue 12, recall): the subject of going to, visiting or
staying away from a gathering people attend, or of fetching a person. Weather, light and
feelings come, go and stay too ("Lumi tuli", "Into palasi kokoukseen", "Valo jäi päälle
kerhohuoneeseen"), but no word of these goes to a meeting or a course, visits a doctor or
fetches a child. Called by given_words.py for a register name in the nominative opening
its clause (the same subject it reads its other frames for), so "Usva", "Into" and "Valo",
which Voikko reads only as common nouns, are read too.

The frames (lexicon `lexicons/given_words.toml`, round 53), read in the verb's clause up to
a comma or a clause's end:

- a verb of going (`attending_verbs`: "meni", "ehti", "pääsi", also negated) with a
  gathering (`gathering_nouns`, by base form or a compound's last part: "kyläkokoukseen",
  "uimakurssille") in the illative or allative, or a person noun in the allative ("meni
  lääkärille");
- a verb of visiting (given_words.toml `errand_visit`: "kävi") with a gathering in the
  inessive or adessive, or a person noun in the adessive ("kävi kampaajalla");
- a verb of staying away (`absence_verbs`: "jäi pois talkoista", "jäi kotiin kurssilta")
  with a gathering in the elative or ablative;
- a verb of fetching (`fetching_verbs`: "haki", "noutaa"), or a verb of going with its third
  infinitive ("tuli hakemaan"), with a noun of a person, of kin or of sex as its object: in
  the accusative, the partitive, the nominative plural or with a possessive, and not an
  attribute of a noun after it ("haki pojan kerhosta"; not "vei lasten hiekkalinnan").

A lower-case noun coordinated with the subject makes it a common noun too ("Sisko ja veli
pääsi samaan kerhoon": a sister and a brother). For a word of nature an adverb of passage
in the clause of a verb of going (given_words.toml `passage_adverbs`: "sisään", "läpi")
makes the gathering a room a force gets into ("Sade tuli kerhoon sisään katon läpi"; "jäi
pois talkoista" is staying away).

`[privacy] attending_frames` turns it off. It only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.predicate import (
    comma_clause,
    find_predicate,
    perfect_participle,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.structure import COORDINATORS, person_noun

#: Voikko's cases: where one goes, where one is, where one comes from (inner and outer).
_TO_GATHERING = frozenset({"sisatulento", "ulkotulento"})
_AT_GATHERING = frozenset({"sisaolento", "ulkoolento"})
_FROM_GATHERING = frozenset({"sisaeronto", "ulkoeronto"})
_TO_PERSON = frozenset({"ulkotulento"})
_AT_PERSON = frozenset({"ulkoolento"})
#: Cases of a verb's object: the accusative (Voikko's genitive or nominative), the
#: partitive; a nominative only in the plural or with a possessive ("noutaa lapset", "hakee
#: tyttärensä").
_OBJECT_CASES = frozenset({"omanto", "osanto", "nimento"})
_NOUN = "nimisana"


def attends(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, *, nature: bool = False
) -> bool:
    """Whether the subject at i goes to, visits or stays away from a gathering, or fetches a
    person (module docstring); `nature`: the word is one of nature (given_words.nature_word),
    which an adverb of passage in the clause makes a force getting in."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    if _common_conjunct(words[i + 1 : j], voikko):
        return False
    participle = perfect_participle(text, words, j, voikko)
    if participle is not None:  # "on käynyt", "oli mennyt"
        j, verb = j + 1, participle
    lexicon = load_given_lexicon()
    bases = {base for base, _ in verb_readings(verb.text, voikko)}
    _, end = comma_clause(text, words, j)
    clause = words[j + 1 : end]
    if bases & lexicon.fetching_verbs:
        return _fetched_person(clause, voikko)
    if bases & lexicon.attending_verbs:
        if nature and any(w.text.casefold() in lexicon.passage_adverbs for w in clause):
            return False  # "Sade tuli kerhoon sisään katon läpi": rain getting into a room
        return _goes_to(clause, voikko) or _goes_fetching(clause, voikko)
    if bases & lexicon.errand_visit:
        return _any_reading(clause, voikko, _AT_GATHERING, _AT_PERSON)
    if bases & lexicon.absence_verbs:
        return _any_reading(clause, voikko, _FROM_GATHERING, frozenset())
    return False


def _common_conjunct(between: Sequence[Word], voikko: Analyses) -> bool:
    """Whether a lower-case noun in the nominative is coordinated with the subject before
    its verb: like is joined with like, so the subject is that common noun's kind ("Sisko ja
    veli pääsi samaan kerhoon")."""
    return any(
        word.text.islower()
        and k > 0
        and between[k - 1].text.casefold() in COORDINATORS
        and any(
            a.get("CLASS") == _NOUN and a.get("SIJAMUOTO") == "nimento"
            for a in voikko.analyze(word.text)
        )
        for k, word in enumerate(between)
    )


def _goes_to(clause: Sequence[Word], voikko: Analyses) -> bool:
    return _any_reading(clause, voikko, _TO_GATHERING, _TO_PERSON)


def _goes_fetching(clause: Sequence[Word], voikko: Analyses) -> bool:
    """The third infinitive's illative of a verb of fetching right after the verb of going,
    with a person as its object ("tuli hakemaan tyttärensä")."""
    if not clause:
        return False
    fetching = load_given_lexicon().fetching_verbs
    if not any(
        a.get("MOOD") == "MA-infinitive"
        and a.get("SIJAMUOTO") == "sisatulento"
        and a.get("BASEFORM", "").casefold() in fetching
        for a in voikko.analyze(clause[0].text.casefold())
    ):
        return False
    return _fetched_person(clause[1:], voikko)


def _any_reading(
    clause: Sequence[Word],
    voikko: Analyses,
    gathering_cases: frozenset[str],
    person_cases: frozenset[str],
) -> bool:
    """Whether a word of the clause is a gathering in one of `gathering_cases` or a person
    noun in one of `person_cases`."""
    gatherings = load_given_lexicon().gathering_nouns
    for word in clause:
        for a in voikko.analyze(word.text.casefold()):
            if a.get("CLASS") != _NOUN:
                continue
            case = a.get("SIJAMUOTO", "")
            if case in gathering_cases and part_of(a, gatherings):
                return True
            if case in person_cases and _person(word.text, a, voikko):
                return True
    return False


def _fetched_person(clause: Sequence[Word], voikko: Analyses) -> bool:
    """Whether a noun of a person is an object in the clause, no attribute of a noun right
    after it ("haki pojan kerhosta", "noutaa lapset"; not "lasten hiekkalinnan")."""
    for k, word in enumerate(clause):
        for a in voikko.analyze(word.text.casefold()):
            if a.get("CLASS") != _NOUN or a.get("SIJAMUOTO") not in _OBJECT_CASES:
                continue
            if a.get("SIJAMUOTO") == "nimento" and not (
                a.get("NUMBER") == "plural" or a.get("POSSESSIVE")
            ):
                continue  # the subject's case; with a possessive it is the accusative too
            if not _person(word.text, a, voikko):
                continue
            if a.get("SIJAMUOTO") == "omanto" and (
                a.get("NUMBER") == "plural" or _noun_after(clause, k, voikko)
            ):
                continue  # "lasten hiekkalinnan", "pojan pyörän": an owner, not the object
            return True
    return False


def _noun_after(clause: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether the word after k is a noun in a case an attribute's head takes (not a local
    case: "pojan kerhosta" is where the son is fetched from)."""
    if k + 1 >= len(clause):
        return False
    return any(
        a.get("CLASS") == _NOUN and a.get("SIJAMUOTO") in _OBJECT_CASES
        for a in voikko.analyze(clause[k + 1].text.casefold())
    )


def _person(word: str, analysis: Mapping[str, str], voikko: Analyses) -> bool:
    """A noun of a person: an agent, a title or a person word (structure.person_noun), a kin
    noun, one of sex or age, or kin a place has too ("poika", "lapsi": a place fetches none)."""
    names = load_name_lexicon()
    given = load_given_lexicon()
    kin = names.kin_nouns | names.gender_nouns | given.place_kin_nouns | given.maker_kin_nouns
    return part_of(analysis, kin) or person_noun(word, voikko)
