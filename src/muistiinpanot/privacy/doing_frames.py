"""A doer's slot, read for a register given name that is also a common word ("Tuuli",
"Sointu", "Sade", "Valo"; given_words.py; docs/privacy.md, "Round 61"). Weather, light,
water and feelings blow, fall, cover, carry and bring ("Tuuli kantoi lehdet", "Aamu toi
pakkasen", "Into kantoi hankkeen loppuun"), but none of them sings, dances or lectures, nor
builds, bakes, sews, mends or books a thing:

- `does`: the nominative subject of a verb in the third person (or its past participle, in
  a compound tense and past an aside too: acted_verb.py; no reading of the form a first
  person's: "näin"), every verb reading of it of one class of the lexicon
  (`lexicons/given_words.toml`):
  - a verb of performing, speaking aloud or a sport (`performing_verbs`: "Sointu laulaa
    kuorossa", "Toivo tanssi lavalla"), unless a word of nature is where it is done ("Tuuli
    lauloi puissa": a poet's wind);
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
from muistiinpanot.privacy.readings import part_of, time_noun

#: Voikko's classes of a common word: the rule reads a name that is also one.
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
#: Voikko's cases of an object: the partitive, the genitive-accusative, the nominative
#: (a plural object: "tuolit"); and of a result state: the translative, the essive.
_PARTITIVE, _GENITIVE, _NOMINATIVE = "osanto", "omanto", "nimento"
_RESULTS = frozenset({"tulento", "olento"})
#: Voikko's cases of where an act is done ("puissa", "katolla", "järveltä").
_PLACES = frozenset({"sisaolento", "ulkoolento", "sisaeronto", "ulkoeronto"})
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
    if not any(_third_or_participle(a) for a in readings) or any(
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
        return not any(_natural_place(w, voikko) for w in words[j + 1 : end])
    if bases <= lexicon.making_verbs:
        if any(_result(w, voikko) for w in words[j + 1 : end]):
            return False
        thing = _object(words, j + 1, end, voikko)
        return thing is not None and not _natural(thing, voikko) and not _abstract(thing, voikko)
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


def _object(words: Sequence[Word], start: int, end: int, voikko: Analyses) -> Word | None:
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
    """A noun's reading in a case of an object (see _object)."""
    case = analysis.get("SIJAMUOTO")
    if case in (_PARTITIVE, _GENITIVE):
        return case == _PARTITIVE or analysis.get("NUMBER", "singular") == "singular"
    return case == _NOMINATIVE and analysis.get("NUMBER") == "plural"


def _natural(word: Word, voikko: Analyses) -> bool:
    """A word of nature: of the lexicon's nature nouns by compound part ("puissa",
    "linnun+pönttö" is no bird). Not the vectors (nouns.py): they read made things of
    wood and stone as nature too ("seinä", "laituri")."""
    nature = load_name_lexicon().nature_nouns
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, nature)
        for a in voikko.analyze(word.text.casefold())
    )


def _abstract(word: Word, voikko: Analyses) -> bool:
    """An abstract noun by its base form's ending (lexicon `abstract_endings`: "luottamus",
    "toiminta")."""
    endings = tuple(load_given_lexicon().abstract_endings)
    return any(
        a.get("CLASS") == "nimisana" and a.get("BASEFORM", "").casefold().endswith(endings)
        for a in voikko.analyze(word.text.casefold())
    )


def _natural_place(word: Word, voikko: Analyses) -> bool:
    """A word of nature in a case of where an act is done ("puissa", "latvoilla")."""
    readings = voikko.analyze(word.text.casefold())
    return any(a.get("SIJAMUOTO") in _PLACES for a in readings) and _natural(word, voikko)


def _result(word: Word, voikko: Analyses) -> bool:
    """An adjective in the translative or the essive: a result or a state ("kultaisiksi")."""
    return any(
        a.get("CLASS") == "laatusana" and a.get("SIJAMUOTO") in _RESULTS
        for a in voikko.analyze(word.text.casefold())
    )


def _third_or_participle(analysis: Mapping[str, str]) -> bool:
    """A verb's reading in the third person, active, or a past active participle."""
    if analysis.get("PARTICIPLE") == "past_active":
        return True
    return analysis.get("CLASS") == "teonsana" and analysis.get("PERSON") == "3"
