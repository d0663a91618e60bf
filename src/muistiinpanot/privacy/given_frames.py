"""The frames in which given_words.py reads a register name that is also a word as a person
(docs/privacy.md, "Round 21"; lexicon `lexicons/given_words.toml`):

- `errand`: the subject of "olla" with a noun of work in the inessive ("on ollut
  vuorotyössä"; for a word of nature only work itself or a shift, not "tuhotyössä"), of a
  visit with the third infinitive's inessive ("kävi (hallin kassalla) katsomassa"), or, for a word
  of no nature, of a verb of a person's errands with more of its clause after it ("hoitaa
  avaimet"; a personal pronoun object is read past, and an adverb of direction after it is
  an abstraction's drive: "Into ajaa meitä eteenpäin");
- `owner`: a genitive of kin ("Usvan äiti"; "Usvan tytär" for a word with no place
  reading), of an opinion ("Usvan mielestä"), or before a postposition of company with a
  verb of doing or talking in its clause ("Usvan kanssa sovittiin"; not "Onnen kanssa
  selvittiin").
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.given_lexicon import GivenLexicon
from muistiinpanot.privacy.given_lexicon import load_given_lexicon as _lexicon
from muistiinpanot.privacy.governing_points import person_genitive
from muistiinpanot.privacy.predicate import (
    comma_clause,
    find_predicate,
    next_word,
    past_conjuncts,
    perfect_participle,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of

_INESSIVE = "sisaolento"
#: Cases of a place between a verb of going and what is done there ("kävi hallilla …").
_LOCAL_CASES = frozenset({"sisaolento", "ulkoolento", "sisatulento", "ulkotulento"})
#: Endings of the third infinitive's inessive, for a spoken form Voikko misreads
#: ("kattomassa": katto+massa, for "katsomassa").
_MA_INESSIVE = ("massa", "mässä")


def errand(text: str, words: Sequence[Word], i: int, voikko: Analyses, *, nature: bool) -> bool:
    """The subject of "olla" with a noun of work in the inessive, of a visit with the third
    infinitive's inessive, or (no word of nature) of an errand's verb with more after it."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    participle = perfect_participle(text, words, j, voikko)
    if participle is not None:
        j, verb = j + 1, participle
    after = next_word(text, words, j)
    if after is None:
        return False
    lexicon = _lexicon()
    bases = {base for base, _ in verb_readings(verb.text, voikko)}
    if "olla" in bases and at_work(after.text, voikko, lexicon, nature=nature):
        return True
    if bases & lexicon.errand_visit and visit_frame(text, words, j + 1, voikko):
        return True
    if nature or not bases & lexicon.errand_verbs:
        return False
    if _has_base(after, voikko, lexicon.person_pronouns):  # "ajaa meitä …": read on
        after = next_word(text, words, j + 1)
    return after is not None and _complement(after, voikko)


def at_work(word: str, voikko: Analyses, lexicon: GivenLexicon, *, nature: bool) -> bool:
    """A noun of work in the inessive, by its compound's last part ("vuorotyössä", "töissä",
    "yövuorossa"); for a word of nature only work itself or a shift, not a kind of work a
    force of nature does ("tuhotyössä")."""
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == _INESSIVE
        and (
            part_of(a, lexicon.shift_heads)
            or a.get("BASEFORM", "").casefold() in lexicon.work_heads
            if nature
            else part_of(a, lexicon.work_heads)
        )
        for a in voikko.analyze(word.casefold())
    )


def owner(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the genitive at i is a person's: the owner of kin (also kin a place has, for a
    word with no place reading: "Usvan tytär"), of an opinion, or before a postposition of
    company with a verb of doing or talking in its clause ("Usvan kanssa sovittiin"; not
    "Onnen kanssa selvittiin")."""
    lexicon = _lexicon()
    after = next_word(text, words, i)
    if after is None:
        return False
    if "paikannimi" not in words[i].classes and _has_base(after, voikko, lexicon.place_kin_nouns):
        return True
    if not person_genitive(text, words, i, voikko):
        return False
    j = past_conjuncts(text, words, i + 1)  # "Usvan ja Valon kanssa"
    company = load_name_lexicon().person_postpositions - lexicon.opinion_postpositions
    return words[j].text.casefold() not in company or _doing_in_clause(text, words, j, voikko)


def _doing_in_clause(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """A verb of doing or talking (privacy.toml human, agent and speech verbs), in any
    person or the passive, in the clause of word i."""
    names = load_name_lexicon()
    doing = names.human_verbs | names.agent_verbs | names.speech_verbs
    start, end = comma_clause(text, words, i)
    return any(
        a.get("CLASS") == "teonsana" and a.get("BASEFORM", "").casefold() in doing
        for word in words[start:end]
        for a in voikko.analyze(word.text.casefold())
    )


def _has_base(word: Word, voikko: Analyses, bases: frozenset[str]) -> bool:
    """Whether a reading of the word has one of `bases` as its base form."""
    return any(
        a.get("BASEFORM", "").casefold() in bases for a in voikko.analyze(word.text.casefold())
    )


def visit_frame(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """The third infinitive's inessive at k, or after one noun of place in a local case
    there, with one noun in the genitive before it at most ("kävi katsomassa", "kävi
    hallilla mittaamassa", "kävi kirjaston tiskillä kysymässä")."""
    if _ma_inessive(words[k].text, voikko):
        return True
    place = next_word(text, words, k)
    if place is not None and _genitive_noun(words[k].text, voikko):  # "uimahallin kassalla"
        k, place = k + 1, next_word(text, words, k + 1)
    local = any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _LOCAL_CASES
        for a in voikko.analyze(words[k].text.casefold())
    )
    return local and place is not None and _ma_inessive(place.text, voikko)


def _genitive_noun(word: str, voikko: Analyses) -> bool:
    """A noun in the singular genitive, an attribute of the place after it ("uimahallin")."""
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == "omanto"
        and a.get("NUMBER") == "singular"
        for a in voikko.analyze(word.casefold())
    )


def _ma_inessive(word: str, voikko: Analyses) -> bool:
    """The third infinitive's inessive ("katsomassa"), also a spoken form Voikko reads only
    as a nominative compound ("kattomassa")."""
    readings = voikko.analyze(word.casefold())
    if any(a.get("MOOD") == "MA-infinitive" and a.get("SIJAMUOTO") == _INESSIVE for a in readings):
        return True
    return word.casefold().endswith(_MA_INESSIVE) and all(
        a.get("SIJAMUOTO") == "nimento" for a in readings
    )


def _complement(word: Word, voikko: Analyses) -> bool:
    """A word of the verb's clause after it: no conjunction ("hoitaa avaimet"; not "hoitaa
    ja …"), no adverb of direction ("ajaa eteenpäin": a figurative drive)."""
    readings = voikko.analyze(word.text.casefold())
    if any(a.get("CLASS") == "sidesana" for a in readings):
        return False
    direction = _lexicon().direction_parts
    return not any(a.get("CLASS") == "seikkasana" and part_of(a, direction) for a in readings)
