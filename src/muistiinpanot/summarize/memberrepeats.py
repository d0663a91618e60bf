"""Clauses of one predicate whose rests say the same members (review 66, mend132): "Robotti
tarvitsee verkkoyhteyden." + "Robotti tarvitsee sähköä ja verkkoyhteyden." were joined
"… tarvitsee verkkoyhteyden sekä sähköä ja verkkoyhteyden": a rest whose every coordinated
member another rest says already adds nothing to the coordination."""

from __future__ import annotations

import re
from collections.abc import Sequence

#: What separates the members of a coordination: a comma, "ja", "sekä", "tai".
_SEPARATORS = re.compile(r"\s*,\s*|\s+(?:ja|sekä|tai)\s+")


def members(rest: str) -> frozenset[str]:
    """The coordinated members of `rest`, lower-cased ("sähköä ja verkkoyhteyden" → {"sähköä",
    "verkkoyhteyden"})."""
    return frozenset(
        part.strip(" .;:").lower() for part in _SEPARATORS.split(rest) if part.strip(" .;:")
    )


def unrepeated(rests: Sequence[str]) -> list[str]:
    """`rests` without each one whose members another rest says too, and more (of two that
    say the same members, the first is kept), in their order."""
    sets = [members(rest) for rest in rests]
    return [
        rest
        for index, (rest, own) in enumerate(zip(rests, sets, strict=True))
        if not own
        or not any(
            own < other or (own == other and j < index)
            for j, other in enumerate(sets)
            if j != index
        )
    ]
