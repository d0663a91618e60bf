"""The verb-and-object reading of privacy/acting_word_names.py (docs/privacy.md,
"privacy87", "After review 92 (privacy89)"): whether a verb, with the rest of its clause, is
an agent's predicate, a person's act, for a word-name as its subject. Closed classes of
Finnish verbs (lexicons/given_words.toml, privacy.toml, handling.toml, acting.toml)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.doing_frames import (
    abstract_noun,
    natural_noun,
    result_state,
    verb_object,
)
from muistiinpanot.privacy.given_frames import at_work, visit_frame
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import time_noun
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of

_BE, _VISIT = "olla", "käydä"
_GOALS = frozenset({"sisatulento", "ulkotulento"})
#: Voikko's local cases, of a place or a time beside an object ("aidan talkoissa").
_LOCAL = frozenset(
    {"ulkotulento", "ulkoolento", "ulkoeronto", "sisaolento", "sisaeronto", "sisatulento"}
)


@functools.cache
def _acting() -> Mapping[str, frozenset[str]]:
    """lexicons/acting.toml's classes."""
    return {key: frozenset(value) for key, value in read_lexicon("acting").items()}


def _landscape_goal(clause: Sequence[Word], voikko: Analyses) -> bool:
    """A noun of the landscape (acting.toml `landscape_nouns`) in the illative or the
    allative: where a sea, a wind or a flood takes things ("poukamaan", "rannalle")."""
    landscape = _acting()["landscape_nouns"]
    return any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _GOALS and part_of(a, landscape)
        for w in clause
        for a in voikko.analyze(w.text.casefold())
    )


def agents_predicate(
    text: str,
    words: Sequence[Word],
    j: int,
    start: int,
    end: int,
    voikko: Analyses,
    nouns: NounSense,
    *,
    nature: bool,
    body: bool,
    worded: bool,
    artefact_only: bool = False,
    first_name: bool = True,
) -> bool:
    """Whether the verb at j, with the words start..end as its clause's other part, is an
    agent's predicate (the module docstring); `nature`: the subject is a word of nature,
    whose own acts carrying, bringing and making are; `body`: it is a place's name too,
    and a town promises, tells, gives and funds as a body does ("Kokkola lupasi
    rahoittaa"); `worded`: the domain's writers write it in lower case (usage.py), and a
    promise or a telling is then a body's or the word's figure ("Kela lupasi selvittää",
    where the examples write "kela"); `first_name`: it has a given name's reading (Voikko's or the
    register's), without which buying and handing out are a firm's ("Posti jakoi", review 95)."""
    bases = {base for base, _ in verb_readings(words[j].text, voikko)}
    given, names, acting = load_given_lexicon(), load_name_lexicon(), _acting()
    if (
        bases & given.errand_visit
        and j + 1 < len(words)
        and visit_frame(text, words, j + 1, voikko)
    ):
        return True  # "kävi kattomassa"
    if _BE in bases:
        return _work_or_skill(words[j + 1 : end], voikko)
    if any(
        result_state(w, voikko) or w.text.casefold() in acting["result_adverbs"]
        for w in words[start:end]
    ):
        return False  # "lumi teki tiet liukkaiksi", "teki putket rikki": a state brought about
    artefact = acting["artefact_verbs"]
    if nature or artefact_only:  # "Lumi korjasi aidan": the domain's nature words too
        artefact = artefact | given.making_verbs
    elif body:  # a town buys, paints and hands out as a person does ("Lahti osti bussit")
        artefact = frozenset()
    if not first_name:  # a firm buys and hands out too: only a given name's bearer is a person
        artefact = artefact - acting["handing_out_verbs"] - names.purchase_verbs
    if bases & artefact and _made_artefact(text, words, j, start, end, voikko, nouns, bases):
        return True  # "Lumi maalasi aidan", "Satu osti maalit", "kivi teki kyltit"
    if artefact_only:
        return False
    if body:  # a town's name: only a person's making, no act a body does too
        handling = given.making_verbs  # ("järjestää", "tilata", "antaa", "rahoittaa")
    elif not worded and (
        (bases & names.promising_verbs and j + 1 < end and _infinitive(words[j + 1].text, voikko))
        or telling(text, words, j, voikko, start, end)
    ):
        return True  # "lupas hoitaa"
    else:
        handling = given.making_verbs | given.errand_verbs | given.giving_verbs
        handling |= names.owning_verbs
        if nature and _landscape_goal(words[start:end], voikko):
            return False  # "Meri kokosi roskat poukamaan": the sea's own gathering
    if not nature and not body:  # "tuuli teki tuhoja": a force's own acts
        handling |= acting["handling_verbs"]
    along = any(w.text.casefold() in acting["along_adverbs"] for w in words[start:end])
    if along and bases & acting["conveying_verbs"]:  # "Lumi toi mukaan kahvit"
        thing = _artefact(words, j, start, end, voikko)
        return thing is not None and _made_thing(thing, voikko, nouns, vectors=False)
    if not bases & (
        handling - names.thing_verbs - names.business_verbs - acting["conveying_verbs"]
    ):
        return False
    thing = _thing(words, j, start, end, voikko)
    return thing is not None and _made_thing(thing, voikko, nouns)


def _made_artefact(
    text: str,
    words: Sequence[Word],
    j: int,
    start: int,
    end: int,
    voikko: Analyses,
    nouns: NounSense,
    bases: set[str],
) -> bool:
    """A whole made thing as the object of the verb at j (`_artefact`, `_made_thing` with no
    vectors); a verb of handing out only (`handing_out_verbs`: "jakaa", also dividing) with a
    plural object or a person in the allative ("jakoi kortit", "jakoi kortin naapureille";
    not "Kivi jakoi tien kahteen osaan")."""
    thing = _artefact(words, j, start, end, voikko)
    if thing is None or not _made_thing(thing, voikko, nouns, vectors=False):
        return False
    if bases - _acting()["handing_out_verbs"]:
        return True
    plural = all(
        a.get("NUMBER") == "plural"
        for a in voikko.analyze(thing.text.casefold())
        if a.get("CLASS") == "nimisana"
    )
    return plural or _recipient(words, j, start, end, voikko)


def _recipient(words: Sequence[Word], j: int, start: int, end: int, voikko: Analyses) -> bool:
    """A person noun in the allative in start..end, besides the verb at j."""
    return any(
        k != j
        and person_noun(words[k].text, voikko)
        and any(
            a.get("SIJAMUOTO") == "ulkotulento" for a in voikko.analyze(words[k].text.casefold())
        )
        for k in range(start, end)
    )


def _thing(words: Sequence[Word], j: int, start: int, end: int, voikko: Analyses) -> Word | None:
    """The object of the verb at j: after it, or fronted before it."""
    if start > j:
        return verb_object(words, start, end, voikko)
    return _fronted_object(words, start, j, voikko)


def telling(
    text: str, words: Sequence[Word], j: int, voikko: Analyses, start: int, end: int
) -> bool:
    """A verb of telling at j with a person noun in the allative in start..end."""
    names = load_name_lexicon()
    bases = {base for base, _ in verb_readings(words[j].text, voikko)}
    if not bases & (names.telling_verbs | names.speech_verbs):
        return False
    return _recipient(words, j, start, end, voikko)


def _fronted_object(words: Sequence[Word], start: int, j: int, voikko: Analyses) -> Word | None:
    """The object fronted before the verb at j: the last word in an object's case."""
    for k in range(j - 1, start - 1, -1):
        found = verb_object(words, k, k + 1, voikko)
        if found is not None:
            return found
    return None


def _artefact(words: Sequence[Word], j: int, start: int, end: int, voikko: Analyses) -> Word | None:
    """The verb's total object, a whole bounded thing (the plural nominative, the genitive
    singular: "maalit", "aidan"; not the partitive of an amount, "teki tuhoja"), of no
    landscape (`landscape_nouns`); after the verb, a genitive before a noun in a local case is
    the object when no other stands in the clause ("maalasi aidan talkoissa")."""
    thing = _thing(words, j, start, end, voikko)
    if thing is None and start > j:
        thing = next(
            (
                words[k]
                for k in range(end - 2, start - 1, -1)
                if _total(words[k].text, voikko)
                and any(
                    a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _LOCAL
                    for a in voikko.analyze(words[k + 1].text.casefold())
                )
            ),
            None,
        )
    if thing is None or not _total(thing.text, voikko):
        return None
    acting = _acting()
    landscape = acting["landscape_nouns"] | acting["weather_nouns"] | acting["result_nouns"]
    readings = voikko.analyze(thing.text.casefold())
    if any(a.get("CLASS") == "nimisana" and part_of(a, landscape) for a in readings):
        return None  # "maalasi metsät", "toi mukaan sateet", "teki reiät laituriin"
    return thing


def _total(word: str, voikko: Analyses) -> bool:
    """A noun read only as a total object: the plural nominative or the genitive singular."""
    nouns = [a for a in voikko.analyze(word.casefold()) if a.get("CLASS") == "nimisana"]
    return bool(nouns) and all(
        (a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") == "plural")
        or (a.get("SIJAMUOTO") == "omanto" and a.get("NUMBER", "singular") == "singular")
        for a in nouns
    )


def _made_thing(thing: Word, voikko: Analyses, nouns: NounSense, *, vectors: bool = True) -> bool:
    """An object of no nature, no abstraction, no time, no person; `vectors`: nor one the
    vectors read as nature (they read made things of wood and stone so too: "aita", "seinä";
    left out where the verb is one nature does to no made thing, `artefact_verbs`)."""
    if (
        natural_noun(thing, voikko)
        or abstract_noun(thing, voikko)
        or person_noun(thing.text, voikko)
    ):
        return False
    things = [a for a in voikko.analyze(thing.text.casefold()) if a.get("CLASS") == "nimisana"]
    if time_noun(things):
        return False
    return not vectors or not any(nouns.natural(a.get("BASEFORM", "").casefold()) for a in things)


def _work_or_skill(after: Sequence[Word], voikko: Analyses) -> bool:
    """After "olla": a noun of work in the inessive ("töissä"), or an adjective then the third
    infinitive's illative ("hyvä veistämään")."""
    given = load_given_lexicon()
    if any(at_work(w.text, voikko, given, nature=True) for w in after):
        return True
    return any(
        any(
            a.get("CLASS") in {"laatusana", "nimisana_laatusana"}
            for a in voikko.analyze(a_.text.casefold())
        )
        and any(
            a.get("MOOD") == "MA-infinitive" and a.get("SIJAMUOTO") == "sisatulento"
            for a in voikko.analyze(b.text.casefold())
        )
        for a_, b in zip(after, after[1:], strict=False)
    )


def _infinitive(word: str, voikko: Analyses) -> bool:
    return any(a.get("MOOD") == "A-infinitive" for a in voikko.analyze(word.casefold()))
