"""A body's street address (docs/privacy.md, "Round 56"; precision): "Lukio sijaitsee
osoitteessa Koulukatu 5, 15110 Lahti", "Palvelutalon osoite on Kuusitie 7", "Kunnan tekninen
toimisto on Keskuskatu 2:ssa". An address is no one's home when its clause gives it to a
body, in one of two frames:

- the body is the clause's subject before "on", "sijaitsee", "toimii" (past too), then
  "osoitteessa" or the address itself ("Kirjasto on osoitteessa …", "Kunnan tekninen toimisto
  on Keskuskatu 2:ssa"); at most two words before the subject in its clause. Premises any
  firm or sole trader has (privacy.toml `owned_premises`: "toimisto") are a body's only after
  a body's or a place's genitive among those words ("Kunnan"): "toimisto on osoitteessa
  Mannerheimintie 5" stays personal (the first privacy cases' address);
- the body is the genitive owner of "osoite" ("Uimahallin osoite on …").

The body is a noun whose base or last part is a body's (privacy.toml `organisation_heads`,
`line_owner_heads`: "lukio", "laitos", "toimisto", "neuvola"); a home's noun (`family_places`:
"talo", "koti") counts only in a compound whose earlier part is a body's ("kunnan+talo",
"palvelu+talo", "päivä+koti"; not "oma+koti+talo", "rivi+talo"). The address has no stair,
flat or floor ("Kauppakatu 4 B 12" is a home's, whoever's clause it is in), and no word of
the text tells of living there (privacy.toml `family_life_verbs`, in any form or a noun
derived from one: "Palvelutalo on osoitteessa Kuusitie 7, jossa äiti asuu", "asukkaat").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from muistiinpanot.privacy.context import load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.wordparts import part_of, parts

#: The subject frame: up to two words and the subject at a clause's start, a verb of being
#: somewhere, then "osoitteessa" or nothing before the address.
_SUBJECT = re.compile(
    r"(?:^|[.!?;:,\n])\s*((?:[^\W\d_]+\s+){0,2})([^\W\d_]+)\s+"
    r"(?:on|oli|sijaitsee|sijaitsi|toimii|toimi)\s+(?:osoitteessa\s+)?$",
    re.IGNORECASE,
)
#: The owner frame: a genitive before "osoite" ("Uimahallin osoite on").
_OWNER = re.compile(r"([^\W\d_]+)\s+osoite\s*(?:on\s+|oli\s+|:\s*)?$", re.IGNORECASE)
#: A stair letter or a flat after the house number ("4 B 12", "10 A 3", "as. 9", "krs 2").
_FLAT = re.compile(
    r"\d\s*[a-zA-Z]?\s+[A-Za-z]\s*\d|(?i:\b(?:rappu|porras|as|asunto|huoneisto|krs|kerros)\b)"
)


def body_address(text: str, start: int, end: int, voikko: Analyses) -> bool:
    """Whether the address at text[start:end] is a body's (module docstring)."""
    if _FLAT.search(text[start:end]) or _dwelling(text, voikko):
        return False
    before = text[:start]
    subject = _SUBJECT.search(before)
    if subject is not None and body_noun(subject.group(2), voikko, "nimento"):
        owners = subject.group(1).split()
        if not _premises(subject.group(2), voikko) or any(_owner(w, voikko) for w in owners):
            return True
    owner = _OWNER.search(before)
    return owner is not None and body_noun(owner.group(1), voikko, "omanto")


#: A word of a text.
_WORD = re.compile(r"[^\W\d_]+")


def _dwelling(text: str, voikko: Analyses) -> bool:
    """Whether a word of the text is a verb of living somewhere (`family_life_verbs`: "asua",
    "asustaa") or derived from one ("asukas", "asunut")."""
    verbs = load_name_lexicon().family_life_verbs
    return any(
        a.get("BASEFORM", "").casefold() in verbs
        or any(f"({verb})" in a.get("WORDBASES", "") for verb in verbs)
        for m in _WORD.finditer(text)
        for a in voikko.analyze(m.group(0).casefold())
    )


def body_noun(word: str, voikko: Analyses, case: str) -> bool:
    """Whether a reading of the word in `case` is a body's noun (module docstring: a home's
    only in a compound whose earlier part is a body's)."""
    lexicon = load_name_lexicon()
    bodies = {*lexicon.organisation_heads, *lexicon.line_owner_heads}
    return any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == case and _body_reading(a, bodies)
        for a in voikko.analyze(word.casefold())
    )


def _premises(word: str, voikko: Analyses) -> bool:
    """A noun of premises any firm has (`owned_premises`), base or last part."""
    premises = load_name_lexicon().owned_premises
    return any(part_of(a, premises) for a in voikko.analyze(word.casefold()))


def _owner(word: str, voikko: Analyses) -> bool:
    """A body's noun or a place in the genitive ("Kunnan", "Lahden")."""
    analyses = voikko.analyze(word.casefold()) + voikko.analyze(word)
    place = any(a.get("CLASS") == "paikannimi" and a.get("SIJAMUOTO") == "omanto" for a in analyses)
    return place or body_noun(word, voikko, "omanto")


def _body_reading(analysis: Mapping[str, str], bodies: set[str]) -> bool:
    """A body's noun; a home's only in a compound whose earlier part is a body's."""
    homes = load_name_lexicon().family_places
    if part_of(analysis, homes):
        earlier = parts(analysis)[:-1]
        return any(p.base in bodies or p.surface.casefold() in bodies for p in earlier)
    return part_of(analysis, bodies)
