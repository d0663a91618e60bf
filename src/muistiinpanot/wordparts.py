"""A word's compound parts as Voikko splits it, shared by the privacy rules and the summary:
whether its base form or its compound's last part is one of a class of base forms
(`part_of`: "koti+kissa" is a cat, "koulu+kuraattori" no "ori"), and the endings of its base
form that begin at a part (`compound_tails`). The letters a word ends in are no evidence:
"liikunta" ends in "kunta" but is "liiku+n+ta", a derivation of "liikkua"."""

from __future__ import annotations

import re
from collections.abc import Collection


def part_of(analysis: dict[str, str], heads: Collection[str]) -> bool:
    """Whether the analysis's base form is one of `heads` or a compound whose last parts
    are one, the parts as Voikko's WORDBASES splits the word ("koti+kissa", "kone+urakointi",
    "tunnistus+mikro+siru"); a word that only ends in a head's letters is none
    ("koulu+kuraattori" ends in "ori", "ikkuna" in "kuna")."""
    base = analysis.get("BASEFORM", "").casefold()
    return base in heads or any(tail in heads for tail in compound_tails(analysis))


def compound_of(analysis: dict[str, str], heads: Collection[str]) -> bool:
    """Whether the analysis is a compound whose last parts are one of `heads`, not a head
    itself ("syntymä+päivä", "työ+päivä"; not "päivä")."""
    base = analysis.get("BASEFORM", "").casefold()
    return base not in heads and part_of(analysis, heads)


#: One piece of Voikko's WORDBASES: its letters and, in brackets, its own base
#: ("koulu(koulu)") or a derivation's ending ("us(+us)"); a linking letter has none ("n").
_PIECE = re.compile(r"\+([^+()]*)(\((\+?)[^)]*\))?")


def compound_tails(analysis: dict[str, str]) -> list[str]:
    """The endings of the base form that begin at a compound part's stem (a piece with a base
    of its own, not a derivation's ending), the base form itself among them when it is split:
    "kuraattori" of "koulukuraattori"; "siirtourakointi" and "urakointi" of
    "maansiirtourakointi" ("maan+siir+to+urakoi+n+ti"); "koulu" of "ammattikorkeakoulussa",
    whose last piece Voikko gives inflected ("koulussa(koulu)"); "kunta" of "pariskunta",
    one piece whose base marks its own parts ("paris=kunta")."""
    base = analysis.get("BASEFORM", "").casefold()
    pieces = [
        (p.group(1).casefold(), (p.group(2) or "")[1:-1].casefold(), bool(p.group(3)))
        for p in _PIECE.finditer(analysis.get("WORDBASES", "") or "")
    ]
    stems = [k for k, (_, own, derived) in enumerate(pieces) if own and not derived]
    if not stems:
        return []
    last = len(pieces) - 1
    ends = [pieces[last][0]]  # a derivation's ending last ("liit+to"): its letters
    if stems[-1] == last:  # a part last: its base form, and its own parts ("paris=kunta")
        inner = pieces[last][1].split("=")
        ends = ["".join(inner[k:]) for k in range(len(inner))]
        stems.pop()
    tails = ["".join(piece[0] for piece in pieces[k:last]) + ends[0] for k in stems]
    tails.extend(ends if len(ends) > 1 or pieces[last][1] and not pieces[last][2] else [])
    return [tail for tail in dict.fromkeys(tails) if base.endswith(tail)]
