"""Short clauses of one point joined into compound sentences (summarize/gather.py): what is
with what is, proposals with proposals, the nearest two first (summary34), each sentence
through joins.compound_sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from muistiinpanot.lexicons import time_and_measure_words
from muistiinpanot.summarize.clauses import habitual_adverbs
from muistiinpanot.summarize.joins import (
    TONE_ORDER,
    Unit,
    compound_sentence,
    continued,
)
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.restated import VerbsAlike
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.verbforms import passive_plan
from muistiinpanot.summarize.wordchecks import question

_NEITHER = re.compile(r"\bei(?:vät)?kä\b", re.IGNORECASE)


def compound_units(
    units: list[Unit],
    most: int,
    speller: Speller,
    clauses: int = 2,
    related: Callable[[Sequence[Unit], Unit], float] = lambda group, unit: 1.0,
    alike: VerbsAlike | None = None,
    common: float | None = DEFAULT_SETTINGS.repeat_common,
    least: int = DEFAULT_SETTINGS.restated_mostly_said,
) -> list[Unit]:
    """`units` with single short clauses joined into compound sentences of up to `clauses`
    predicates (a clause that coordinates two of its own counts two: no chain of three
    "A ja B, ja C ja D"): what is (problems and statements) with what is, proposals with
    proposals ("A ei onnistu sopimuksilla." + "Tieto ei liiku." → "A ei onnistu sopimuksilla,
    eikä tieto liiku."; three: "A, b, ja c."; a plan in the present passive is joined to
    nothing: verbforms.passive_plan, read in its main clause, Piece.main), and only clauses of
    one point: the two that `related` finds nearest join first, then the next nearest (0 or
    False: not of one point; summary34: the nearest, not the next in MMR order, so that notes
    of one point are said in one sentence wherever MMR placed them). Every clause but the last
    has no comma (a "ja" after it would attach inside it); a clause that would make the
    sentence fail the grammar check is not joined. `alike` tells verbs alike in meaning
    (restated.same_things: a clause that says the same as another is said once); `common`:
    compound_sentence's (a clause that restates another is not joined)."""
    result: list[Unit] = []
    free: list[Unit] = []
    for unit in units:
        main = unit.pieces[0].main if len(unit.pieces) == 1 else ()
        plan = passive_plan(unit.text, speller, habitual_adverbs(), main)
        alone = question(unit.text, speller) or plan
        if len(unit.pieces) != 1 or unit.words > most or alone:
            result.append(unit)
        else:
            free.append(unit)
    groups = [[unit] for unit in free]
    while (
        pair := _nearest_pair(groups, clauses, related, speller, alike, common, least)
    ) is not None:
        into, other = pair
        groups[into] = sorted([*groups[into], *groups[other]], key=lambda u: u.position)
        del groups[other]
    for group in groups:
        joined = compound_sentence(group, speller, alike, common, least) if len(group) > 1 else None
        result.extend([joined] if joined is not None else group)
    return sorted(result, key=lambda u: u.position)


def _nearest_pair(
    groups: list[list[Unit]],
    clauses: int,
    related: Callable[[Sequence[Unit], Unit], float],
    speller: Speller,
    alike: VerbsAlike | None = None,
    common: float | None = None,
    least: int = DEFAULT_SETTINGS.restated_mostly_said,
) -> tuple[int, int] | None:
    """The group and the lone clause of one tone (a proposal or not) that `related` finds
    nearest, within `clauses` predicates, no comma but in the last clause, and passing the
    grammar check joined (ties: the earliest first); None when no two may join."""
    options = []
    for into, group in enumerate(groups):
        proposal = group[0].tone == TONE_ORDER["proposal"]
        for other, lone in enumerate(groups):
            if other == into or len(lone) != 1 or (len(group) == 1 and other < into):
                continue
            unit = lone[0]
            if (unit.tone == TONE_ORDER["proposal"]) != proposal:
                continue
            joined = sorted([*group, unit], key=lambda u: u.position)
            if any("," in u.text for u in joined[:-1]):
                continue
            if _negated_tail(joined[-1], speller) and _skips(joined, groups, proposal):
                continue
            if sum(u.predicates for u in joined) > clauses:
                continue
            if _borrowed_subject(joined, speller) or _neither_twice(joined, speller):
                continue
            near = float(related(group, unit))
            if near > 0:
                options.append((-near, group[0].position, unit.position, into, other, joined))
    for *_, into, other, joined in sorted(options, key=lambda o: o[:3]):
        if compound_sentence(joined, speller, alike, common, least) is not None:
            return into, other
    return None


def _skips(joined: Sequence[Unit], groups: Sequence[Sequence[Unit]], proposal: bool) -> bool:
    """Whether a clause of the same tone comes between the last two of `joined`."""
    low, high = joined[-2].position, joined[-1].position
    return any(
        low < u.position < high and (u.tone == TONE_ORDER["proposal"]) == proposal
        for group in groups
        for u in group
    )


def _negated_tail(unit: Unit, speller: Speller) -> bool:
    """A last clause with a subordinate clause of its own (a comma) that would continue
    negated ("…, eikä B, kun C"): it joins only the clause right before it, as before
    summary34 (the "eikä" rewrite moves its words, and a subordinate clause after a clause
    taken from further away hangs on either half)."""
    return "," in unit.text and continued(unit, speller, last=True).startswith("ei")


def _neither_twice(joined: Sequence[Unit], speller: Speller) -> bool:
    """Whether a clause that says "eikä" itself ("ei saa iltaisin eikä viikonloppuna") would be
    continued by a negated clause: "A eikä B, eikä C" chains its negations past what the
    reader can attach (mend90; lint's predicate_chains)."""
    inner = any(_NEITHER.search(u.text) for u in joined[:-1])
    return inner and continued(joined[-1], speller, last=True).startswith("ei")


def _borrowed_subject(joined: Sequence[Unit], speller: Speller) -> bool:
    """Whether a clause after the first has no subject and a zero person's verb ("pitäisi
    kokeilla …", "voisi …": no passive) after a clause that names its subject ("Johtoryhmä
    voisi pilotoida …"): joined, the second reads as that subject's act or duty (review 44 #8:
    "Johtoryhmä voisi pilotoida avoimia kokouksia, ja pitäisi kokeilla …"), so they stay two
    sentences. A passive ("…, ja luullaan, että …") names no one and may join."""
    named = False
    for unit in joined:
        frame = unit.pieces[0].frame if len(unit.pieces) == 1 else None
        if frame is None:  # no Frame read ("Pitäisi kokeilla …, esim. …"): its first word
            word = unit.text.split(" ", 1)[0].strip(",.").lower()
            if named and _zero_person(word, speller) and not _nominative(word, speller):
                return True
            continue
        if frame.subject:
            named = True
        elif named and _zero_person(frame.predicate, speller):
            return True
    return False


def _zero_person(predicate: str, speller: Speller) -> bool:
    """Whether `predicate` (a subjectless clause's verb and auxiliaries) is the zero person: its
    finite verb (after a negation: "ei pitäisi") reads as the third person singular, never as
    a passive ("ei pilotoida")."""
    words = predicate.lower().split()
    readings = speller.analyze(words[0]) if words else []
    if any(a.get("CLASS") == "kieltosana" for a in readings) and len(words) > 1:
        readings = speller.analyze(words[1])
    finite = [a for a in readings if a.get("CLASS") in ("teonsana", "kieltosana")]
    third = any(a.get("PERSON") == "3" and a.get("NUMBER") == "singular" for a in finite)
    return third and not any(a.get("PERSON") == "4" for a in finite)


def _nominative(word: str, speller: Speller) -> bool:
    """Whether Voikko also reads `word` as a nominative (a noun or name that opens a subject)."""
    return any(a.get("SIJAMUOTO") == "nimento" for a in speller.analyze(word))


def uncounted(lemmas: frozenset[str]) -> frozenset[str]:
    """`lemmas` without words of time and measure and their compound parts ("kuukausi": "kuu",
    "kausi"; lexicons/time.toml `durations`, `measures`)."""
    counted = [lemma for lemma in lemmas if lemma in time_and_measure_words()]
    return frozenset(x for x in lemmas if not any(x in word for word in counted))
