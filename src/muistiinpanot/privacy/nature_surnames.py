"""A register surname that is a common word of no person, opening a clause as the subject
of a verb only a person does (docs/privacy.md, "Round 27"): "Honka lupasi tuoda kahvit",
"Ilves soitti kaupungille", "Kettu soitti eilen". A mountain, a pine or a lynx does not
promise, ask or call, so where the subject's verb is one of
those the only reading that fits is the surname (the population register's,
`gazetteer.register_surnames`). The evidence rules need two points for a word that is
also a common noun, and a capital opening the text tells nothing, so a one-point verb
left it unread.

The word: a common noun to Voikko that is no person's nor group's noun (the lexicon's or
by the vectors: not "Seppä", "Kunta"), no given name ("Tuuli", "Meri": given_words.py's)
and no place ("Koski", "Salo": the rules for places read those). The verbs are the
lexicon's (privacy.toml): `human_verbs`, `individual_verbs` and `asking_verbs`, less
`animal_verbs`, what an animal does too ("Kettu kävi kanalassa", "Karhu asuu metsässä");
never one of `thing_verbs` or `business_verbs` ("Vuori näkyy", "Tunturi myy pyöriä": a
firm may bear the word), nor a verb of saying (the press and a plaque tell too: "Lehti
kertoi torstaina …", "Kivi kertoo kylän historiasta"), nor a verb of doing that forces
do too (`agent_verbs`, errands: "Sade hoitaa kastelun"; "soittaa" counts as an asking
verb), nor a verb the vectors alone call a person's.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, Word, load_name_lexicon, opens_clause
from muistiinpanot.privacy.gazetteer import register_surnames
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import find_predicate, perfect_participle, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun


def mark_nature_surnames(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
) -> None:
    """Mark the surnames of the module docstring as names."""
    if nouns is None:
        return
    for i, word in enumerate(words):
        if names[i] or not (word.text[:1].isupper() and word.text[1:].islower()):
            continue
        if FIRST in word.classes or "paikannimi" in word.classes:
            continue
        if word.text.casefold() not in register_surnames() or not opens_clause(text, word):
            continue
        if _no_persons_noun(word, voikko, nouns) and _persons_verb(text, words, i, voikko):
            names[i] = True


def _no_persons_noun(word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """Whether the word's common-noun readings name no person nor group, by the lexicon's
    person nouns or the vectors ("Vuori", "Honka", "Kettu"; not "Seppä", "Kunta")."""
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(word.text.casefold())
        if a.get("CLASS") == "nimisana"
    }
    if not bases or person_noun(word.text, voikko):
        return False
    return not any(nouns.personal(base) for base in bases)


def _persons_verb(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the verb after word i (past a negation or an adverb; a compound tense's
    participle) is one only a person does (module docstring)."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    verb = perfect_participle(text, words, found[0], voikko) or found[1]
    lexicon = load_name_lexicon()
    others = lexicon.thing_verbs | lexicon.business_verbs | lexicon.animal_verbs
    people = lexicon.human_verbs | lexicon.individual_verbs | lexicon.asking_verbs
    people -= lexicon.animal_verbs
    readings = verb_readings(verb.text, voikko)
    if any(base in others for base, _ in readings):
        return False
    return any(base in people for base, _ in readings)
