"""Read Voikko's WORDBASES into compound parts, participle verbs and -minen nouns.

WORDBASES is read into parts by muistiinpanot/wordparts.py, the one reading the privacy
rules and the summary share. STRUCTURE has one `=` per compound part.
"""

from __future__ import annotations

import re

from muistiinpanot.lemmatize.voikko import Analysis
from muistiinpanot.wordparts import Part
from muistiinpanot.wordparts import parts as _parts

_MINEN_STEM_RE = re.compile(r"\[Xp\][^[]*\[X\]([^[]*)\[Tn4\]mi")
_MINEN_LEXICAL_RE = re.compile(r"\[X\]\[\w+\]\[Ny\](\w+)")


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


def _part_lemma(part: Part) -> str:
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
