"""A mind's slots, read for a register given name that is also a common word ("Kanerva",
"Tuisku", "Otso", "Kielo"; given_words.py; docs/privacy.md, "Round 60"). Weather, plants
and feelings cover, bloom and fall ("Usva peitti järven", "Kanerva kukki"), but none of
them perceives, fears or waits, breaks an arm, loses a phone or has a worker:

- `perceives`: the nominative subject of a verb of perceiving, feeling or wanting
  (lexicon `mind_verbs`: "Tuisku huomasi virheen", "Kanerva odotti pysäkillä", "Halla
  pelkäsi pimeää"), in any tense, in a compound tense and past an aside too (acted_verb.py);
  every verb reading of the word must be of the list, and a passive has no subject;
- `owns`: the nominative subject of a verb in the third person whose clause has a noun of
  a person's body or belongings with the third person's possessive suffix, the subject's
  own (`belonging_nouns`, by compound part: "Pyry mursi kätensä", "Valo ei saanut
  puhelintaan", "Lumi kaatui ja löi päänsä"; not "Kuusi pudotti neulasensa"), "pää" in
  the partitive only under a negation ("Halla nosti päätään": weather's return), and not
  after a pronoun's genitive, the suffix's owner then ("Tuuli vei hänen pyöränsä");
- `experiences`: the partitive opening its clause right before a verb of feeling whose
  experiencer stands there (`experiencer_verbs`: "Otsoa pelotti kulkea", "Hallaa jännitti");
- `possesses`: the genitive right before a thing a person owns and carries (`owned_nouns`:
  "Lumin auto jäi aurauksen alle", "Kanervan puhelin"; review 44);
- `served`: the genitive right before a person noun of care or work that is the genitive's
  client, not its object: a title or person word of privacy.toml (`before_name`,
  `title_suffixes`, `person_words`) or a compound whose last part is an agent noun
  ("Kielon perhetyöntekijä", "Kielon opettaja"); not a maker or bringer, whose genitive is
  what is made (`maker_nouns`: "Ilon tuoja", "Voiton tekijä"), not a time ("Illan
  juontaja"), not a word with a place's reading ("Salon opettaja").

Every rule only marks more text; none un-marks anything (issue 12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.context import Word, load_name_lexicon, opens_clause
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.predicate import NEGATION, comma_clause, next_word, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import FINITE_MOODS, part_of, third_or_participle, time_noun

#: A part of Voikko's WORDBASES ("+perhe(perhe)", "+teki(tehdä)", "+jä(+jä)", "+sosiaali").
_PART = re.compile(r"\+([^+()]+)(?:\(([^)]*)\))?")
#: The agent suffix that ends an agent noun's WORDBASES.
_AGENT_SUFFIXES = frozenset({"+ja", "+jä"})
#: The head, whose partitive is also an idiom's ("nosti päätään"), and Voikko's partitive.
_HEAD, _PARTITIVE = "pää", "osanto"
#: Voikko's essive and its mood of a verbal noun in -minen ("auraamista").
_ESSIVE, _MINEN = "olento", "MINEN-infinitive"
#: Voikko's class of a place's name.
_PLACE = "paikannimi"
#: Voikko's classes of a common word: the rules read a name that is also one, not a word
#: Voikko does not know ("Siri ja Alexa eivät ymmärrä": products of those names).
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


def perceives(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is the subject of a verb of `mind_verbs` (module docstring): every
    reading of the verb is of the list, in the third person or a past active participle
    ("Tuisku huomasi", "on huomannut"; not "Toimi näin", whose "näin" is an adverb and a
    first person)."""
    found = acted_verb(text, words, i, voikko)
    if found is None or not _common(words[i]):
        return False
    verb = found[1].text
    readings = voikko.analyze(verb.casefold())
    if not readings or not all(third_or_participle(a) for a in readings):
        return False
    bases = {base for base, _ in verb_readings(verb, voikko)}
    lexicon = load_given_lexicon()
    if not bases or not bases <= lexicon.mind_verbs:
        return False
    after = next_word(text, words, found[0])
    return not (bases & lexicon.awaiting_verbs and after is not None and _awaited(after, voikko))


def _awaited(word: Word, voikko: Analyses) -> bool:
    """Whether the word after a verb of awaiting tells a thing's or weather's waiting: a
    state's essive of a plain adjective or noun ("harmaana"; not a participle's, a mood:
    "hermostuneena") or a verbal noun in -minen ("auraamista")."""
    readings = voikko.analyze(word.text.casefold())
    if any(a.get("MOOD") == _MINEN for a in readings):  # also a noun's elative: "auraama"
        return True
    return bool(readings) and all(
        a.get("SIJAMUOTO") == _ESSIVE and not a.get("PARTICIPLE") for a in readings
    )


def owns(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i, the subject of a verb in the third person, owns a body part or a
    belonging of its clause (module docstring)."""
    found = acted_verb(text, words, i, voikko)
    if found is None or not _common(words[i]):
        return False
    j, verb = found
    verbal = [
        a
        for a in voikko.analyze(verb.text.casefold())
        if a.get("CLASS") == "teonsana" or a.get("PARTICIPLE")
    ]  # "hukkasi", "jätti" are nouns too; the owner is told by the noun after
    if not verbal or not all(third_or_participle(a) for a in verbal):
        return False
    _, end = comma_clause(text, words, i)
    belongings = load_given_lexicon().belonging_nouns
    negated = any(
        a.get("CLASS") == NEGATION for w in words[i:j] for a in voikko.analyze(w.text.casefold())
    )
    for k in range(j + 1, end):
        if _pronoun_genitive(words[k - 1].text, voikko):
            continue  # "vei hänen pyöränsä": the suffix is the pronoun's
        for a in voikko.analyze(words[k].text.casefold()):
            if a.get("CLASS") != "nimisana" or a.get("POSSESSIVE") != "3":
                continue
            if not part_of(a, belongings):
                continue
            if a.get("BASEFORM") == _HEAD and a.get("SIJAMUOTO") == _PARTITIVE and not negated:
                continue  # "Halla nosti päätään"
            return True
    return False


def experiences(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i, opening its clause, is the partitive experiencer of the verb of feeling
    right after it (module docstring)."""
    verb = next_word(text, words, i)
    if verb is None or not opens_clause(text, words[i]) or not _common(words[i]):
        return False
    readings = voikko.analyze(verb.text.casefold())
    feeling = load_given_lexicon().experiencer_verbs
    return bool(readings) and all(
        a.get("CLASS") == "teonsana"
        and a.get("MOOD") in FINITE_MOODS
        and a.get("PERSON") == "3"
        and a.get("BASEFORM", "").casefold() in feeling
        for a in readings
    )


def possesses(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the genitive at i owns the thing a person carries right after it (lexicon
    `owned_nouns`, by compound part: "Lumin auto", "Kanervan puhelin"; review 44 #7)."""
    head = next_word(text, words, i)
    if head is None or _PLACE in words[i].classes or not _common(words[i]):
        return False
    owned = load_given_lexicon().owned_nouns
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, owned)
        for a in voikko.analyze(head.text.casefold())
    )


def served(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the genitive at i is the client of the person noun after it (module
    docstring)."""
    head = next_word(text, words, i)
    if head is None or _PLACE in words[i].classes or not _common(words[i]):
        return False
    if time_noun(voikko.analyze(words[i].text.casefold())):
        return False
    names, makers = load_name_lexicon(), load_given_lexicon().maker_nouns
    titles = names.before_name | names.person_words
    for a in voikko.analyze(head.text.casefold()):
        base = a.get("BASEFORM", "").casefold()
        if a.get("CLASS") != "nimisana" or base in makers:
            continue
        if a.get("NUMBER", "singular") == "singular" and (
            base in titles
            or base.endswith(tuple(names.title_suffixes))
            or _agent_compound(a.get("WORDBASES", ""))
        ):
            return True
    return False


def _agent_compound(wordbases: str) -> bool:
    """Whether Voikko's WORDBASES are of a compound agent noun: two parts with a base of
    their own before the agent suffix ("perhe+työn+teki+jä", "oma+hoita+ja"; not
    "opetta+ja", nor "mitta+a+ja", whose "+a" is a derivation's)."""
    parts = _PART.findall(wordbases)
    if not parts or parts[-1][1] not in _AGENT_SUFFIXES:
        return False
    return sum(1 for _, base in parts[:-1] if base) >= 2


def _common(word: Word) -> bool:
    """Whether Voikko reads the word as a common noun or adjective too."""
    return bool(word.classes & _COMMON)


def _pronoun_genitive(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads the word as a pronoun in the genitive ("hänen", "heidän")."""
    return any(
        a.get("CLASS") == "asemosana" and a.get("SIJAMUOTO") == "omanto"
        for a in voikko.analyze(word.casefold())
    )
