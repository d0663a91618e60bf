"""Register names coordinated at the opening of a clause, told by their capitals ("Sade ja
Valo kävivät muistikahvilassa", "Talvi ja Lumi kävivät hiihtämässä", "Pilvi ja Voitto vetää
kylän talkoita"; docs/privacy.md, "Round 57"; issue 12, recall).

A clause's first word has its capital from the clause, but a conjunct after "ja", "sekä" or
a comma has it from the writer: in normally cased text a capitalised common noun there is a
name. So a chain of two or more capitalised words coordinated by commas and "ja" or "sekä",
opening its clause (or after a fronted adverbial, given_words.opens_subject), is a chain of
names when

- at least two of its words are, in the nominative, names of the population register (a
  given name or a surname: "Sade", "Valo", "Talvi", "Lumme") and each other one is a
  capitalised word Voikko reads only as a common noun, an adjective or a name ("Kulta");
- every word has a nominative reading of a noun, an adjective or a name, and none a place's
  reading ("Lahti, Salo ja Kotka"), a numeral's, a verb's, an adverb's or a conjunction's;
  none is in capitals or hyphened;
- the chain stands alone: not in quotes, not before a hyphened head ("Valo ja Varjo
  -näyttely") nor before another capitalised word (a longer name: "Lehto ja Vuori Oy",
  "Jenny ja Antti Wihurin rahasto");
- the text writes none of its words in lower case elsewhere ("Sade ja Valo … sade jatkui");
- where a word is one of nature (given_words.nature_word, by the lexicon or the vectors:
  "Valo"), a sign of people: its verb one people do by the lexicon, or nearer people's
  verbs than things' by the vectors ("Sade ja Valo kävivät"), or a personal pronoun, a kin
  noun or a person noun in the text ("he ovat kaksoset"); "Usva ja Valo täyttivät laakson"
  (test_kinds25) stays.

The first conjunct may be in lower case where it opens the text and the writer did not
capitalise the text's first word ("sade ja Tuisku olivat"). What the class cannot separate:
a pair of capitalised register words naming themes or works without quotes or a head ("Rauha
ja Toivo olivat illan teemat") is read as two people; a chain with a word of nature and no
verb or a passive one is left ("Lehto, Lumme ja Kulta ehdolla", "Vuori ja Kivi valittiin").
Only marks more text;
`[privacy] register_conjuncts` turns it off.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from muistiinpanot.privacy.context import NAME_CLASSES, Word, adjacent, opens_clause
from muistiinpanot.privacy.gazetteer import GAZETTEER, register_names
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import nature_word, opens_subject
from muistiinpanot.privacy.grounding import capitalised_word
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.name_shapes import normally_cased
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.usage import lower_case_nouns
from muistiinpanot.privacy.verbs import VerbSense

#: Voikko's classes a conjunct may have: a common noun's, an adjective's, a name's.
_READINGS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", GAZETTEER}) | NAME_CLASSES
#: Voikko's classes no conjunct may have: a place, a numeral, a verb, an adverb, a conjunction.
_NOT_NAMES = frozenset({"paikannimi", "lukusana", "teonsana", "seikkasana", "sidesana"})
_JOINING = frozenset({"ja", "sekä"})
#: Verbs that carry another verb: the chain's verb is the one after them.
_AUXILIARY = frozenset({"olla", "ei"})
_QUOTES = "\"'“”«»"
#: Marks right after a chain that make it part of something longer (a hyphened head).
_ATTACHED = "-–—" + _QUOTES


def mark_register_conjuncts(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    verbs: VerbSense | None,
) -> None:
    """Mark the chains of the module docstring."""
    if not normally_cased(words):
        return
    written: frozenset[str] | None = None  # read once, when a chain needs it
    i = 0
    while i < len(words):
        chain = _chain(text, words, i)
        if len(chain) > 1:
            if written is None:
                written = lower_case_nouns([w.text for w in words], voikko)
            if _names(text, words, chain, voikko, written, nouns, verbs):
                for k in chain:
                    names[k] = True
        i = chain[-1] + 1 if len(chain) > 1 else i + 1


def _chain(text: str, words: Sequence[Word], i: int) -> list[int]:
    """Word i and the words coordinated after it by a comma, "ja" or "sekä"."""
    chain = [i]
    while True:
        k = chain[-1]
        between = text[words[k].end : words[k + 1].start] if k + 1 < len(words) else ""
        if between.strip() == "," and between.endswith(" "):
            chain.append(k + 1)
        elif (
            k + 2 < len(words)
            and words[k + 1].text.casefold() in _JOINING
            and adjacent(text, words[k], words[k + 1])
            and adjacent(text, words[k + 1], words[k + 2])
        ):
            chain.append(k + 2)
        else:
            return chain


def _names(
    text: str,
    words: Sequence[Word],
    chain: list[int],
    voikko: Analyses,
    written: frozenset[str],
    nouns: NounSense | None,
    verbs: VerbSense | None,
) -> bool:
    first, last = words[chain[0]], words[chain[-1]]
    if not (opens_subject(text, words, chain[0], voikko) or _lower_opening(text, first)):
        return False
    before, behind = text[: first.start].rstrip()[-1:], text[last.end :].lstrip()[:1]
    if (before and before in _QUOTES) or (behind and behind in _ATTACHED):
        return False  # '"Lumi ja Halla" oli teema', "Valo ja Varjo -näyttely"
    after = chain[-1] + 1
    if after < len(words) and words[after].text[:1].isupper():
        return False  # "Lehto ja Vuori Oy", "Jenny ja Antti Wihurin"
    rest = [words[k] for k in chain[1:]]
    if not all(capitalised_word(w) for w in rest) or not (
        capitalised_word(first) or _lower_opening(text, first)
    ):
        return False
    if any(not _nominal(w, voikko) or _bases(w, voikko) & written for w in rest):
        return False
    if not _nominal(first, voikko) or _bases(first, voikko) & (written - {first.text.casefold()}):
        return False
    if sum(_register_nominative(words[k], voikko) for k in chain) < 2:
        return False
    if any(nature_word(words[k], voikko, nouns) for k in chain):  # "Usva ja Valo täyttivät"
        return _person_cue(text, words, chain[-1] + 1, voikko, verbs)
    return True


def _person_cue(
    text: str, words: Sequence[Word], after: int, voikko: Analyses, verbs: VerbSense | None
) -> bool:
    """A sign of people for a chain with a word of nature: its verb (the first verb after it
    but "olla" and "ei": "ovat ilmoittautuneet") is one people do by the lexicon, or nearer
    the verbs of people than those of things by the vectors (VerbSense.score above 0: no
    margin, the side it leans to; "kävivät", "istuivat"; not "täyttivät"), or a
    word of the text is a personal pronoun, a kin noun or a person noun ("he ovat kaksoset",
    "mummon kanssa"), or a body whose seats people take stands after it in the illative
    (given_words.toml `seat_bodies`: "ehdolla vaalilautakuntaan", "valittiin hallitukseen";
    round 60)."""
    verb = next(
        (v for w in words[after:] for v, _ in verb_readings(w.text, voikko) if v not in _AUXILIARY),
        None,
    )
    if verb is not None and verbs is not None and (verbs.agent(verb) or verbs.score(verb) > 0):
        return True
    bodies = load_given_lexicon().seat_bodies
    for word in words[after:]:  # a seat on a body of people ("ehdolla vaalilautakuntaan")
        if any(
            a.get("SIJAMUOTO") == "sisatulento" and part_of(a, bodies)
            for a in voikko.analyze(word.text.casefold())
        ):
            return True
    pronouns, kin = load_given_lexicon().person_pronouns, load_name_lexicon().kin_nouns
    for word in words:
        bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text)}
        if bases & (pronouns | kin) or person_noun(word.text, voikko):
            return True
    return False


@functools.cache
def _lower_opening(text: str, word: Word) -> bool:
    """The text's first word, in lower case ("sade ja Tuisku olivat"): its case says nothing."""
    return not text[: word.start].strip() and word.text.islower() and opens_clause(text, word)


def _nominal(word: Word, voikko: Analyses) -> bool:
    """A nominative reading of a common noun, an adjective or a name, and no reading of a
    place, a numeral or a verb (a pronoun's other case may stand beside: "Kulta")."""
    readings = voikko.analyze(word.text)
    return not word.classes & _NOT_NAMES and any(
        a.get("CLASS") in _READINGS and a.get("SIJAMUOTO") == "nimento" for a in readings
    )


def _bases(word: Word, voikko: Analyses) -> set[str]:
    return {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text.casefold())}


def _register_nominative(word: Word, voikko: Analyses) -> bool:
    """Whether `word`, or a singular nominative reading's base, is a register given name or
    surname ("Sade", "Talvi", "Lumme")."""
    register = register_names()
    folded = word.text.casefold()
    return folded in register or any(
        a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold() in register
        for a in voikko.analyze(folded)
    )
