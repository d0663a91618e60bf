"""A clause that another clause of the bullet says with more gives its place, before the
clauses are joined into compound sentences (review 66 #3: "Muistisairaille robotti ei sovi,
ja … Vanhukset oppivat …, eikä robotti sovi muistisairaalle, joka ei ymmärrä
äänimerkkiä."). The sentence-level check (restated.restates, gather.py) compares whole
sentences: once each clause is joined with another note's, neither sentence says every word
of the other and the repeat is published. Here each clause is compared with the opening and
the other clauses alone, by the same test (one polarity, every word that carries something
said by the other) and, as clauses of different notes name the same things more often than
whole sentences do, with its verbs too (Voikko's base forms: "Hoitokalastuksen saalis
punnitaan" names what "saaliit ovat pelkkää pikkusärkeä" does, but says another point), and
folded, its notes with it, into the clause that says it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.summarize.joins import Unit
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.restated import restates

_WORD = re.compile(r"[^\W\d_]+")


def restated_clauses(
    first: Unit, units: Sequence[Unit], speller: Speller, common: float
) -> tuple[Unit, list[Unit]]:
    """`first` (the opening) and `units` with each unit whose clause another one says
    (restated.restates, `common` its Zipf bound) folded into that one: the opening is never
    folded; of two that say each other, the later is folded into the earlier."""
    pool = [first, *units]
    gone: set[int] = set()
    for i in range(1, len(pool)):
        others = [j for j in range(len(pool)) if j != i and j not in gone]
        host = restates(pool[i].text, [pool[j].text for j in others], speller, common)
        if not host:
            continue
        j = next(j for j in others if pool[j].text == host)
        if not _verbs(pool[i].text, speller) <= _verbs(host, speller):
            continue  # "Saalis punnitaan" is not "saaliit ovat pikkusärkeä": the same things
        if j > i and restates(host, [pool[i].text], speller, common):
            continue  # the same words both ways: the later one folds into this one
        found = pool[j]
        pool[j] = Unit(found.text, [*found.pieces, *pool[i].pieces], found.position, found.tone)
        gone.add(i)
    return pool[0], [unit for i, unit in enumerate(pool[1:], start=1) if i not in gone]


def _verbs(text: str, speller: Speller) -> frozenset[str]:
    """The base forms of the words of `text` that Voikko reads only as verbs."""
    found: set[str] = set()
    for word in _WORD.findall(text.lower()):
        readings = speller.analyze(word)
        if readings and all(a.get("CLASS") == "teonsana" for a in readings):
            found |= {a.get("BASEFORM", "") for a in readings}
    return frozenset(found - {""})
