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
  Kivi hoitaa", or after one fronted adverb or noun of time: "Eilen Lumi teki …"), alone
  (no "ja" after it), of a verb in the third person active, and the verb is an agent's
  (below);
- or the subject after its verb, ending its clause ("kahvilan siivoaa Kivi ja poika oy" is a
  firm), with only words in oblique cases between the two, and the verb not opening the
  clause: something stands before it, an object or a topic ("luodon kuvat otti satu").

An agent's predicate (closed classes of Finnish, the lexicons'; read by acting_predicate.py):

- a verb of making, mending, cooking, an errand, giving, owning (given_words.toml
  making_verbs, errand_verbs, giving_verbs; privacy.toml owning_verbs) or, for a word of no
  nature, making, taking or painting (acting.toml `handling_verbs`, verbs the detector
  leaves out for weather's sake), with an object in its clause that is no word of nature, no
  abstraction, no time and no person, and no result state ("Kaarina leipoo pullat"; not
  "into ajaa meitä", "lumi teki tiet liukkaiksi"); for a word of nature not with a goal of
  the landscape ("Meri kokosi roskat poukamaan"); a verb of conveying (acting.toml
  `conveying_verbs`: "virta vei veneen", "posti toi paketin") only with an adverb of company
  and a whole made thing ("Lumi toi mukaan kahvit"); never a business's ("Tunturi myy
  pyöriä"); for a place's name too only a verb of making (a town promises, gives, funds,
  arranges);
- for any word-name but a place's name of no nature, a verb of making, painting, buying or
  handing out (acting.toml `artefact_verbs`; for a word of nature, also a surname only in
  lower case, the making verbs of given_words.toml too: "Lumi korjasi aidan") with a whole
  object (the plural nominative, the genitive) of no nature by the lexicons' classes, no
  landscape, weather or result ("Lumi maalasi aidan", "Satu osti maalit"; not "Ruska
  maalasi metsät", "Myrsky teki vahinkoa", "Meri teki reiät laituriin"), no result adverb
  in the clause ("teki putket rikki"), handing out only with a plural object or a person in
  the allative ("Kivi jakoi tien kahteen osaan" divides), the vectors not asked (they read
  "aita" as nature);
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
from muistiinpanot.privacy.acting_predicate import agents_predicate, telling
from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.context import Word, opens_clause
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_names
from muistiinpanot.privacy.given_words import nature_word
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import comma_clause, verb_analyses
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.published_subjects import after_clause_word, relative_pronoun
from muistiinpanot.privacy.readings import time_noun
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.usage import current_domain_words

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Coordinating conjunctions: a subject coordinated with another is read by neither alone.
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "vai"})
#: Voikko's classes a word-name's readings may have besides a verb's.
_NOMINAL = frozenset({"nimisana", "etunimi", "sukunimi", "paikannimi"})
#: Voikko's cases of an oblique word between an inverted subject and its verb.
_OBLIQUE = frozenset(
    {"ulkotulento", "ulkoolento", "ulkoeronto", "sisaolento", "sisaeronto", "sisatulento"}
)


def acting_word_names(
    text: str,
    voikko: Analyses,
    nouns: NounSense,
    window: int = 4,
    settings: PrivacySettings = DEFAULT_SETTINGS,
) -> list[PersonalSpan]:
    """The word-names of `text` doing a person's act (the module docstring), as name spans;
    `window`: words read back from an inverted subject for its verb (`acting_word_window`);
    `settings`: the run's [privacy], for the word classes (classify_word)."""
    words: list[Word] | None = None
    spans = []
    for match in _WORD.finditer(text):
        form = match.group(0)
        if not (form.islower() or (form[:1].isupper() and form[1:].islower())):
            continue
        if not _candidate(form.casefold(), voikko):
            continue
        # "seppä teki", "virta vei", the domain's "kela": a surname only, a word, read only
        # as a word of nature making or handing out a made thing ("kivi teki kyltit")
        word_only = form.casefold() not in load_gazetteer().register and (
            form.islower() or form.casefold() in current_domain_words()
        )
        if words is None:
            words = [
                Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko, settings))
                for m in _WORD.finditer(text)
            ]
        i = next(k for k, w in enumerate(words) if w.start == match.start())
        if word_only and not nature_word(words[i], voikko, nouns):
            continue
        if _fronted_subject(text, words, i, voikko, nouns, word_only) or (
            not word_only and _inverted_subject(text, words, i, voikko, nouns, window)
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
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense, only: bool
) -> bool:
    """Word i opens its clause alone as the subject of an agent's predicate."""
    if not (
        opens_clause(text, words[i])
        or after_clause_word(text, words, i)
        or _after_fronted_adverbial(text, words, i, voikko)
    ):
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
    end = next((k for k in range(j + 1, end) if relative_pronoun(words[k].text, voikko)), end)
    return agents_predicate(
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
        artefact_only=only,
        first_name=given_reading(words[i].text, voikko),
    )


def _after_fronted_adverbial(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Word i follows, with only a space between, one word opening its clause that is an
    adverb or a noun of time ("Eilen Lumi teki …", "Lauantaina Lumi maalasi …"): a fronted
    adverbial leaves the subject where it was (review 94, privacy92)."""
    if i == 0 or text[words[i - 1].end : words[i].start].strip():
        return False
    before = words[i - 1]
    if not (opens_clause(text, before) or after_clause_word(text, words, i - 1)):
        return False
    readings = voikko.analyze(before.text.casefold())
    return bool(readings) and (
        all(a.get("CLASS") == "seikkasana" for a in readings) or time_noun(readings)
    )


def _inverted_subject(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense, window: int
) -> bool:
    """Word i ends its clause (or stands before "ja") after its verb, with only oblique
    words between them, and something fronted before the verb."""
    start, end = comma_clause(text, words, i)
    if i + 1 < end:
        return False  # "hoitaa Kivi ja veli ky": a firm's name, no subject alone
    for j in range(i - 1, max(start, i - window) - 1, -1):
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
    if not body and not worded and telling(text, words, j, voikko, start, i):
        return True
    return agents_predicate(
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
        first_name=given_reading(words[i].text, voikko),
    )


def _third_person(word: str, voikko: Analyses) -> bool:
    """A finite verb in the third person active, a spoken past too ("kerto", "maalas")."""
    return any(
        a.get("CLASS") == "teonsana" and a.get("PERSON") == "3" for a in verb_analyses(word, voikko)
    )


def _place(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads the word as a place's name ("Kaarina", "Kokkola")."""
    return any(a.get("CLASS") == "paikannimi" for a in voikko.analyze(word.casefold()))


def _oblique(word: str, voikko: Analyses) -> bool:
    """A noun or pronoun in a local case ("koululaisille")."""
    return any(a.get("SIJAMUOTO") in _OBLIQUE for a in voikko.analyze(word.casefold()))


def given_reading(word: str, voikko: Analyses) -> bool:
    """A given name's reading of `word`: Voikko's or the population register's ("Lumi")."""
    return word.casefold() in load_gazetteer().register or any(
        a.get("CLASS") == "etunimi" for a in voikko.analyze(word.casefold())
    )
