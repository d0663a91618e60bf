"""A shop named by its goods, a compound of a trade's head ("pyörä+liike", "kukka+liike";
lexicons/lookalikes.toml `shop_heads`): after a lone surname's genitive it is the business,
whatever its verb ("Lahtisen pyöräliike korjaa renkaat"), as a shop of privacy.toml's
`business_heads` is (organisations.py; docs/privacy.md, "Round 46"). A movement is no shop:
a part before the head in the genitive ("rauhan+liike") or one of `motion_parts` ("käsi+
liike", "vasta+liike").
"""

from __future__ import annotations

from muistiinpanot.privacy.lookalikes import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import Part, parts


def shop_compound(word: str, voikko: Analyses) -> bool:
    """Whether `word`, in lower case or capitalised only at its first letter, is a common
    noun to Voikko in every reading, and a shop's compound (module docstring) in one, no
    person noun."""
    if not word.isalpha() or not word[1:].islower():
        return False
    readings = voikko.analyze(word.casefold())
    if not readings or any(a.get("CLASS") != "nimisana" for a in readings):
        return False
    if person_noun(word.casefold(), voikko):
        return False
    own = load_lookalikes()
    for analysis in readings:
        split = parts(analysis)
        if len(split) < 2 or split[-1].derived or split[-1].base.casefold() not in own.shop_heads:
            continue
        if _goods(split[-2], own.motion_parts):
            return True
    return False


def _goods(part: Part, motions: tuple[str, ...]) -> bool:
    """Whether the part before a shop's head may name its goods: in the nominative (its
    text its base form, or a derivation: "urheil+u"), not a part of the body or a direction."""
    surface, base = part.surface.casefold().rstrip("-"), part.base.casefold()
    if base in motions or surface in motions:
        return False
    return part.derived or surface == base
