"""A given name that is also a word, read as a person ("Into hoitaa avaimet", "Usvan äiti";
docs/privacy.md, "Round 21"). The evidence that the word is a given name at all is the
population register's (gazetteer `register`, DVV's first-name statistics): Voikko reads
"Usva", "Into" and "Valo" only as common nouns, and no Faker list has them.

A capitalised word of no name marked yet, whose Voikko reading (or the word itself) in the
nominative or the genitive has a register name as its base form, is a person's name:

- in the nominative opening a clause, as the subject of a predicate only people take
  (evidence.person_predicate: a verb only people do, a past verb of saying, "olla" with a
  person's state); of an opinion held ("oli sitä mieltä": a body holds one, no common noun
  does); of serving in a role ("on ollut omaishoitajana"); of "olla" with a noun of work in
  the inessive ("on ollut vuorotyössä", lexicon `work_heads`); of a verb of going with the
  third infinitive's inessive, past one place ("kävi (hallilla) katsomassa",
  `errand_visit`); or, for a word that is no word of nature, of a verb of a
  person's errands with more of its clause after it ("hoitaa avaimet", `errand_verbs`);
- in the genitive, as the owner of kin or before a postposition of company or opinion
  (evidence.person_genitive: "Usvan äiti", "Valon kanssa").

Not so: "Tuuli kävi kovana", "Usva nousi järveltä", "Lumi sulaa", "Into riitti pitkälle"
(no verb of these classes), "Meri oli tyyni" (no person's state), "Aamun palaveri", "Valon
määrä" (no kin), "Onni potkaisi" (a bare verb of no class), a word of nature with an errand's
verb ("Tuuli ajaa lunta"); a word the text or the domain's writers write in lower case.
Lexicon `lexicons/given_words.toml`.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from muistiinpanot.privacy.context import (
    CLAUSE_END,
    NAME_CLASSES,
    Word,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.evidence import person_genitive, person_predicate
from muistiinpanot.privacy.gazetteer import GAZETTEER, load_gazetteer
from muistiinpanot.privacy.grounding import written_word
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import (
    find_predicate,
    holds_opinion,
    next_word,
    past_conjuncts,
    perfect_participle,
    serves_in_role,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.privacy.subjects import person_essive
from muistiinpanot.privacy.usage import written_words
from muistiinpanot.wordparts import part_of

#: Voikko's classes of a word's common reading: a noun, an adjective ("Armas"), a verb
#: ("Usko", "Salli"); a given name's reading may stand beside them ("Tuuli").
_WORDS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "teonsana", GAZETTEER})
_INESSIVE = "sisaolento"
#: Cases of a place between a verb of going and what is done there ("kävi hallilla …").
_LOCAL_CASES = frozenset({"sisaolento", "ulkoolento", "sisatulento", "ulkotulento"})
#: Endings of the third infinitive's inessive, for a spoken form Voikko misreads
#: ("kattomassa": katto+massa, for "katsomassa").
_MA_INESSIVE = ("massa", "mässä")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    errand_verbs: frozenset[str]
    errand_visit: frozenset[str]
    work_heads: frozenset[str]
    shift_heads: frozenset[str]
    person_pronouns: frozenset[str]
    direction_parts: frozenset[str]
    place_kin_nouns: frozenset[str]
    opinion_postpositions: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    path = resources.files("muistiinpanot.lexicons").joinpath("given_words.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    return _Lexicon(**{key: frozenset(data[key]) for key in _Lexicon.__slots__})


def mark_given_words(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    window: int = DEFAULT_SETTINGS.complement_window,
) -> None:
    """Mark the given names of the module docstring (`window`: how far after "olla" or
    "toimia" a role in the essive is read). A word the text or the domain's writers write in
    lower case (usage.py) is the word, as for wordlike_names ("aamulla oli usva")."""
    found = []
    for i, word in enumerate(words):
        if names[i] or not _capitalised(word) or word.classes - NAME_CLASSES - _WORDS:
            continue
        if register_case(word.text, voikko, "nimento") and opens_clause(text, word):
            person = (
                person_predicate(text, words, i, voikko)
                or holds_opinion(text, words, i, voikko)  # no common noun holds one
                or serves_in_role(text, words, i, voikko, window, person_essive(voikko))
                or _errand(text, words, i, voikko, nature=_nature(word, voikko, nouns))
            )
        else:
            person = register_case(word.text, voikko, "omanto") and _owner(text, words, i, voikko)
        if person:
            found.append(i)
    if found:
        written = written_words([w.text for w in words], voikko)
        for i in found:
            names[i] = not written_word(words[i], voikko, written)


def register_case(word: str, voikko: Analyses, case: str) -> bool:
    """Whether a singular reading of `word` in `case` (or, in the nominative, the word
    itself) is a given name of the population register ("Usvan": usva, "Salli")."""
    register = load_gazetteer().register
    if case == "nimento" and word.casefold() in register:
        return True
    return any(
        a.get("SIJAMUOTO") == case
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold() in register
        for a in voikko.analyze(word)
    )


def _capitalised(word: Word) -> bool:
    """A capital and lower-case letters after it, no hyphen ("Usva"; not "USVA", "Usva-ilta")."""
    text = word.text
    return text[:1].isupper() and text[1:].islower() and "-" not in text


def _nature(word: Word, voikko: Analyses, nouns: NounSense | None) -> bool:
    """A word of nature by the lexicon's nature nouns or the vectors ("Tuuli", "Usva"); without
    the vectors any word may be one."""
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text)}
    if bases & load_name_lexicon().nature_nouns:
        return True
    return nouns is None or nouns.natural(word.text.casefold())


def _errand(text: str, words: Sequence[Word], i: int, voikko: Analyses, *, nature: bool) -> bool:
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
    if "olla" in bases and _at_work(after.text, voikko, lexicon, nature=nature):
        return True
    if bases & lexicon.errand_visit and _visit(text, words, j + 1, voikko):
        return True
    if nature or not bases & lexicon.errand_verbs:
        return False
    if _has_base(after, voikko, lexicon.person_pronouns):  # "ajaa meitä …": read on
        after = next_word(text, words, j + 1)
    return after is not None and _complement(after, voikko)


def _at_work(word: str, voikko: Analyses, lexicon: _Lexicon, *, nature: bool) -> bool:
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


def _owner(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
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
    start, end = i, i
    while start > 0 and not _boundary(text, words[start - 1], words[start]):
        start -= 1
    while end + 1 < len(words) and not _boundary(text, words[end], words[end + 1]):
        end += 1
    return any(
        a.get("CLASS") == "teonsana" and a.get("BASEFORM", "").casefold() in doing
        for word in words[start : end + 1]
        for a in voikko.analyze(word.text.casefold())
    )


def _boundary(text: str, first: Word, second: Word) -> bool:
    """Whether a clause ends between two words: a punctuation mark of a clause's end or a
    comma."""
    return any(mark in CLAUSE_END + "," for mark in text[first.end : second.start])


def _has_base(word: Word, voikko: Analyses, bases: frozenset[str]) -> bool:
    """Whether a reading of the word has one of `bases` as its base form."""
    return any(
        a.get("BASEFORM", "").casefold() in bases for a in voikko.analyze(word.text.casefold())
    )


def _visit(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """The third infinitive's inessive at k, or after one noun of place in a local case
    there ("kävi katsomassa", "kävi hallilla mittaamassa")."""
    if _ma_inessive(words[k].text, voikko):
        return True
    place = next_word(text, words, k)
    local = any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _LOCAL_CASES
        for a in voikko.analyze(words[k].text.casefold())
    )
    return local and place is not None and _ma_inessive(place.text, voikko)


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
