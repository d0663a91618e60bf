"""The publisher's reading of a word-name doing a person's act (docs/privacy.md,
"privacy87"; `[privacy] publish_acting_word_names`). Only text to publish is read so
(find_personal_data(cautious=True)): a sentence withheld costs a post less than a name
published, so the publisher reads a word that is a name of the population register (a given
name or a surname: "Lumi", "Kivi", "Into", "Kaarina") as a person where the detector, for
the look-alikes of notes, does not: in lower case, a word of nature, a town.

A word is read as a name when it is, in lower case or capitalised (not in capitals), a
register name in the nominative singular (by the word itself, Voikko's given name, or a
common noun's or a place's reading in the nominative; a word the register knows only as a
surname only when capitalised and not written in lower case by the domain's writers:
"seppä", "virta" in lower case are words), with no finite
verb's reading in the third person ("tuuli", also "it blew"), no time of day ("aamu") and
no person's noun, and it is

- the subject opening its clause (first, after a clause opener or a subordinator: "et
  Kivi hoitaa"), alone (no "ja" after it), of a verb in the third person active, and the
  verb is an agent's (below);
- or the subject after its verb, ending its clause ("kahvilan siivoaa Kivi ja poika oy" is a
  firm), with only words in oblique cases between the two, and the verb not opening the
  clause: something stands before it, an object or a topic ("luodon kuvat otti satu").

An agent's predicate (closed classes of Finnish, the lexicons' and `_HANDLING_VERBS`):

- a verb of making, mending, cooking, an errand, giving, owning (given_words.toml
  making_verbs, errand_verbs, giving_verbs; privacy.toml owning_verbs) or, for a word of no
  nature, making, taking or painting (`_HANDLING_VERBS`, verbs the detector leaves out for
  weather's sake), with an object in its clause that is no word of nature, no abstraction,
  no time and no person, and no result state ("Kaarina leipoo pullat"; not "into ajaa
  meitä", "lumi teki tiet liukkaiksi"); never a verb of conveying (`_CONVEYING_VERBS`:
  "virta vei veneen", "posti toi paketin") nor a business's ("Tunturi myy pyöriä"); for a
  place's name too only a verb of making (a town promises, gives, funds, arranges);
- a verb of telling with a person noun in the allative (only a person tells a person), or
  of promising with an infinitive ("lupas hoitaa"), unless the word is a place's name or
  one the domain's writers write in lower case (usage.py: "Kela lupasi selvittää");
- "käydä" with the third infinitive's inessive ("kävi kattomassa"), "olla" with a noun of
  work in the inessive ("oli … töissä"), or "olla" with an adjective and the third
  infinitive's illative ("on hyvä veistämään": a skill).

Not so: nature's own verbs ("lumi sataa", "tuuli puhaltaa", "kivi vierii"), an act with no
object ("onni potkaisi"), playing or calling ("sade soitti peltikattoa": "soittaa" is no
verb of these classes), leaving ("aamu jätti kylän hiljaiseksi").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.context import Word, load_name_lexicon, opens_clause
from muistiinpanot.privacy.doing_frames import _abstract, _natural, _object, _result
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_names
from muistiinpanot.privacy.given_frames import _at_work, _visit
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import nature_word
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import _verb_analyses, comma_clause, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.published_subjects import _after_clause_word, _relative
from muistiinpanot.privacy.readings import time_noun
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.usage import current_domain_words

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Verbs of making, taking and painting a thing that the detector leaves out because weather
#: and light do them too ("tuuli teki tuhoja", "ruska maalasi metsät"; given_words.toml,
#: making_verbs' comment): read here only for a word of no nature, with an object of none.
_HANDLING_VERBS = frozenset({"tehdä", "ottaa", "maalata", "piirtää"})
#: Verbs of conveying a thing, which a current, a wave, frost or the post does as often as
#: a person ("virta vei veneen", "posti toi paketin", "halla vei lehdet"): never read here.
_CONVEYING_VERBS = frozenset({"tuoda", "viedä", "kantaa", "kuljettaa"})
#: Coordinating conjunctions: a subject coordinated with another is read by neither alone.
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "vai"})
#: Voikko's classes a word-name's readings may have besides a verb's.
_NOMINAL = frozenset({"nimisana", "etunimi", "sukunimi", "paikannimi"})
#: Voikko's cases of an oblique word between an inverted subject and its verb.
_OBLIQUE = frozenset(
    {"ulkotulento", "ulkoolento", "ulkoeronto", "sisaolento", "sisaeronto", "sisatulento"}
)
_BE, _VISIT = "olla", "käydä"


def acting_word_names(text: str, voikko: Analyses, nouns: NounSense) -> list[PersonalSpan]:
    """The word-names of `text` doing a person's act (the module docstring), as name spans."""
    words: list[Word] | None = None
    spans = []
    for match in _WORD.finditer(text):
        form = match.group(0)
        if not (form.islower() or (form[:1].isupper() and form[1:].islower())):
            continue
        if not _candidate(form.casefold(), voikko):
            continue
        if form.casefold() not in load_gazetteer().register and (
            form.islower() or form.casefold() in current_domain_words()
        ):
            continue  # "seppä teki", "virta vei", the domain's "kela": a surname only, a word
        if words is None:
            words = [
                Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko))
                for m in _WORD.finditer(text)
            ]
        i = next(k for k, w in enumerate(words) if w.start == match.start())
        if _fronted_subject(text, words, i, voikko, nouns) or _inverted_subject(
            text, words, i, voikko, nouns
        ):
            spans.append(PersonalSpan(match.start(), match.end(), "nimi"))
    return spans


def _candidate(word: str, voikko: Analyses) -> bool:
    """A register name in the nominative singular, no third person's verb, no time, no
    person's noun ("seppä teki …": a smith, whatever the register says)."""
    if "-" in word or word not in register_names() or person_noun(word, voikko):
        return False
    readings = voikko.analyze(word)
    if not readings:
        return False
    if any(a.get("CLASS") == "teonsana" and a.get("PERSON") == "3" for a in readings) or time_noun(
        [a for a in readings if a.get("CLASS") == "nimisana"]
    ):
        return False
    return any(
        a.get("CLASS") in _NOMINAL
        and a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER", "singular") == "singular"
        for a in readings
    ) or any(a.get("CLASS") == "etunimi" and a.get("SIJAMUOTO") == "nimento" for a in readings)


def _fronted_subject(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense
) -> bool:
    """Word i opens its clause alone as the subject of an agent's predicate."""
    if not opens_clause(text, words[i]) and not _after_clause_word(text, words, i):
        return False
    if i + 1 < len(words) and words[i + 1].text.casefold() in _CONJUNCTIONS:
        return False
    found = acted_verb(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    if not _third_person(verb.text, voikko):
        return False
    _, end = comma_clause(text, words, i)
    end = next((k for k in range(j + 1, end) if _relative(words[k].text, voikko)), end)
    return _agents_predicate(
        text,
        words,
        j,
        j + 1,
        end,
        voikko,
        nouns,
        nature=nature_word(words[i], voikko, nouns),
        body=_place(words[i].text, voikko),
        worded=words[i].text.casefold() in current_domain_words(),
    )


def _inverted_subject(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense
) -> bool:
    """Word i ends its clause (or stands before "ja") after its verb, with only oblique
    words between them, and something fronted before the verb."""
    start, end = comma_clause(text, words, i)
    if i + 1 < end:
        return False  # "hoitaa Kivi ja veli ky": a firm's name, no subject alone
    for j in range(i - 1, max(start, i - 4) - 1, -1):
        if _third_person(words[j].text, voikko):
            break
        if not _oblique(words[j].text, voikko):
            return False
    else:
        return False
    if j == start:
        return False  # "tuli lumi": nothing fronted
    body = _place(words[i].text, voikko)
    worded = words[i].text.casefold() in current_domain_words()
    if not body and not worded and _telling(text, words, j, voikko, start, i):
        return True
    return _agents_predicate(
        text,
        words,
        j,
        start,
        j,
        voikko,
        nouns,
        nature=nature_word(words[i], voikko, nouns),
        body=body,
        worded=worded,
    )


def _agents_predicate(
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
) -> bool:
    """Whether the verb at j, with the words start..end as its clause's other part, is an
    agent's predicate (the module docstring); `nature`: the subject is a word of nature,
    whose own acts carrying, bringing and making are; `body`: it is a place's name too,
    and a town promises, tells, gives and funds as a body does ("Kokkola lupasi
    rahoittaa"); `worded`: the domain's writers write it in lower case (usage.py), and a
    promise or a telling is then a body's or the word's figure ("Kela lupasi selvittää",
    where the examples write "kela")."""
    bases = {base for base, _ in verb_readings(words[j].text, voikko)}
    given, names = load_given_lexicon(), load_name_lexicon()
    if bases & given.errand_visit and j + 1 < len(words) and _visit(text, words, j + 1, voikko):
        return True  # "kävi kattomassa"
    if _BE in bases:
        return _work_or_skill(words[j + 1 : end], voikko)
    if body:  # a town's name: only a person's making, no act a body does too
        handling = given.making_verbs  # ("järjestää", "tilata", "antaa", "rahoittaa")
    elif not worded and (
        (bases & names.promising_verbs and j + 1 < end and _infinitive(words[j + 1].text, voikko))
        or _telling(text, words, j, voikko, start, end)
    ):
        return True  # "lupas hoitaa"
    else:
        handling = given.making_verbs | given.errand_verbs | given.giving_verbs
        handling |= names.owning_verbs
    if not nature and not body:  # "tuuli teki tuhoja": a force's own acts
        handling |= _HANDLING_VERBS
    if not bases & (handling - names.thing_verbs - names.business_verbs - _CONVEYING_VERBS):
        return False
    if any(_result(w, voikko) for w in words[start:end]):
        return False  # "lumi teki tiet liukkaiksi": a state brought about
    thing = (
        _object(words, start, end, voikko)
        if start > j
        else _fronted_object(words, start, j, voikko)
    )
    return thing is not None and _made_thing(thing, voikko, nouns)


def _telling(
    text: str, words: Sequence[Word], j: int, voikko: Analyses, start: int, end: int
) -> bool:
    """A verb of telling at j with a person noun in the allative in start..end."""
    names = load_name_lexicon()
    bases = {base for base, _ in verb_readings(words[j].text, voikko)}
    if not bases & (names.telling_verbs | names.speech_verbs):
        return False
    return any(
        k != j
        and person_noun(words[k].text, voikko)
        and any(
            a.get("SIJAMUOTO") == "ulkotulento" for a in voikko.analyze(words[k].text.casefold())
        )
        for k in range(start, end)
    )


def _fronted_object(words: Sequence[Word], start: int, j: int, voikko: Analyses) -> Word | None:
    """The object fronted before the verb at j: the last word in an object's case."""
    for k in range(j - 1, start - 1, -1):
        found = _object(words, k, k + 1, voikko)
        if found is not None:
            return found
    return None


def _made_thing(thing: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """An object of no nature, no abstraction, no time, no person."""
    if _natural(thing, voikko) or _abstract(thing, voikko) or person_noun(thing.text, voikko):
        return False
    things = [a for a in voikko.analyze(thing.text.casefold()) if a.get("CLASS") == "nimisana"]
    if time_noun(things):
        return False
    return not any(nouns.natural(a.get("BASEFORM", "").casefold()) for a in things)


def _work_or_skill(after: Sequence[Word], voikko: Analyses) -> bool:
    """After "olla": a noun of work in the inessive ("töissä"), or an adjective then the third
    infinitive's illative ("hyvä veistämään")."""
    given = load_given_lexicon()
    if any(_at_work(w.text, voikko, given, nature=True) for w in after):
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


def _third_person(word: str, voikko: Analyses) -> bool:
    """A finite verb in the third person active, a spoken past too ("kerto", "maalas")."""
    return any(
        a.get("CLASS") == "teonsana" and a.get("PERSON") == "3"
        for a in _verb_analyses(word, voikko)
    )


def _place(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads the word as a place's name ("Kaarina", "Kokkola")."""
    return any(a.get("CLASS") == "paikannimi" for a in voikko.analyze(word.casefold()))


def _oblique(word: str, voikko: Analyses) -> bool:
    """A noun or pronoun in a local case ("koululaisille")."""
    return any(a.get("SIJAMUOTO") in _OBLIQUE for a in voikko.analyze(word.casefold()))
