"""What one word is to Voikko, as several rules read it: whether its base form or its
compound's last part is one of a class of base forms (`part_of`: "koti+kissa" is a cat,
"koulu+kuraattori" no "ori"), and whether it is in the genitive (`genitive`)."""

from __future__ import annotations

import re
from collections.abc import Collection

from muistiinpanot.privacy.protocols import Analyses


def part_of(analysis: dict[str, str], heads: Collection[str]) -> bool:
    """Whether the analysis's base form is one of `heads` or a compound whose last parts
    are one, the parts as Voikko's WORDBASES splits the word ("koti+kissa", "kone+urakointi",
    "tunnistus+mikro+siru"); a word that only ends in a head's letters is none
    ("koulu+kuraattori" ends in "ori", "ikkuna" in "kuna")."""
    base = analysis.get("BASEFORM", "").casefold()
    return base in heads or any(tail in heads for tail in _compound_tails(analysis, base))


def compound_of(analysis: dict[str, str], heads: Collection[str]) -> bool:
    """Whether the analysis is a compound whose last parts are one of `heads`, not a head
    itself ("syntymä+päivä", "työ+päivä"; not "päivä")."""
    base = analysis.get("BASEFORM", "").casefold()
    return base not in heads and part_of(analysis, heads)


#: One piece of Voikko's WORDBASES: its letters and, in brackets, its own base
#: ("koulu(koulu)") or a derivation's ending ("us(+us)"); a linking letter has none ("n").
_PIECE = re.compile(r"\+([^+()]*)(\((\+?)[^)]*\))?")


def _compound_tails(analysis: dict[str, str], base: str) -> list[str]:
    """The endings of `base` that begin at a compound part's stem (a piece with a base of
    its own, not a derivation's ending): "kuraattori" of "koulukuraattori"; "siirtourakointi"
    and "urakointi" of "maansiirtourakointi" ("maan+siir+to+urakoi+n+ti")."""
    pieces = list(_PIECE.finditer(analysis.get("WORDBASES", "") or ""))
    tails = []
    for k, piece in enumerate(pieces):
        if piece.group(2) and not piece.group(3):  # a stem, not "n" nor "(+us)"
            tail = "".join(p.group(1) for p in pieces[k:]).casefold()
            if base.endswith(tail):
                tails.append(tail)
    return tails


def genitive(word: str, voikko: Analyses) -> bool:
    """Whether a reading of the word, as written, is in the genitive ("Virtasen", "koiran")."""
    return any(a.get("SIJAMUOTO") == "omanto" for a in voikko.analyze(word))
