"""Read Voikko's WORDBASES into compound parts, participle verbs and -minen nouns.

WORDBASES looks like `+kokeil(kokeilla)+u(+u)+kulttuuri(kulttuuri)`: each `+surface(base)`
is a morph; a base starting with `+` (or a morph without a base) is a derivational suffix that
belongs to the morph before it, and so does a `surface(+base)` without its own `+`, a suffix
inside a morph (`+harjoit(harjoittaa)tel(+ella)+u(+u)`: harjoittelu). STRUCTURE has one `=`
per compound part.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from muistiinpanot.lemmatize.voikko import Analysis

_MORPH_RE = re.compile(r"(\+?)([^+()]*)((?:\([^)]*\))*)")
_MINEN_STEM_RE = re.compile(r"\[Xp\][^[]*\[X\]([^[]*)\[Tn4\]mi")
_MINEN_LEXICAL_RE = re.compile(r"\[X\]\[\w+\]\[Ny\](\w+)")


class _Part(NamedTuple):  # a tuple, not a frozen dataclass: built per morph, ~2× cheaper
    """One compound part: its surface text and, for underived parts, its base form."""

    surface: str
    base: str
    derived: bool
    #: the base of the last derivational suffix ("+inen" of `ehto(ehto)+is(+inen)`)
    suffix: str = ""


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


def _parts(analysis: Analysis) -> list[_Part]:
    parts: list[_Part] = []
    for match in _MORPH_RE.finditer(analysis.get("WORDBASES", "")):
        plus, surface, brackets = match.groups()
        if not (plus or surface or brackets):
            continue  # the empty match at the end
        base = _base(surface, brackets)
        if not plus and parts:  # a suffix inside the morph before: `tel(+ella)`
            last = parts[-1]
            parts[-1] = _Part(last.surface + surface, last.base, True, base or last.suffix)
            continue
        if surface == "-" and parts:
            last = parts[-1]
            parts[-1] = _Part(last.surface + "-", last.base, last.derived, last.suffix)
            continue
        is_suffix = (base is None or base.startswith("+")) and bool(parts)
        if is_suffix:
            last = parts[-1]
            parts[-1] = _Part(last.surface + surface, last.base, True, base or "")
        elif surface or base:
            parts.append(_Part(surface, base or surface, derived=False))
    return parts


def compound_parts(analysis: Analysis, lemma: str) -> tuple[str, ...]:
    """Lemmas of the compound parts of `lemma` (empty when it is not a compound).

    Underived parts give their base form (`rajat` → `raja`); derived non-final parts give their
    surface (`kokeil+u` → `kokeilu`); the final part is whatever remains of `lemma`, so that
    the parts always spell the lemma's tail.
    """
    if analysis.get("STRUCTURE", "").count("=") < 2:
        return ()  # one `=` per compound part: not a compound (and no WORDBASES to parse)
    parts = _parts(analysis)
    if len(parts) < 2:
        return ()
    result = [_part_lemma(p) for p in parts[:-1]]
    head = "".join(p.surface for p in parts[:-1]).lower()
    lowered = lemma.lower()
    last = lowered[len(head) :] if lowered.startswith(head) else parts[-1].base.lower()
    if not last:
        return ()
    result.append(last.lstrip("-"))
    cleaned = tuple(part.strip("-") for part in result)
    return cleaned if all(cleaned) else ()


def _part_lemma(part: _Part) -> str:
    """The base form of a non-final part: its base, or for a derived part its surface,
    except that a part in the compounding stem of an -nen word is given in its base form:
    an action noun of a verb (`kehittämis(kehittää)` → kehittäminen, also when Voikko
    derives the verb inside the part: `ilmoittau(ilmoittaa)tumis(+tua)` → ilmoittautuminen)
    or an -inen derivation (`ehto(ehto)+is(+inen)` → ehtoinen)."""
    surface = part.surface.lower()
    if surface.endswith(("mis", "mys")) and (part.derived or part.base.endswith(("a", "ä"))):
        return surface[:-1] + "nen"
    if part.derived and part.suffix == "+inen" and surface.endswith("is"):
        return surface[:-1] + "nen"
    if part.derived:
        return surface
    return part.base.lower()


def participle_verb_lemma(analysis: Analysis) -> str | None:
    """The verb behind a participle (`tehtyä` → `tehdä`, `kirjoitettu` → `kirjoittaa`),
    keeping any compound parts before it."""
    parts = _parts(analysis)
    if not parts:
        return None
    verb = parts[-1].base
    if not verb or verb == parts[-1].surface and parts[-1].derived:
        return None
    prefix = "".join(p.surface for p in parts[:-1])
    return (prefix + verb).lower()


def minen_noun_lemma(analysis: Analysis) -> str | None:
    """The -minen noun of an action noun analysis (`johtamisen` → `johtaminen`)."""
    fst = analysis.get("FSTOUTPUT", "")
    lexical = _MINEN_LEXICAL_RE.search(fst)
    if lexical:
        return lexical.group(1).lower()
    stem: list[str] = _MINEN_STEM_RE.findall(fst)
    if not stem:
        return None
    parts = _parts(analysis)
    prefix = "".join(p.surface for p in parts[:-1])
    return (prefix + stem[-1] + "minen").lower()


def split_hyphenated(form: str) -> tuple[str, str] | None:
    """`sote-palvelut` → (`sote-`, `palvelut`); None when there is no inner hyphen."""
    cut = form.rfind("-", 1, len(form) - 1)
    if cut <= 0:
        return None
    return form[: cut + 1], form[cut + 1 :]
