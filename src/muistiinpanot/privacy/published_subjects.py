"""The publisher's reading of a lower-case given name that is also a common noun, as the
subject of an act done to a made thing (docs/privacy.md, "privacy83"; `[privacy]
publish_subject_word_names`). Only text to publish is read so (find_personal_data(cautious=
True)): a post publishes a few sentences, and a name there costs more than a word withheld.

"jukka pitää kassan ja grillin yksin" is refused by the notes' detector only because Voikko
also reads "jukka" as a noun (a yucca); "pekka pitää kassan" is found. A word is read as a
name when

- it is in lower case (or capitalised only as it opens a sentence: the tidier puts a capital
  there, "Jukka pitää kassan"), and Voikko reads it only as a given name (a surname too) and as a
  common noun in the nominative singular: no verb's, adjective's or place's reading ("toivo",
  also "I hope"; "tuuli", also "it blew"; "sulo", an adjective too);
- no common reading of it is a word of nature, by the lexicon's nature nouns or by the
  vectors (NounSense.natural): wind, frost and water act on things ("tuuli kaatoi aidan",
  "kirsi nostaa tietä"), a yucca, luck or a gift do not;
- it is the subject of a verb in the third person (acted_verb.py), opening its clause (not a
  conjunct: "routa ja kirsi nostavat tietä"), and the verb's clause has an object that is no
  word of nature (the lexicon's or the vectors'), no abstraction and no person noun
  (doing_frames' object: "kassan"; not "onni potkaisi", which has none, nor "lahja
  ilahdutti lapsia"); the word is no time of day ("aamu toi sateen").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.context import Word, opens_clause
from muistiinpanot.privacy.doing_frames import abstract_noun, natural_noun, verb_object
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import comma_clause
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import time_noun
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun

#: The words of a text, as names.find_name_spans splits it.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: The classes a word-name's readings may have: a given name, a surname, a common noun.
_WORD_NAME = frozenset({"etunimi", "sukunimi", "nimisana"})
#: Words after which a clause's subject follows: a postposition of a view opening the
#: sentence, the subordinating conjunctions (closed classes of Finnish).
_OPENERS = frozenset({"mukaan", "mielestä", "että", "et", "koska", "kun", "jos", "vaikka"})
#: Coordinating conjunctions: a subject coordinated with another is read by neither alone.
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "vai"})
#: The relative pronouns' base forms; the base form of the copula.
_RELATIVES = frozenset({"joka", "mikä"})
_BE = "olla"


def subject_word_names(
    text: str, voikko: Analyses, nouns: NounSense, settings: PrivacySettings = DEFAULT_SETTINGS
) -> list[PersonalSpan]:
    """The lower-case word-names of `text` standing as the subject of an act done to a made
    thing (the module docstring), as name spans."""
    words: list[Word] | None = None
    spans = []
    for match in _WORD.finditer(text):
        if not _lowered(text, match.start(), match.group(0)) or not _candidate(
            match.group(0).casefold(), voikko, nouns
        ):
            continue
        if words is None:
            words = [
                Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko, settings))
                for m in _WORD.finditer(text)
            ]
        i = next(k for k, w in enumerate(words) if w.start == match.start())
        if _acts_on_a_thing(text, words, i, voikko, nouns):
            spans.append(PersonalSpan(match.start(), match.end(), "nimi"))
    return spans


def _lowered(text: str, start: int, word: str) -> bool:
    """Whether `word` is in lower case, or capitalised only as it opens a sentence (the
    writer and the tidier put a capital there: "Jukka pitää kassan" from "jukka pitää …")."""
    if word.islower():
        return True
    before = text[:start].rstrip(" \t\"'“”«»([-–•*")
    opening = not before or before[-1] in ".!?:;\n"
    return opening and word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _candidate(word: str, voikko: Analyses, nouns: NounSense) -> bool:
    """A lower-case given name that is also a common noun of no nature, in the nominative
    singular, with no reading of another class."""
    if "-" in word:
        return False
    readings = voikko.analyze(word)
    classes = {a.get("CLASS") for a in readings}
    if not classes or not classes <= _WORD_NAME or not {"etunimi", "nimisana"} <= classes:
        return False
    common = [a for a in readings if a.get("CLASS") == "nimisana"]
    if time_noun(common):  # "aamu toi sateen": a time of day
        return False
    if not all(a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") == "singular" for a in common):
        return False
    probe = Word(0, len(word), word, "other", frozenset())
    return not natural_noun(probe, voikko) and not any(
        nouns.natural(a.get("BASEFORM", "").casefold()) for a in common
    )


def _acts_on_a_thing(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense
) -> bool:
    """Whether word i opens its clause, alone (no "ja" beside it), as the subject of a verb
    in the third person, not "olla", whose clause has an object of no nature, no
    abstraction, no time and no person."""
    if not opens_clause(text, words[i]) and not after_clause_word(text, words, i):
        return False
    if i + 1 < len(words) and words[i + 1].text.casefold() in _CONJUNCTIONS:
        return False  # "sisko ja veli kävi", "hilla ja mustikka kasvaa"
    found = acted_verb(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    readings = voikko.analyze(verb.text.casefold())
    if not any(a.get("PERSON") == "3" for a in readings) or any(
        a.get("BASEFORM") == _BE for a in readings
    ):
        return False  # "suvi on parasta aikaa": a copula has no object
    _, end = comma_clause(text, words, i)
    end = next((k for k in range(j + 1, end) if relative_pronoun(words[k].text, voikko)), end)
    thing = verb_object(words, j + 1, end, voikko)
    if thing is None or natural_noun(thing, voikko) or abstract_noun(thing, voikko):
        return False
    things = [a for a in voikko.analyze(thing.text.casefold()) if a.get("CLASS") == "nimisana"]
    if time_noun(things) or person_noun(thing.text, voikko):
        return False  # "kesti puoli vuotta"; "lahja ilahdutti lapsia": done to a person
    return not any(nouns.natural(a.get("BASEFORM", "").casefold()) for a in things)


def relative_pronoun(word: str, voikko: Analyses) -> bool:
    """A relative pronoun ("jota", "missä"), which opens a clause of its own."""
    return any(
        a.get("CLASS") == "asemosana" and a.get("BASEFORM") in _RELATIVES
        for a in voikko.analyze(word.casefold())
    )


def after_clause_word(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether word i follows a postposition's phrase opening the sentence or a
    subordinating word: "Yhden ryhmän mukaan jukka …", "koska jukka …". Not a conjunct
    after "ja", "tai" (a coordination of subjects)."""
    return i == 0 or words[i - 1].text.casefold() in _OPENERS
