"""A register name that is also a word, as the agent of an act only a person does
(docs/privacy.md, "Round 71"; issue 12, recall; `[privacy] human_agents`): "Kielo
allekirjoitti sopimuksen", "Rantala soitti eilen", "Pihlaja hakee lapset", against the same
words as the things they name ("Tuuli puhalsi", "Kielo kukkii", "Aalto kaatoi veneen").

The earlier frames (given_words.py and the modules it reads) name classes of verbs in word
lists; this rule reads any verb by its use: a capitalised word of no name marked yet

- that is a name by the population register, Voikko or the gazetteer (a given name or a
  surname) and has another reading too (a common noun, a place: "Kielo", "Aalto",
  "Rantala"), or a noun the vectors read as nature's (nouns.NounSense.natural: "Pihlaja",
  which no list holds as a name: nature acts, but never as a person does);
- in the nominative singular, opening its clause or after a fronted adverbial
  (given_words.opens_subject);
- the subject (acted_verb.py, a compound tense by its participle) of a verb in the third
  person (no reading of the form a first person's) whose every base form is one the example
  notes' writers use with persons and groups as subjects and hardly ever with things
  (agent_verbs.person_share at least `agent_share`, over at least `agent_subjects` counted
  subjects: "soittaa", "hakea", "päättää"; not "kaatua", "viedä", "jäädä");
- and whose common reading is no subject of that verb as the thing it names: the word's base
  and the verb's lie no nearer than `agent_noun_nearness` by the floret vectors (cosine:
  "tuuli" and "puhaltaa" lie near, a thing doing its own act), and the base is no word of
  people or groups (nouns.NounSense.personal: "Asukas soitti" is the noun).

A word the text or the domain's writers write in lower case stays the word
(grounding.mark_unless_written). Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.agent_verbs import person_share
from muistiinpanot.privacy.asked_places import municipality
from muistiinpanot.privacy.context import FIRST, LAST, NAME_CLASSES, Word
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.given_words import opens_subject, register_case
from muistiinpanot.privacy.grounding import capitalised_word, mark_unless_written
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import comma_clause, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.verbs import unit_vectors

#: Voikko's classes of a word's other reading beside a name's: a noun, an adjective, a
#: place ("Rantala"); a verb's reading may stand beside them ("Tuuli": tuulla).
_OTHER = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "paikannimi"})
_WORDS = _OTHER | {"teonsana", GAZETTEER}
#: Voikko's classes of a common reading whose base the vectors read ("kielo", "aalto").
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
_NOMINATIVE = "nimento"
_FIRST_PERSON = "1"
#: The conjunction of a second verb of the same subject.
_AND = frozenset({"ja", "sekä"})


def mark_human_agents(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    settings: PrivacySettings = DEFAULT_SETTINGS,
) -> None:
    """Mark the agents of the module docstring; without the vectors (`nouns` None) nothing."""
    if nouns is None:
        return
    found = [
        i
        for i, word in enumerate(words)
        if not names[i]
        and capitalised_word(word)
        and not word.classes - NAME_CLASSES - _WORDS
        and _name_or_nature(word, voikko, nouns)
        and not municipality(word.text, voikko)  # "Lahti haluaa", "Kokkola lupasi": a town
        and opens_subject(text, words, i, voikko)
        and _person_agent(text, words, i, voikko, nouns, settings)
    ]
    mark_unless_written(found, words, names, voikko)


def _name_or_nature(word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """A name with another reading too, or a noun of nature by the vectors, in the
    nominative singular (module docstring)."""
    readings = voikko.analyze(word.text)
    if not any(
        a.get("SIJAMUOTO") == _NOMINATIVE and a.get("NUMBER", "singular") == "singular"
        for a in readings
    ):
        return False
    other = word.classes & _OTHER
    named = (
        word.classes & NAME_CLASSES
        or gazetteer_reading(word.text) & {FIRST, LAST}
        or register_case(word.text, voikko, _NOMINATIVE)
    )
    if named and other:
        return True
    bases = _common_bases(readings)
    return bool(bases) and all(nouns.natural(base) for base in bases)


def _common_bases(readings: Sequence[Mapping[str, str]]) -> set[str]:
    """The base forms of the nominative common readings ("kielo" of "Kielo")."""
    return {
        a.get("BASEFORM", "").casefold()
        for a in readings
        if a.get("CLASS") in _COMMON and a.get("SIJAMUOTO") == _NOMINATIVE
    } - {""}


def _person_agent(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    nouns: NounSense,
    settings: PrivacySettings,
) -> bool:
    """Whether word i is the subject of a verb only persons do, and its common reading no
    subject of it as a thing (module docstring)."""
    found = acted_verb(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    common = _common_bases(voikko.analyze(words[i].text))
    if any(nouns.personal(noun) for noun in common):
        return False
    return any(
        _person_verb(other, voikko, nouns, common, settings)
        for other in [verb, *_conjoined_verbs(text, words, i, j, voikko)]
    )


def _conjoined_verbs(
    text: str, words: Sequence[Word], i: int, j: int, voikko: Analyses
) -> list[Word]:
    """The finite verbs after "ja" later in the clause of subject i and its verb at j, which
    the subject does too ("Tuuli vetää runoillan ja hoitaa mikin")."""
    _, end = comma_clause(text, words, i)
    return [
        words[k]
        for k in range(j + 2, end)
        if words[k - 1].text.casefold() in _AND
        and any(_third_or_participle(a) for a in voikko.analyze(words[k].text.casefold()))
    ]


def _person_verb(
    verb: Word,
    voikko: Analyses,
    nouns: NounSense,
    common: set[str],
    settings: PrivacySettings,
) -> bool:
    """Whether `verb` is in the third person and one only persons do, and none of the common
    readings `common` lies near it as a thing's own act (module docstring)."""
    readings = [
        a
        for a in voikko.analyze(verb.text.casefold())
        if a.get("CLASS") == "teonsana" or a.get("PARTICIPLE")
    ]
    if not any(_third_or_participle(a) for a in readings) or any(
        a.get("PERSON") == _FIRST_PERSON for a in readings
    ):
        return False
    bases = {base for base, _ in verb_readings(verb.text, voikko)}
    if not bases:
        return False
    for base in bases:
        share = person_share(base, settings.agent_subjects)
        if share is None or share < settings.agent_share:
            return False
    return not any(
        _nearness(nouns, noun, base) >= settings.agent_noun_nearness
        for noun in common
        for base in bases
    )


def _nearness(nouns: NounSense, noun: str, verb: str) -> float:
    """The cosine of the floret vectors of a noun's and a verb's base forms."""
    rows = unit_vectors(nouns.vectors, [noun, verb])
    return float(np.dot(rows[0], rows[1]))


def _third_or_participle(analysis: Mapping[str, str]) -> bool:
    """A verb's reading in the third person, active, or a past active participle."""
    if analysis.get("PARTICIPLE") == "past_active":
        return True
    return analysis.get("CLASS") == "teonsana" and analysis.get("PERSON") == "3"
