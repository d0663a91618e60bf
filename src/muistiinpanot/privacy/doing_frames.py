"""A doer's slot, read for a register given name that is also a common word ("Tuuli",
"Sointu", "Sade", "Valo"; given_words.py; docs/privacy.md, "Round 61"). Weather, light,
water and feelings blow, fall, cover, carry, gather and bring ("Tuuli kantoi lehdet", "Aamu
toi pakkasen", "Tuuli kokosi roskat"), and sing and dance somewhere ("Valo tanssi
seinillä", "Tuuli lauloi savupiipussa"; review 47), but none of them lectures, skis or sings
in a choir, nor builds, bakes, sews, mends or books a thing:

- `does`: the nominative subject of a verb in the third person (or its past participle, in
  a compound tense and past an aside too: acted_verb.py; no reading of the form a first
  person's: "näin"), every verb reading of it of one class of the lexicon
  (`lexicons/given_words.toml`):
  - a verb of performing, speaking aloud or a sport (`performing_verbs`: "Toivo luennoi",
    "Lumi pyöräili töihin sateessa"); one of singing, dancing or playing a part
    (`figurative_verbs`) only with no place phrase in its clause (a noun, an adverb or a
    postposition in a case of where, not a time: "seinillä", "järven yllä"; "kesäkuussa"
    is when) or with one of a stage's (`stage_nouns` by compound part, or a gathering's:
    "lavalla", "joulukonsertissa", "kuorossa"); one that also says a thing occurs or plays
    a part (`occurring_verbs`: "Halla esiintyi jo kesäkuussa", "Into näytteli tärkeää
    roolia") only with a stage's;
  - a verb of making, mending or handling a made thing (`making_verbs`) with an object in
    its clause, a noun in the partitive, the genitive-accusative or the plural nominative
    that is no word of nature and no abstraction ("Tuuli rakensi laiturin", "Aamu varasi
    salin"; not "Halla kitki kukat", "Into rakensi luottamusta"), and no result state in
    the translative or the essive ("Aamu kunnosti ladut valmiiksi"). Not painting or
    drawing: frost and autumn paint and draw in plain Finnish ("Ruska maalasi metsät",
    "Halla piirsi kuvioita ikkunaan");
  - either, as the infinitive after a verb of setting out or starting (`onset_verbs`:
    "Voitto lähti raivaamaan tienvarsia", "Sade alkoi laulaa").

Every rule only marks more text; none un-marks anything (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.predicate import comma_clause, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of, third_or_participle, time_noun

#: Voikko's classes of a common word: the rule reads a name that is also one.
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
#: Voikko's cases of an object: the partitive, the genitive-accusative, the nominative
#: (a plural object: "tuolit"); and of a result state: the translative, the essive.
_PARTITIVE, _GENITIVE, _NOMINATIVE = "osanto", "omanto", "nimento"
_RESULTS = frozenset({"tulento", "olento"})
#: Voikko's cases of where an act is done ("puissa", "katolla", "järveltä").
_PLACES = frozenset({"sisaolento", "ulkoolento", "sisaeronto", "ulkoeronto"})
#: Voikko's classes of a word of a place phrase: a noun, an adverb, a postposition ("yllä").
_PLACE_CLASSES = frozenset({"nimisana", "seikkasana", "suhdesana"})
#: Voikko's moods of an infinitive after a verb of setting out ("laulaa", "laulamaan").
_INFINITIVES = frozenset({"A-infinitive", "MA-infinitive"})
#: Voikko's classes of an adverb and of a postposition ("kanssa").
_ADVERB, _POSTPOSITION = "seikkasana", "suhdesana"
#: Voikko's first person: a verb form that is also one is no third person's ("näin").
_FIRST = "1"
#: Voikko's classes that may stand before an object's noun ("uudet", "koko", "kaksi").
_ATTRIBUTES = frozenset({"laatusana", "asemosana", "lukusana", "seikkasana"})


def does(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is the subject of a doer's act (module docstring)."""
    found = acted_verb(text, words, i, voikko)
    if found is None or not words[i].classes & _COMMON:
        return False
    j, verb = found
    readings = [
        a
        for a in voikko.analyze(verb.text.casefold())
        if a.get("CLASS") == "teonsana" or a.get("PARTICIPLE")
    ]
    if not any(third_or_participle(a) for a in readings) or any(
        a.get("PERSON") == _FIRST for a in readings
    ):
        return False  # "laulaa", "tanssi" are an infinitive and an imperative too
    _, end = comma_clause(text, words, i)
    lexicon = load_given_lexicon()
    bases = {base for base, _ in verb_readings(verb.text, voikko)}
    if bases and bases <= lexicon.onset_verbs:
        k = _infinitive(words, j + 1, end, voikko)
        if k is None:
            return False
        j, bases = k, _infinitive_bases(words[k].text, voikko)
    if not bases:
        return False
    if bases <= lexicon.performing_verbs:
        if not bases & lexicon.figurative_verbs:
            return True
        places = _places(words[j + 1 : end], voikko)
        if any(_stage(w, voikko) for w in places):
            return True
        return not places and not bases & lexicon.occurring_verbs
    if bases <= lexicon.making_verbs:
        if any(result_state(w, voikko) for w in words[j + 1 : end]):
            return False
        thing = verb_object(words, j + 1, end, voikko)
        return (
            thing is not None
            and not natural_noun(thing, voikko)
            and not abstract_noun(thing, voikko)
        )
    return False


def _infinitive(words: Sequence[Word], start: int, end: int, voikko: Analyses) -> int | None:
    """Where the infinitive after a verb of setting out is: the next word, or the one after
    an adverb or a time ("lähti heti laulamaan", "lähti aamulla raivaamaan")."""
    for k in range(start, min(start + 2, end)):
        if _infinitive_bases(words[k].text, voikko):
            return k
        readings = voikko.analyze(words[k].text.casefold())
        if not any(a.get("CLASS") == _ADVERB for a in readings) and not time_noun(readings):
            return None
    return None


def _infinitive_bases(word: str, voikko: Analyses) -> set[str]:
    """The verbs of the word's infinitive readings ("laulamaan": laulaa), or none when a
    reading of it is not an infinitive's (but an agent participle's: "laulama" too)."""
    readings = voikko.analyze(word.casefold())
    verbal = [a for a in readings if a.get("CLASS") == "teonsana"]
    if not verbal or not all(a.get("MOOD") in _INFINITIVES for a in verbal):
        return set()
    return {a.get("BASEFORM", "").casefold() for a in verbal}


def verb_object(words: Sequence[Word], start: int, end: int, voikko: Analyses) -> Word | None:
    """The verb's object in its clause: the first noun in the partitive, the genitive or the
    plural nominative, past attributes, adverbs, nouns in other cases ("toi kokoukseen
    pullaa") and a genitive's phrase: a postposition's ("lasten kanssa") or a noun's, its
    attribute ("joulukadun kojuille"), though not before a time ("varasi salin torstaiksi");
    None at any other word first."""
    k = start
    while k < end:
        readings = voikko.analyze(words[k].text.casefold())
        nouns = [a for a in readings if a.get("CLASS") == "nimisana"]
        after = voikko.analyze(words[k + 1].text.casefold()) if k + 1 < end else []
        genitive = bool(nouns) and all(a.get("SIJAMUOTO") == _GENITIVE for a in nouns)
        if genitive and any(a.get("CLASS") == _POSTPOSITION for a in after):
            k += 2  # "lasten kanssa": no object
            continue
        if any(_object_case(a) for a in nouns):
            if not genitive or not any(a.get("CLASS") == "nimisana" for a in after):
                return words[k]
            if time_noun(after):
                return words[k]
        elif not nouns and not any(a.get("CLASS") in _ATTRIBUTES for a in readings):
            return None  # a verb, a conjunction, a word Voikko does not know
        k += 1
    return None


def _object_case(analysis: Mapping[str, str]) -> bool:
    """A noun's reading in a case of an object (see verb_object)."""
    case = analysis.get("SIJAMUOTO")
    if case in (_PARTITIVE, _GENITIVE):
        return case == _PARTITIVE or analysis.get("NUMBER", "singular") == "singular"
    return case == _NOMINATIVE and analysis.get("NUMBER") == "plural"


def natural_noun(word: Word, voikko: Analyses) -> bool:
    """A word of nature: of the lexicon's nature nouns by compound part ("puissa",
    "linnun+pönttö" is no bird). Not the vectors (nouns.py): they read made things of
    wood and stone as nature too ("seinä", "laituri")."""
    nature = load_name_lexicon().nature_nouns
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, nature)
        for a in voikko.analyze(word.text.casefold())
    )


def abstract_noun(word: Word, voikko: Analyses) -> bool:
    """An abstract noun by its base form's ending (lexicon `abstract_endings`: "luottamus",
    "toiminta")."""
    endings = tuple(load_given_lexicon().abstract_endings)
    return any(
        a.get("CLASS") == "nimisana" and a.get("BASEFORM", "").casefold().endswith(endings)
        for a in voikko.analyze(word.text.casefold())
    )


def _places(clause: Sequence[Word], voikko: Analyses) -> list[Word]:
    """The words of the clause's place phrases: a noun, an adverb or a postposition in a
    case of where an act is done ("seinillä", "yllä", "alla"), not a time ("kesäkuussa",
    "illalla"), and an adverb of no case after a genitive, not one of company ("ikkunan
    takana"; not "lasten kanssa")."""
    company = load_name_lexicon().person_postpositions
    found = []
    for k, word in enumerate(clause):
        readings = voikko.analyze(word.text.casefold())
        if time_noun(readings):
            continue
        where = any(
            a.get("CLASS") in _PLACE_CLASSES and a.get("SIJAMUOTO") in _PLACES for a in readings
        )
        if where or (
            k > 0
            and word.text.casefold() not in company
            and _after_genitive(clause[k - 1], readings, voikko)
        ):
            found.append(word)
    return found


def _after_genitive(before: Word, readings: Sequence[Mapping[str, str]], voikko: Analyses) -> bool:
    """Whether a word of no case, an adverb's or a postposition's, follows a noun in the
    genitive ("ikkunan takana")."""
    if not readings or any(a.get("SIJAMUOTO") for a in readings):
        return False
    if not all(a.get("CLASS") in _PLACE_CLASSES - {"nimisana"} for a in readings):
        return False
    return any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == _GENITIVE
        for a in voikko.analyze(before.text.casefold())
    )


def _stage(word: Word, voikko: Analyses) -> bool:
    """A stage's or a gathering's noun (lexicon `stage_nouns`, `gathering_nouns`; by
    compound part: "joulukonsertissa", "kuorotreenissä"): where only people perform."""
    lexicon = load_given_lexicon()
    stages = lexicon.stage_nouns | lexicon.gathering_nouns
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, stages)
        for a in voikko.analyze(word.text.casefold())
    )


def result_state(word: Word, voikko: Analyses) -> bool:
    """An adjective in the translative or the essive: a result or a state ("kultaisiksi")."""
    return any(
        a.get("CLASS") == "laatusana" and a.get("SIJAMUOTO") in _RESULTS
        for a in voikko.analyze(word.text.casefold())
    )
