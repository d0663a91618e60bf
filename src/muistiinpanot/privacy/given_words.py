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

from muistiinpanot.privacy.context import NAME_CLASSES, Word, load_name_lexicon, opens_clause
from muistiinpanot.privacy.evidence import person_genitive, person_predicate
from muistiinpanot.privacy.gazetteer import GAZETTEER, load_gazetteer
from muistiinpanot.privacy.grounding import written_word
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import (
    find_predicate,
    holds_opinion,
    next_word,
    perfect_participle,
    serves_in_role,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.privacy.subjects import person_essive
from muistiinpanot.privacy.usage import written_words

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
    work_heads: tuple[str, ...]


@functools.cache
def _lexicon() -> _Lexicon:
    path = resources.files("muistiinpanot.lexicons").joinpath("given_words.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    return _Lexicon(
        frozenset(data["errand_verbs"]), frozenset(data["errand_visit"]), tuple(data["work_heads"])
    )


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
            person = register_case(word.text, voikko, "omanto") and person_genitive(
                text, words, i, voikko
            )
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
    if "olla" in bases and _at_work(after.text, voikko, lexicon.work_heads):
        return True
    if bases & lexicon.errand_visit and _visit(text, words, j + 1, voikko):
        return True
    return not nature and bool(bases & lexicon.errand_verbs) and _complement(after, voikko)


def _at_work(word: str, voikko: Analyses, heads: tuple[str, ...]) -> bool:
    """A noun of work in the inessive ("vuorotyössä", "töissä", "yövuorossa")."""
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == _INESSIVE
        and a.get("BASEFORM", "").casefold().endswith(heads)
        for a in voikko.analyze(word.casefold())
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
    ja …")."""
    return not any(a.get("CLASS") == "sidesana" for a in voikko.analyze(word.text.casefold()))
