"""A full name of another language in apposition to a person noun ("Lainaamon vapaaehtoinen
Chidi Okonkwo korjaa", "Poimija Supaporn Chaiyasit loukkasi", "Poimijoiden yhteyshenkilö on
Ananda Perera, puh. …"; docs/privacy.md, "Round 57"; issue 12, recall).

foreign.py marks two capitalised words of no Finnish reading as a full name only when the
gazetteer knows one of them or one has a letter Finnish does not use: without that the pair
is as often a product named in English ("Power Automate lähettää"). A person noun right
before the pair is that evidence: a role, a title or an agent in the nominative (the
lexicon's, or a noun nearer the words of people by the vectors: "vapaaehtoinen", "poimija",
"tulkki", "yhteyshenkilö"), with the pair right after it or after its "on"
("yhteyshenkilö on Ananda Perera"), names the one who has the role; no role noun names a
product so. Not a group's noun ("Yhtye", "Tiimi") nor the noun of a name ("Tiimin nimi oli
Team Park": named_as.py reads that frame).

The pair: two capitalised words side by side, neither with a reading Voikko gives a common
word (a name's, a place's or none, as foreign.py reads a part), one of them unknown to
Voikko, not before a hyphened head ("Moomin Valley -jakson") nor part of a longer
capitalised run ("Vapaaehtoinen Punainen Risti" has a common word's reading). Only marks
more text; `[privacy] role_appositions` turns it off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import NAME_CLASSES, Word, adjacent
from muistiinpanot.privacy.cues import role_noun
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

_COPULA = frozenset({"on", "oli"})
#: Voikko's classes of a role noun ("vapaaehtoinen" is a noun and an adjective).
_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})
#: The noun of a name: the pair after "nimi on" is named_as.py's, read with its owner.
_NAME_NOUN = "nimi"
#: Voikko's classes a part of the name may have: a name's or a place's only (as foreign.py).
_NAME_LIKE = NAME_CLASSES | {GAZETTEER, "paikannimi"}


def mark_role_appositions(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, nouns: NounSense | None
) -> None:
    """Mark the pairs of the module docstring."""
    for i, role in enumerate(words[:-2]):
        j = i + 1
        if words[j].text in _COPULA and adjacent(text, role, words[j]):
            j += 1
        if j + 1 >= len(words) or not adjacent(text, words[j - 1], words[j]):
            continue
        first, last = words[j], words[j + 1]
        if not (adjacent(text, first, last) and _part(first) and _part(last)):
            continue
        if "unknown" not in (first.kind, last.kind):
            continue
        if not nominative_role(role, voikko, nouns):  # last: the dearest test
            continue
        behind = text[last.end :].lstrip()[:1]
        attached = bool(behind) and behind in "-–—"  # "Moomin Valley -jakson"
        following = j + 2 < len(words) and adjacent(text, last, words[j + 2])
        if attached or (following and words[j + 2].text[:1].isupper()):
            continue  # a hyphened head, a longer capitalised run
        names[j] = names[j + 1] = True


def nominative_role(word: Word, voikko: Analyses, nouns: NounSense | None) -> bool:
    """A person noun in the singular nominative: by the lexicon (structure.person_noun, a
    role's compound head: "Poimija", "vapaaehtoisvastaava") or, for a noun it does not list,
    nearer the words of people than those of nature and things by the vectors
    (NounSense.personal: "vapaaehtoinen", "tulkki", "yhteyshenkilö"; not "sovellus"). Not a
    group's noun (the lexicon's `group_nouns`, base or last part: "tiimi", "yhtye"), which
    the vectors place among people's too, nor "nimi" and its compounds."""
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(word.text)
        if a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER", "singular") == "singular"
        and a.get("CLASS") in _NOUNS
    }
    lexicon = load_name_lexicon()
    if not bases or any(_head(b, lexicon.group_nouns) or b.endswith(_NAME_NOUN) for b in bases):
        return False  # "Tiimin nimi oli Team Park" (named_as.py's), "Yhtye Blind Channel"
    if person_noun(word.text, voikko) or any(role_noun(b, voikko) for b in bases):
        return True
    return nouns is not None and any(nouns.personal(b) for b in bases)


def _part(word: Word) -> bool:
    """A capitalised word (each part of a hyphenated one) with no ordinary reading."""
    if not all(p[:1].isupper() and p[1:].islower() for p in word.text.split("-")):
        return False
    if word.kind == "unknown" or word.classes <= _NAME_LIKE:
        return True
    return bool(gazetteer_reading(word.text))


def _head(base: str, heads: frozenset[str]) -> bool:
    """Whether `base` is one of `heads` or a compound ending in one ("jalkapallojoukkue")."""
    return any(base == h or (base.endswith(h) and len(base) > len(h)) for h in heads)
