"""Whether two words of a label name one thing (labels round 23, issue 12): one word's roots,
as Voikko splits it into compound parts and reads each part's base (a derived part by the word
it is derived from: "lataus" → ladata, "asumisneuvonta" → asua + neuvoa), are the other's or
run inside them in order. "Lapset ja lastenhoito" (lapsi ⊂ lapsi + hoito), "Lataus ja
latauspaikka" (ladata ⊂ ladata + paikka), "Asumisneuvonta ja asumisneuvoja" (asua + neuvoa
both), "Intervallihoitopaikka ja intervallipaikka" (intervalli + paikka inside intervalli +
hoito + paikka): a facilitator keeps one of the two. Two compounds that only share a part
say two things ("Tulva-alue ja tulvakartta", "Lunastusmaksu ja hoitomaksu").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.wordparts import parts

__all__ = ["Roots", "held_in", "one_thing", "word_roots"]

#: Each Voikko reading's roots of a text, in order ("lastenhoito": (lapsi, hoito) and
#: (lapsi, hoitaa)); empty when unknown.
Roots = frozenset[tuple[str, ...]]
Analyses = Callable[[str], Sequence[Mapping[str, str]]]


def word_roots(text: str, analyses: Analyses | None) -> Roots:
    """The roots of `text` (a word or a phrase: its words' roots one after another), by each
    reading of its words whose base form is the word or that is a nominative (a plural shown:
    "lapset" → lapsi); a word Voikko does not know is its own root. Empty without Voikko."""
    if analyses is None:
        return frozenset()
    found: list[tuple[str, ...]] = [()]
    for word in text.lower().split():
        readings = analyses(word)
        chosen = [a for a in readings if a.get("BASEFORM", "").lower() == word] or [
            a for a in readings if a.get("SIJAMUOTO") == "nimento"
        ]
        options = {tuple(part.base.lower() for part in parts(a)) for a in chosen} - {()}
        found = [done + option for done in found for option in options or {(word,)}]
    return frozenset(found)


def one_thing(first: Roots, second: Roots) -> bool:
    """Whether some reading of one word runs, in order, inside a reading of the other (the
    same roots too): they name one thing, the longer a kind or place of the shorter."""
    return any(_inside(a, b) or _inside(b, a) for a in first for b in second if a and b)


def held_in(short: Roots, long: Roots) -> bool:
    """Whether some reading of `short` runs, in order, inside a reading of `long` ("lataus"
    in "latauspaikka", "vuoro" in "yövuoro"; not "autotie" in "auto")."""
    return any(_inside(a, b) for a in short for b in long if a and b)


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    remaining = iter(long)
    return len(short) <= len(long) and all(root in remaining for root in short)
