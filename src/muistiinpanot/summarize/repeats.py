"""A bullet says each clause once: a sentence whose words open another sentence of the bullet
is folded into that one, its pieces with it (review 28 #9)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.joins import Unit, clause_words, opens_clause, said_again


def said_once(first: Unit, units: list[Unit]) -> tuple[Unit, list[Unit]]:
    """`first` (the opening) and `units` with each sentence whose words open another's of the
    bullet folded into that one (its pieces with it): no bullet says a clause twice in two
    sentences either ("Tarve kasvaa. … Tarve kasvaa koko ajan …", review 28 #9)."""
    pool = [first, *units]
    said = [clause_words(unit.text) for unit in pool]
    for i in range(len(pool)):
        if not said_again(said, i):
            continue
        j = next(j for j in range(len(pool)) if j != i and opens_clause(said, i, j))
        host = pool[j]
        pool[j] = Unit(host.text, [*host.pieces, *pool[i].pieces], host.position, host.tone)
        if i == 0:  # the opening stays first, saying the longer sentence
            pool[0], pool[j] = pool[j], pool[0]
            said[0], said[j] = said[j], said[0]
            i = j
        said[i] = []
    return pool[0], [unit for unit, words in zip(pool[1:], said[1:], strict=True) if words]


def folded(pool: Sequence[Unit], host: str, unit: Unit) -> tuple[Unit, list[Unit]]:
    """The opening and the other units of `pool` with `unit`'s pieces added to the first unit
    whose text is `host`: the sentence that says what `unit` would say again (restated.restates,
    review 52 #3)."""
    units = list(pool)
    index = next(i for i, u in enumerate(units) if u.text == host)
    found = units[index]
    units[index] = Unit(found.text, [*found.pieces, *unit.pieces], found.position, found.tone)
    return units[0], units[1:]
