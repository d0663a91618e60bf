"""Sentences of a bullet that join clauses of several notes: clauses that start alike share
their verb ("Johdon pitäisi antaa lupa kokeilla." + "Johdon pitää näyttää esimerkkiä." →
"Johdon pitäisi antaa lupa kokeilla ja näyttää esimerkkiä."), and two short clauses of what is
(problems, statements) or of proposals form one compound sentence ("…, eikä tieto liiku").
Each joined sentence passes summarize/grammar.py, or its clauses stay apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.harms import RAISED, raised_together
from muistiinpanot.summarize.merge import contrasted, glued, inside
from muistiinpanot.summarize.neither import negated_continuation
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.restated import (
    VerbsAlike,
    mostly_restates,
    same_things,
    same_verb,
)
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS

_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\w+")
#: A sentence that ends in an abbreviation ("… jne.") cannot be continued after its dot.
_ABBREVIATION_END = re.compile(r"\b(?:jne|yms|tms|ym|esim|mm|ns|vrt|ks)\.$", re.IGNORECASE)
TONE_ORDER = {"problem": 0, "statement": 1, "proposal": 2}


@dataclass(slots=True)
class Unit:
    """One sentence of the bullet and the pieces it says."""

    text: str
    pieces: list[Piece]
    position: int
    tone: int = 0
    words: int = field(init=False)

    def __post_init__(self) -> None:
        self.words = len(_WORD.findall(self.text))

    @property
    def predicates(self) -> int:
        """How many coordinated predicates the sentence's clauses have ("A ja B": 2)."""
        return sum(piece.predicates for piece in self.pieces)


_NEGATION_KA = {"ei": "eikä", "eivät": "eivätkä"}


#: At most this many words stand before the shared verb of clauses joined by shared_starts.
_SHARED_START_WORDS = 3


def shared_starts(
    first: Unit,
    units: list[Unit],
    speller: Speller,
    max_predicates: int = DEFAULT_SETTINGS.max_predicates,
) -> tuple[Unit, list[Unit]]:
    """Single clauses that start alike, the same words and then a finite verb of the same
    lemma (Voikko), said as one clause with their rests coordinated: "Johdon pitäisi antaa
    lupa kokeilla." + "Johdon pitää näyttää esimerkkiä." → "Johdon pitäisi antaa lupa
    kokeilla ja näyttää esimerkkiä." (the first clause's verb form; at most three clauses;
    a rest with a comma is not followed by another, where "ja" would attach inside it; a
    clause that chains `max_predicates` predicates already takes no other's rest, which
    would add one more: "X on A ja B" + "X on C")."""
    result: list[Unit] = []
    by_start: dict[tuple[str, ...], Unit] = {}
    for unit in [first, *units]:
        split = _start(unit.text, speller) if len(unit.pieces) == 1 or unit is first else None
        target = by_start.get(split[0]) if split is not None else None
        if split is not None and target is not None and _same_olla(target, split, speller):
            joined = _join_rests(target, unit, split[1], speller, max_predicates)
            if joined is not None:
                result[result.index(target)] = joined
                by_start[split[0]] = joined
                if joined is not first and target is first:
                    first = joined
                continue
        result.append(unit)
        if split is not None and split[0] not in by_start:
            by_start[split[0]] = unit
    return first, [unit for unit in result if unit is not first]


def _same_olla(target: Unit, split: tuple[tuple[str, ...], str], speller: Speller) -> bool:
    """Whether a shared "olla" may be said once: it is the same kind of verb in both rests, the
    copula, the perfect's auxiliary of "olla" itself ("on ollut hyvä") or that of another verb
    ("X on A" + "X on kasvanut" is no "X on A ja kasvanut": a copula and an auxiliary are two
    verbs), or the necessive's "on" ("X ovat pimeitä" + "X on valaistava" is no "X ovat pimeitä
    ja valaistava": review 88 #1, mend189); any other shared verb may."""
    if split[0][-1] != "olla":
        return True
    start = _start(target.text, speller)
    return start is None or _olla_kind(start[1], speller) == _olla_kind(split[1], speller)


_FINITE = frozenset({"indicative", "conditional", "imperative", "potential"})


def _olla_kind(rest: str, speller: Speller) -> str | None:
    """The kind of "olla" `rest` (what follows a form of it) has: "ollut" (the perfect of
    "olla"), "perfect" (of another verb), "necessive" (a present passive participle, "on
    valaistava"), None (the copula). A perfect's participle is the first word up to a comma or
    finite verb with a nominative past active participle among its readings ("on viime vuonna
    kasvanut", "on tullut lisää": "tullut" is also a passive participle); a necessive's is a
    nominative present passive participle before any other nominative ("on ehdottomasti
    korjattava"; "on tärkeä tehtävä" is a copula's predicative)."""
    nominal = False  # a nominative before: the copula's predicative
    for word in rest.split(" "):
        analyses = speller.analyze(word.strip(",.").lower())
        participles = [
            a
            for a in analyses
            if a.get("PARTICIPLE") == "past_active" and a.get("SIJAMUOTO") == "nimento"
        ]
        if participles:
            return "ollut" if participles[0].get("BASEFORM") == "ollut" else "perfect"
        nominative = [a for a in analyses if a.get("SIJAMUOTO") == "nimento"]
        if not nominal and any(a.get("PARTICIPLE") == "present_passive" for a in nominative):
            return "necessive"
        nominal = nominal or bool(nominative)
        finite = any(a.get("CLASS") == "teonsana" and a.get("MOOD") in _FINITE for a in analyses)
        if finite or word.endswith(","):
            return None
    return None


def _start(text: str, speller: Speller) -> tuple[tuple[str, ...], str] | None:
    """(the words up to the first finite verb, that verb as its lemma; what follows it) or
    None when no finite verb comes early or nothing follows it."""
    words = text.rstrip(".").split(" ")
    for index, word in enumerate(words[: _SHARED_START_WORDS + 1]):
        lemmas = {
            a.get("BASEFORM", "")
            for a in speller.analyze(word.lower())
            if a.get("MOOD") in ("indicative", "conditional") and a.get("CLASS") == "teonsana"
        }
        if len(lemmas) == 1:
            rest = " ".join(words[index + 1 :])
            key = (*(w.lower() for w in words[:index]), lemmas.pop())
            return (key, rest) if rest and not rest.startswith((",", "–")) else None
    return None


def _join_rests(
    target: Unit, unit: Unit, rest: str, speller: Speller, max_predicates: int
) -> Unit | None:
    pieces = [*target.pieces, *unit.pieces]
    harms = (
        raised_together([repair_sentence(p.span.text, speller) or "" for p in pieces])
        if all(p.span.text.startswith(RAISED) for p in pieces)
        else None
    )
    if len(target.pieces) >= 3 or _ABBREVIATION_END.search(target.text):
        return None
    if "," in target.text and harms is None:  # a harms' list has its commas (harms.py)
        return None
    if target.text.rstrip(".").lower().endswith(rest.lower()):
        return None  # says the same again
    start = _start(target.text, speller)
    if start is not None and contrasted(start[1], speller):
        return None  # "pitää A eikä vain B" + "pitää C": C is no part of the "eikä" (review 52 #1)
    if start is not None and same_verb(start[1], rest, speller):
        return Unit(target.text, pieces, target.position, target.tone)  # "… ja kokeilla, …"
    if any(piece.predicates >= max_predicates for piece in [*target.pieces, *unit.pieces]):
        return None  # "X on A ja B" + "X on C": a third predicate
    repaired = repair_sentence(harms or f"{target.text.rstrip('.')} ja {rest}.", speller)
    if repaired is None:
        return None
    return Unit(repaired, pieces, target.position, target.tone)


def compound_sentence(
    units: list[Unit],
    speller: Speller,
    alike: VerbsAlike | None = None,
    common: float | None = DEFAULT_SETTINGS.repeat_common,
    least: int = DEFAULT_SETTINGS.restated_mostly_said,
) -> Unit | None:
    """ "A." + "B." → "A, ja b."; "A." + "B." + "C." → "A, b, ja c."; a negated clause after
    the first takes "eikä" ("…, eikä tieto liiku", "…, eikä ole aikaa"). A clause whose words
    open another's says nothing the other does not: it is said once, in the longer ("Tarve
    kasvaa." + "Tarve kasvaa koko ajan …" → "Tarve kasvaa koko ajan …", review 28 #9); a
    clause that names the same things as one before it is left out (restated.same_things:
    "Hiekoitus unohtuu kokonaan, ja hiekoitus jää tekemättä", review 50 #3) when it says the
    same of them: of one polarity, its verbs the same or `alike` (no contrast is folded:
    "Luottamus kasvaa, ja luottamus katoaa", mend109). Clauses one of which says mostly
    what the other does, maybe in other verbs (restated.mostly_restates, words as common as
    `common` left out, at least `least` things said: "Tieto ei kulje X:n ja Y:n välillä,
    eikä tiedonkulku X:n ja Y:n välillä toimi", review 70 #2) are not joined (None: each
    stays a sentence, and the bullet's sentence check may fold one into the other); `common`
    None: no such check."""
    first = units[0]
    said = [clause_words(unit.text) for unit in units]
    things = [frozenset().union(*(p.span.lemmas for p in unit.pieces)) for unit in units]
    kept = [
        unit
        for i, unit in enumerate(units)
        if not said_again(said, i)
        and not any(
            same_things(things[j], things[i], speller, (units[j].text, unit.text), alike)
            for j in range(i)
        )
    ]
    if common is not None and _restating(kept, speller, common, least):
        return None
    if len(kept) < len(units):
        pieces = [piece for unit in units for piece in unit.pieces]
        joined = (
            compound_sentence(kept, speller, alike, common, least) if len(kept) > 1 else kept[0]
        )
        if joined is None:
            return None
        return Unit(joined.text, pieces, first.position, first.tone)
    if any(_ABBREVIATION_END.search(unit.text) for unit in units[:-1]):
        return None
    parts = [first.text.rstrip(".")]
    for position, unit in enumerate(units[1:], start=2):
        parts.append(continued(unit, speller, last=position == len(units)).rstrip("."))
    repaired = repair_sentence(f"{', '.join(parts)}.", speller)
    if repaired is None:
        return None
    pieces = [piece for unit in units for piece in unit.pieces]
    return Unit(repaired, pieces, first.position, first.tone)


def _restating(units: Sequence[Unit], speller: Speller, common: float, least: int) -> bool:
    """Whether a clause of `units` says mostly, maybe in other verbs, what another says
    (restated.mostly_restates)."""
    texts = [unit.text for unit in units]
    return any(
        mostly_restates(text, other, speller, common, least)
        for i, text in enumerate(texts)
        for j, other in enumerate(texts)
        if i != j
    )


def opens_clause(said: list[list[str]], i: int, j: int) -> bool:
    """Whether clause `i`'s words open clause `j`'s, longer (or the same, `j` earlier)."""
    mine, other = said[i], said[j]
    return bool(mine) and other[: len(mine)] == mine and (len(other), -j) > (len(mine), -i)


def said_again(said: list[list[str]], i: int) -> bool:
    """Whether clause `i`'s words open a longer clause's of `said` (or an earlier one's, the
    same words)."""
    return any(j != i and opens_clause(said, i, j) for j in range(len(said)))


def clause_words(text: str) -> list[str]:
    """`text`'s words and numbers in lower case, without punctuation."""
    return _TOKEN.findall(text.casefold())


def continued(unit: Unit, speller: Speller, *, last: bool) -> str:
    """`unit`'s clause as it continues a compound sentence: "eikä …" when negated (also with
    a few words before its negation verb: neither.negated_continuation), "ja …" when it is
    the last clause, else the clause itself (lowercase first letter)."""
    frame = unit.pieces[0].frame
    words = frame.predicate.split() if frame is not None else []
    head, _, after = unit.text.partition(" ")
    if frame is not None and frame.subject and words and words[0].lower() in _NEGATION_KA:
        verb = " ".join(words[1:])
        rest = f"{verb}{glued(frame.rest)}" if verb else frame.rest
        tail = f"{_NEGATION_KA[words[0].lower()]} {inside(frame.subject, speller)} {rest}"
    elif head.lower() in _NEGATION_KA and after:
        tail = f"{_NEGATION_KA[head.lower()]} {after}"
    elif (negated := negated_continuation(unit.text, speller)) is not None:
        form, _, moved = negated.partition(" ")  # "…, eikä talkoisiin tule ketään"
        tail = f"{form} {inside(moved, speller)}"
    elif last:
        tail = f"ja {inside(unit.text, speller)}"
    else:
        tail = inside(unit.text, speller)
    return tail.strip()
