"""The predicate a word which may be a name is the subject of, read as evidence that it is one
("Aino asuu", "Usko lupas", "Sari ei muista"): a verb only people do 2 points, a verb of
saying 1 or 2, a verb of doing that things can also do 1, "olla" with a person's state 2
(see `predicate_points`); and the yes-or-no questions other modules ask of it
(`person_predicate`, `acts_as_person`, `acted_in_past`). evidence.py adds these points to
the others of a word; the word lists are data (lexicons/privacy.toml).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    NAME_CLASSES,
    Word,
    after_context_word,
    load_name_lexicon,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.predicate import (
    business_subject,
    find_predicate,
    next_word,
    perfect_participle,
    person_state,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import COORDINATORS
from muistiinpanot.privacy.verbs import VerbSense

#: Points that make a word a name.
NAME_POINTS = 2


def person_predicate(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether what follows word i (and the words coordinated with it) is a predicate only
    a person takes: a verb only people do, a past verb of saying, a phrase of what people
    do, "olla" with a person's state (see predicate_points; not a verb of doing)."""
    return predicate_points(text, words, i, voikko, place=False) >= NAME_POINTS


def acts_as_person(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, verbs: VerbSense | None = None
) -> bool:
    """Whether a verb that people do follows word i (see predicate_points)."""
    return predicate_points(text, words, i, voikko, place=False, verbs=verbs) > 0


def acted_in_past(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, verbs: VerbSense | None
) -> bool:
    """Whether word i is the subject of a verb people do (the lexicon's or by its vector) in
    the past, also of a compound tense ("Sointu tuli paikalle", "Sointu on hoitanut")."""
    found = find_predicate(text, words, i, voikko)
    if found is None or verbs is None:
        return False
    j, word = found
    word = perfect_participle(text, words, j, voikko) or word
    return any(past and verbs.agent(base) for base, past in verb_readings(word.text, voikko))


def predicate_points(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    *,
    place: bool,
    verbs: VerbSense | None = None,
) -> int:
    """The verb after the word (or after the last subject coordinated with it), past a
    negation verb, an adverb and a pronoun ("Salo ei päässy", "Satu myös kertoi", "Salmi ja
    Sarvi oli molemmat sairaana"): a verb only people do 2 (or a phrase: "ottaa yhteyttä"),
    saying 1 or 2, doing 1, "olla" with a person's state ("sairaana", "lomalla") 2, also for
    a place. A word with no
    reading but a name's (only the gazetteer knows it: "Pena") takes a verb of doing as 2;
    a word nothing knows ("Jonttu", "Make") takes a verb of people by its vector as 1
    (`verbs`; names.py asks NER for the other point), and so does a given name that is also
    a word in the past ("Sointu tuli paikalle"); a compound tense is read by its participle
    ("Tarmo on hoitanut")."""
    lexicon = load_name_lexicon()
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return 0
    j, word = found
    participle = perfect_participle(text, words, j, voikko)
    if participle is not None:  # a compound tense: the participle's verb ("Tarmo on hoitanut")
        j, word = j + 1, participle
    points = 0
    name_only = words[i].classes <= NAME_CLASSES | {GAZETTEER}
    unknown = words[i].kind == "unknown"  # no word's reading: a verb's vector may tell
    # a given name that is also a word, of a verb with more of its clause after it: a bare
    # subject and verb is as often an idiom or an event ("Onni potkaisi:", "Rauha palasi.")
    given = _given_name(words[i]) and _complemented(text, words, j, voikko)
    after = words[j + 1].text.casefold() if j + 1 < len(words) else ""
    nouns = {a.get("BASEFORM", "") for a in voikko.analyze(after)}
    for base, past in verb_readings(word.text, voikko):
        if base == "olla" and person_state(text, words, j, voikko):
            return 2
        if not place and {f"{base} {noun}" for noun in nouns} & lexicon.human_phrases:
            return 2  # "Satu ottaa yhteyttä"
        if place:  # a town does things too ("Salo päätti"), but does not attend or live
            # not a verb with one of its own particles that make it a body's act ("Lahti
            # sanoi irti sopimuksen", "sanoi vastaan"; "Salo kirjasi ylös" still counts); a
            # town holds opinions as a person does ("Lahti oli eri mieltä"), so an opinion
            # is no point
            particle = after in lexicon.place_verb_particles.get(base, ())
            points = max(points, int(base in lexicon.individual_verbs and not particle))
        elif base in lexicon.human_verbs:
            points = max(points, 2)
        elif base in lexicon.speech_verbs:
            points = max(points, 2 if past else 1)
        elif base in lexicon.agent_verbs:
            points = max(points, 2 if name_only else 1)
        elif (unknown or (past and given)) and verbs is not None and verbs.agent(base):
            points = max(points, 1)  # "Sointu tuli paikalle": past, a given name too
    return points


def _given_name(word: Word) -> bool:
    """A given name to Voikko or to the gazetteer ("Hilla", "Rauha"; not the surname
    "Karhu", which an animal shares: "Karhu kävi pihalla")."""
    return FIRST in word.classes or FIRST in gazetteer_reading(word.text)


def _complemented(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> bool:
    """Whether the verb at j has more of its clause after it: a next word in the same clause
    that is no conjunction ("tuli paikalle"; not "potkaisi:", "potkaisi kun …")."""
    after = next_word(text, words, j)
    if after is None:
        return False
    return not any(a.get("CLASS") == "sidesana" for a in voikko.analyze(after.text.casefold()))


def trading_subject(
    text: str, words: Sequence[Word], voikko: Analyses, verbs: VerbSense | None
) -> Callable[[int], bool]:
    """A test of word i, which names.py hands to the dropping rules: whether it is the
    subject of a business's verb ("Fazer valmistaa")."""
    return lambda i: business_subject(text, words, i, voikko, verbs)


def acting_person(
    text: str,
    words: Sequence[Word],
    names: Sequence[bool],
    voikko: Analyses,
    verbs: VerbSense | None,
) -> Callable[[int], bool]:
    """A test of word i, which names.py hands to the dropping rules: whether it, or the
    last of the names coordinated with it, is followed by a verb people do, or a context
    word stands before it ("kysy Mirolta")."""

    def acting(i: int) -> bool:
        if after_context_word(words, i, voikko):
            return True
        j = i
        while j + 2 < len(words) and words[j + 1].text.casefold() in COORDINATORS:
            j += 2
        return any(acts_as_person(text, words, k, voikko, verbs) for k in range(i, j + 1, 2))

    return acting
