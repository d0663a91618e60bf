"""Words that point to a person in a text, read where a family's name may be a place's or a
firm's (surname_places.py, docs/privacy.md "Round 58"): privacy first, a word is a sign when

- the family rule counts it (family_persons.person_cue: "hän", kin and household nouns, a
  life's events, "asua", "töissä");
- it is a person noun (structure.person_noun: "poimija", "lapset");
- it is a verb people do (privacy.toml `human_verbs`, `individual_verbs`: "kävi");
- it is a finite verb whose doer goes unsaid: no subject in its clause ("Korhosen rannassa
  hukkui": someone the writer knows);
- it is a party in the plural (lookalikes.toml `party_nouns`: "pidettiin juhlat", a private
  celebration, as the festive plurals in -iaiset/-jaiset are) or an occasion of a life's
  events (`life_occasions`: "muistotilaisuus", "syntymäpäivä");
- it is read only as a verb in the first or second person, not an imperative (a narrator:
  "kävin"; not "jäät", ice, nor the negative's "ei ole");
- it names a sensitive event, something that happens to people (lexicons/
  sensitive_events.toml: law enforcement and crime, debt and insolvency, health and injury,
  death, conflict, welfare; docs/privacy.md "Round 59"): a reading's base form, an underived
  compound part's base or a run of compound parts is one of them ("koti+etsintä",
  "työ+tapa+turma", "konkurssiin", "takavarikoitiin"); a family's place in such an event
  identifies the household ("Korhosen tilalla poliisi teki kotietsinnän").
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources

from muistiinpanot.privacy.context import CLAUSE_MARKS, FIRST, LAST, Word, load_name_lexicon
from muistiinpanot.privacy.family_persons import family_person_words, person_cue
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.predicate import verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import COORDINATORS, person_noun
from muistiinpanot.wordparts import part_of, parts

#: Clause words that begin another clause ("ja äiti odotti tunnin").
CLAUSE_WORDS = COORDINATORS | {"mutta", "kun", "että", "koska", "jos", "vaikka"}
#: Voikko's classes of a word that may be a clause's subject.
_SUBJECT_CLASSES = frozenset(
    {"nimisana", "nimisana_laatusana", "asemosana", LAST, FIRST, "paikannimi"}
)


def person_signs(text: str, words: Sequence[Word], voikko: Analyses) -> list[bool]:
    """Per word, whether it points to a person (module docstring)."""
    own = family_person_words()
    lexicon = load_name_lexicon()
    people_do = lexicon.human_verbs | lexicon.individual_verbs
    unsaid = _subjectless(text, words, voikko)
    own_words = load_lookalikes()
    return [
        k in unsaid
        or person_cue(w.text, voikko, own)
        or person_noun(w.text, voikko)
        or _narrator(w.text, voikko)
        or _sensitive(w.text, voikko)
        or any(base in people_do for base, _ in verb_readings(w.text, voikko))
        or any(
            (a.get("NUMBER") == "plural" and part_of(a, own_words.party_nouns))
            or part_of(a, own_words.life_occasions)
            for a in voikko.analyze(w.text.casefold())
        )
        for k, w in enumerate(words)
    ]


def clause_break(text: str, words: Sequence[Word], n: int) -> bool:
    """Whether a new clause starts at word n (n > 0): a mark of CLAUSE_MARKS between it and
    the word before, or a conjunction of CLAUSE_WORDS."""
    between = text[words[n - 1].end : words[n].start]
    return any(mark in between for mark in CLAUSE_MARKS) or words[n].text.casefold() in CLAUSE_WORDS


def _subjectless(text: str, words: Sequence[Word], voikko: Analyses) -> set[int]:
    """The finite active verbs in the third person, not "olla" and no noun too ("lakkaa"),
    whose clause has no noun, pronoun or name in the nominative or the partitive (an
    existential subject: "laiduntaa lehmiä"): the one who did it goes unsaid, a person
    known to the writer ("Korhosen rannassa hukkui", "kaatui eilen")."""
    found: set[int] = set()
    clause: list[int] = []
    for n in range(len(words) + 1):
        ends = n == len(words) or (n > 0 and clause_break(text, words, n))
        if ends and clause:
            subjects = [k for k in clause if _subject(words[k].text, voikko)]
            verbs = [
                k for k in clause if k not in subjects and _finite_third(words[k].text, voikko)
            ]
            if verbs and not subjects:
                found.update(verbs)
            clause = []
        if n < len(words):
            clause.append(n)
    return found


def _finite_third(word: str, voikko: Analyses) -> bool:
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") == "3"
        and a.get("BASEFORM") != "olla"
        and a.get("MOOD") in ("indicative", "conditional", "potential")
        for a in voikko.analyze(word.casefold())
    )


def _subject(word: str, voikko: Analyses) -> bool:
    return any(
        a.get("CLASS") in _SUBJECT_CLASSES and a.get("SIJAMUOTO") in ("nimento", "osanto")
        for a in voikko.analyze(word) + voikko.analyze(word.casefold())
    )


def _narrator(word: str, voikko: Analyses) -> bool:
    """A verb in the first or second person, no other reading ("kävin"; not "jäät", ice),
    not in the imperative, whose singular is the negative's form too ("ei ole")."""
    readings = voikko.analyze(word.casefold())
    return bool(readings) and all(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") in ("1", "2")
        and a.get("MOOD") != "imperative"
        for a in readings
    )


@functools.cache
def sensitive_events() -> frozenset[str]:
    """The base forms of every class of lexicons/sensitive_events.toml."""
    path = resources.files("muistiinpanot.lexicons").joinpath("sensitive_events.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    return frozenset(word for words in data.values() for word in words)


def _sensitive(word: str, voikko: Analyses) -> bool:
    """Whether a reading of the word names a sensitive event (module docstring)."""
    events = sensitive_events()
    return any(not events.isdisjoint(_keys(a)) for a in voikko.analyze(word.casefold()))


def _keys(analysis: Mapping[str, str]) -> set[str]:
    """A reading's base form, its underived parts' bases and every run of its parts'
    surfaces ("lasten+suojelu" → "lastensuojelu", "suojelu"; "työ+tapa+turma" → "tapaturma")."""
    found = parts(analysis)
    keys = {analysis.get("BASEFORM", "").casefold()}
    keys.update(p.base.casefold() for p in found if not p.derived)
    surfaces = [p.surface.casefold() for p in found]
    for start in range(len(surfaces)):
        for end in range(start + 1, len(surfaces) + 1):
            keys.add("".join(surfaces[start:end]))
    return keys
