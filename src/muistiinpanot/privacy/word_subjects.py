"""A given name that is also a word, opening its sentence as the subject of a verb people do
that the word itself cannot do ("Kanerva odotti pysäkillä", "Lumi hakee lapsen kerhosta";
docs/privacy.md, "Round 50"). Where given_words.py asks for a frame only a person fits (a
verb of a closed class), this reads the verb against the word: the verb's floret vector lies
nearer the lexicon's nouns of people (`people_nouns`) than the word's own vector does, so
what the word names (heather, snow, a treasure) is not what does it, and a person is
(verbs.VerbSense.nearer_people). A wind blows, snow covers and frost takes potatoes: those
verbs lie nearer the word than people ("Tuuli puhalsi", "Lumi peitti tiet", "Halla vei
perunat").

The form, all of it required: a capitalised word opening its sentence, no name marked yet,
read by Voikko only as a noun or an adjective (no verb reading: "Toimi näin") or a name, a
given name of the population register in the nominative (given_words.register_case); the
register names coordinated with it ("Pilvi ja Voitto", each one); right after them a finite
verb in the third person, active and affirmative, not "olla"; a word of the same clause
after the verb (an intransitive idiom ends there: "Onni potkaisi:", "Ilta pimeni"); the verb
one people do (verbs.VerbSense.agent) or a business's (buying, renting: a person does those
too). A word the text or the domain's writers write in lower case stays a word
(grounding.mark_unless_written). It only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import NAME_CLASSES, Word, adjacent, opens_clause
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.given_words import register_case
from muistiinpanot.privacy.grounding import capitalised_word, mark_unless_written
from muistiinpanot.privacy.predicate import past_conjuncts
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.verbs import VerbSense

#: Voikko's classes of the word's common reading: a noun or an adjective, no verb.
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana", GAZETTEER})
_COORDINATORS = frozenset({"ja", "sekä", "tai"})
#: Moods of a finite verb that has a subject.
_FINITE = frozenset({"indicative", "conditional"})


def mark_word_subjects(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    verbs: VerbSense | None,
    margin: float,
) -> None:
    """Mark the given names of the module docstring; `margin`: how much nearer the nouns of
    people than the word the verb's vector must lie ([privacy] word_subject_margin)."""
    if verbs is None:
        return
    found: list[int] = []
    for i, word in enumerate(words):
        if names[i] or not opens_clause(text, word) or not _word_name(word, voikko):
            continue
        j = past_conjuncts(text, words, i + 1)
        conjuncts = [k for k in range(i + 1, j) if words[k].text.casefold() not in _COORDINATORS]
        if not all(names[k] or _word_name(words[k], voikko) for k in conjuncts):
            continue  # "Sisko ja veli pääsi": a common noun beside it, words both
        if j + 1 >= len(words) or not adjacent(text, words[j - 1], words[j]):
            continue
        if not adjacent(text, words[j], words[j + 1]):
            continue  # the clause ends at the verb ("Onni potkaisi: saatiin rahoitus")
        verb = _finite_verb(words[j].text, voikko)
        if verb is None or not (verbs.agent(verb) or verbs.business(verb)):
            continue
        if verbs.nearer_people(word.text.casefold(), verb, margin):
            found.extend([i, *(k for k in conjuncts if not names[k])])
    mark_unless_written(found, words, names, voikko)


def _word_name(word: Word, voikko: Analyses) -> bool:
    """A capitalised word read only as a common noun, an adjective or a name, that is a
    register given name in the nominative ("Kanerva", "Lumi")."""
    return (
        capitalised_word(word)
        and not word.classes - NAME_CLASSES - _COMMON
        and register_case(word.text, voikko, "nimento")
    )


def _finite_verb(word: str, voikko: Analyses) -> str | None:
    """The base form of a reading of `word` as a finite verb in the third person, active and
    affirmative, not "olla"; None if it has none."""
    for a in voikko.analyze(word.casefold()):
        if (
            a.get("CLASS") == "teonsana"
            and a.get("PERSON") == "3"
            and a.get("MOOD") in _FINITE
            and a.get("NEGATIVE") == "false"
            and a.get("BASEFORM") != "olla"
        ):
            return a.get("BASEFORM", "").casefold()
    return None
