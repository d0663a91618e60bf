"""Clauses of one bullet whose topics share a head, said as one sentence: the clauses open
with a noun of the same base form, or one opens with a compound whose first parts are the
other's noun ("Apuvälineiden huolto on kiinni kesällä." + "Apuvälinelainaamo on auki vain
arkisin." → "Apuvälineiden huolto on kiinni kesällä, ja apuvälinelainaamo on auki vain
arkisin."). Each clause keeps its words: a compound's tail alone often names another thing
("työpaikka" → "paikka", "kaupunginhallitus" → "hallitus", "lapsilisä" → "lisä"), and the one
dev sentence the shortening changed read as well whole (review 24, finding 5). Nothing is
added but the comma and "ja" (or "eikä") of joins.compound_sentence, and the sentence passes
summarize/grammar.py, or its clauses stay apart; the opening may take part (it stays first)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from muistiinpanot.summarize.clauses import habitual_adverbs
from muistiinpanot.summarize.joins import Unit, compound_sentence
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.verbforms import passive_plan
from muistiinpanot.summarize.wordchecks import question
from muistiinpanot.wordparts import parts

#: Voikko's classes a topic word's readings may have: nouns and names (a word that is also a
#: verb, adjective, adverb or pronoun does not open a topic of its own).
_NOUN_CLASSES = frozenset({"nimisana", "nimi", "etunimi", "sukunimi", "paikannimi"})
_ABBREVIATION_END = re.compile(r"\b(?:jne|yms|tms|ym|esim|mm|ns|vrt|ks)\.$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Topic:
    """A clause's first word read as a noun: its `base` form and the base forms it says
    (`keys`: the base and those of its compound's first parts, "apuväline" of
    "apuvälinelainaamo")."""

    base: str
    keys: frozenset[str]


def topic_units(
    first: Unit,
    units: list[Unit],
    speller: Speller,
    most_words: int,
    most_predicates: int,
    common: float | None = DEFAULT_SETTINGS.repeat_common,
    least: int = DEFAULT_SETTINGS.restated_mostly_said,
) -> tuple[Unit, list[Unit]]:
    """`first` (the opening) and `units` with pairs of single-note clauses whose topics share
    a head joined into one sentence of at most `most_words` words and `most_predicates`
    predicates (the first clause without a comma, where "ja" would attach inside it); 0 words
    = off; `common`: compound_sentence's (None: a restating clause may join). Returns the
    opening's unit (maybe joined) and the others in order."""
    if most_words <= 0:
        return first, units
    pool = [first, *units]
    topics = [_topic(unit, speller) for unit in pool]
    taken: set[int] = set()
    result: list[Unit] = []
    for i, unit in enumerate(pool):
        if i in taken:
            continue
        taken.add(i)
        joined = None
        if topics[i] is not None and _joinable(unit, speller, first=True):
            for j in range(i + 1, len(pool)):
                if j in taken or topics[j] is None or not _joinable(pool[j], speller, first=False):
                    continue
                if unit.predicates + pool[j].predicates > most_predicates:
                    continue
                if unit.tone != pool[j].tone:
                    continue  # a problem with a problem, a statement with a statement …
                if not _shared(topics[i], topics[j]):  # type: ignore[arg-type]
                    continue
                joined = compound_sentence([unit, pool[j]], speller, common=common, least=least)
                if joined is not None and joined.words <= most_words:
                    taken.add(j)
                    break
                joined = None
        result.append(joined or unit)
    opening = result[0]
    return opening, sorted(result[1:], key=lambda u: u.position)


def _joinable(unit: Unit, speller: Speller, *, first: bool) -> bool:
    """A single note's clause that a statement can continue: first, without a comma (a "ja"
    after it would attach inside it); after, with a comma only before a subordinate clause
    (not "…, ja harrastukset maksavat liikaa, kaikilla perheillä ei ole varaa"); never a plan
    in the present passive (verbforms.passive_plan), as compounds.compound_units."""
    if len(unit.pieces) != 1 or unit.pieces[0].kind != "clause" or unit.text.endswith("?"):
        return False
    if passive_plan(unit.text, speller, habitual_adverbs(), unit.pieces[0].main):
        return False  # a plan joined to a finding would read as decided (review 70 #3)
    if first:
        return "," not in unit.text and not _ABBREVIATION_END.search(unit.text)
    return all(_subordinate(after, speller) for after in unit.text.split(",")[1:])


#: Voikko's classes of the words that open a subordinate clause: a conjunction ("että",
#: "koska"), a relative pronoun ("joka", "mitä"), "eikä".
_SUBORDINATORS = frozenset({"sidesana", "asemosana", "kieltosana"})


def _subordinate(text: str, speller: Speller) -> bool:
    """Whether `text` (after a comma) opens with a subordinator, maybe after one word
    ("ennen kuin", "ilman että", "niin että")."""
    words = [w.strip(".,;:").lower() for w in text.split()[:2]]
    return any(
        a.get("CLASS") in _SUBORDINATORS for word in words if word for a in speller.analyze(word)
    )


def _topic(unit: Unit, speller: Speller) -> _Topic | None:
    """The clause's first word as a topic: Voikko reads it only as a noun or name, its noun
    readings have one base form, and it opens the subject: a nominative, or a genitive before
    a nominative noun ("Apuvälineiden huolto …"; not "Kalastuskunnan särkeä on …", nor
    "Apuvälineen hakemiseen pitää …"); None otherwise (or for an indirect question)."""
    words = unit.text.split(" ", 2)
    word = words[0].strip(",.;:")
    if not word.isalpha() and "-" not in word:
        return None
    analyses = speller.analyze(word.lower())
    if not analyses or any(a.get("CLASS", "") not in _NOUN_CLASSES for a in analyses):
        return None
    nouns = [a for a in analyses if a.get("CLASS") == "nimisana"]
    if len({a.get("BASEFORM", "").lower() for a in nouns}) != 1 or question(unit.text, speller):
        return None
    noun = nouns[0]
    case = noun.get("SIJAMUOTO")
    after = words[1].strip(",.;:").lower() if len(words) > 1 else ""
    if case == "omanto" and not _nominative_noun(after, speller):
        return None
    if case not in ("nimento", "omanto"):
        return None
    base = noun.get("BASEFORM", "").lower()
    keys = {base}
    found = parts(noun)
    surface = ""
    for part in found[:-1]:
        key = surface + (part.surface if part.derived else part.base).lower()
        surface += part.surface.lower()
        tail = word[len(surface) :].lstrip("-")
        if word.lower().startswith(surface) and tail and _same_form(tail, noun, speller):
            keys.add(key)
    return _Topic(base, frozenset(keys))


def _nominative_noun(word: str, speller: Speller) -> bool:
    """A noun in the nominative, an action noun too ("harrastusten hakeminen")."""
    return bool(word) and any(
        a.get("SIJAMUOTO") == "nimento"
        and (a.get("CLASS") == "nimisana" or a.get("MOOD") == "MINEN-infinitive")
        for a in speller.analyze(word)
    )


def _same_form(tail: str, noun: dict[str, str], speller: Speller) -> bool:
    """Whether Voikko reads `tail` as a noun in `noun`'s case and number."""
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == noun.get("SIJAMUOTO")
        and a.get("NUMBER") == noun.get("NUMBER")
        for a in speller.analyze(tail.lower())
    )


def _shared(earlier: _Topic, later: _Topic) -> bool:
    """Whether both topics say a head which one of them says as its whole word (two
    compounds that share only a first part, "apuraha" and "apuväline", share no topic)."""
    return any(key in (earlier.base, later.base) for key in earlier.keys & later.keys)
