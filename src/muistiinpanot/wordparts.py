"""A word's compound parts as Voikko splits it, one reading of WORDBASES shared by the
lemmatizer (lemmatize/compounds.py), the privacy rules and the summary: the parts
(`parts`), whether its base form or its compound's last part is one of a class of base forms
(`part_of`: "koti+kissa" is a cat, "koulu+kuraattori" no "ori"), and the endings of its base
form that begin at a part (`compound_tails`). The letters a word ends in are no evidence:
"liikunta" ends in "kunta" but is "liiku+n+ta", a derivation of "liikkua".

WORDBASES looks like `+kokeil(kokeilla)+u(+u)+kulttuuri(kulttuuri)`: each `+surface(base)`
is a morph; a base starting with `+` (or a morph without a base) is a derivational suffix that
belongs to the morph before it, and so does a `surface(+base)` without its own `+`, a suffix
inside a morph (`+harjoit(harjoittaa)tel(+ella)+u(+u)`: harjoittelu).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import NamedTuple

_MORPH_RE = re.compile(r"(\+?)([^+()]*)((?:\([^)]*\))*)")


class Part(NamedTuple):  # a tuple, not a frozen dataclass: built per morph, ~2× cheaper
    """One compound part: its surface text and, for underived parts, its base form."""

    surface: str
    base: str
    derived: bool
    #: the base of the last derivational suffix ("+inen" of `ehto(ehto)+is(+inen)`)
    suffix: str = ""
    #: the parts an underived part's own base marks ("paris=kunta" of "pariskunta")
    inner: tuple[str, ...] = ()


def _base(surface: str, brackets: str) -> str | None:
    """The base of one morph: `(kulttuuri)` → kulttuuri, `(+u)` → +u, and for a verb derived
    inside the morph, `koristel` + `(koristaa)(+la)` → koristella."""
    bases = [b.replace("=", "") for b in brackets.strip("()").split(")(")] if brackets else []
    if not bases:
        return None
    if len(bases) > 1 and bases[-1].startswith("+") and not bases[0].startswith("+"):
        suffix = bases[-1][1:]
        if not any(vowel in surface for vowel in "aou"):
            suffix = suffix.translate(str.maketrans("aou", "äöy"))
        return surface + suffix
    return bases[0]


def parts(analysis: Mapping[str, str]) -> list[Part]:
    """The compound parts of a Voikko analysis, each derivational suffix joined to the part
    it derives (`+työ(työ)+harjoit(harjoittaa)teli(+ella)+ja(+ja)`: työ, harjoittelija)."""
    found: list[Part] = []
    for match in _MORPH_RE.finditer(analysis.get("WORDBASES", "") or ""):
        plus, surface, brackets = match.groups()
        if not (plus or surface or brackets):
            continue  # the empty match at the end
        base = _base(surface, brackets)
        if not plus and found:  # a suffix inside the morph before: `tel(+ella)`
            last = found[-1]
            found[-1] = last._replace(
                surface=last.surface + surface, derived=True, suffix=base or last.suffix
            )
            continue
        if surface == "-" and found:
            found[-1] = found[-1]._replace(surface=found[-1].surface + "-")
            continue
        if (base is None or base.startswith("+")) and found:  # a derivational suffix
            last = found[-1]
            found[-1] = last._replace(
                surface=last.surface + surface, derived=True, suffix=base or ""
            )
        elif surface or base:
            inner = brackets.strip("()").split(")(")[0].split("=") if "=" in brackets else ()
            found.append(Part(surface, base or surface, False, inner=tuple(inner)))
    return found


def part_of(analysis: Mapping[str, str], heads: Collection[str]) -> bool:
    """Whether the analysis's base form is one of `heads` or a compound whose last parts
    are one, the parts as Voikko's WORDBASES splits the word ("koti+kissa", "kone+urakointi",
    "tunnistus+mikro+siru", "työ+harjoittelija"); a word that only ends in a head's letters
    is none ("koulu+kuraattori" ends in "ori", "ikkuna" in "kuna")."""
    base = analysis.get("BASEFORM", "").casefold()
    return base in heads or any(tail in heads for tail in compound_tails(analysis))


def compound_of(analysis: Mapping[str, str], heads: Collection[str]) -> bool:
    """Whether the analysis is a compound whose last parts are one of `heads`, not a head
    itself ("syntymä+päivä", "työ+päivä"; not "päivä")."""
    base = analysis.get("BASEFORM", "").casefold()
    return base not in heads and part_of(analysis, heads)


def compound_tails(analysis: Mapping[str, str]) -> list[str]:
    """The endings of the base form that begin at a compound part (`parts`), the base form
    itself among them: "kuraattori" of "koulukuraattori"; "siirtourakointi" and "urakointi"
    of "maansiirtourakointi" ("maan+siirto+urakointi"); "harjoittelija" of
    "työharjoittelija", whose suffixes Voikko gives inside a morph ("harjoit(harjoittaa)
    teli(+ella)"); "koulu" of "ammattikorkeakoulussa", whose last part Voikko gives
    inflected ("koulussa(koulu)"); "kunta" of "pariskunta", one part whose base marks its own
    parts ("paris=kunta")."""
    base = analysis.get("BASEFORM", "").casefold()
    split = parts(analysis)
    if not split:
        return []
    last = split[-1]
    if last.derived:  # a derivation last ("liit+to"): its letters
        ends = [last.surface.casefold()]
    else:  # a part last: its base form, and its own parts ("paris=kunta")
        inner = [piece.casefold() for piece in last.inner] or [last.base.casefold()]
        hyphen = "-" if last.surface.endswith("-") else ""  # "aamu-" of "aamu- ja iltavuoro"
        ends = ["".join(inner[k:]) + hyphen for k in range(len(inner))]
    heads = ["".join(p.surface for p in split[k:-1]).casefold() for k in range(len(split) - 1)]
    tails = [head + ends[0] for head in heads if not head.startswith("-")] + ends
    return [tail for tail in dict.fromkeys(tails) if tail and base.endswith(tail)]
