"""A group its subject is one of, between a subject and its verb (review 52; docs/privacy.md,
"Review 52 mends"): "Aino tästä meidän ryhmästä vetää lukupiiriä", "Helmi teidän tiimistä
hoitaa", "Aino heidän kerhostaan lupasi". The subject is one of a group of people, and the
verb after the phrase is the subject's (predicate.py reads past it as past a noun in a local
case: "Yusuf nuorisotalolta kertoi").

The phrase: at most one demonstrative pronoun in the elative ("tästä", "siitä"), then the
genitive of a plural personal pronoun (lexicon `member_pronouns`: "meidän", "teidän",
"heidän") or none when the noun carries a possessive suffix ("kerhostaan"), then a noun in
the elative whose base form, or a compound's last part, is a group of people (lexicon
`group_nouns`: "ryhmä", "porukka", "tiimi", "kerho"). A thing or a place of ours is no group
("Valo meidän ikkunasta riittää", "Tuuli meidän pihalta vei roskat") and is not read past."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses

_ELATIVE = "sisaeronto"
_PRONOUN = "asemosana"


def member_phrase_end(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> int | None:
    """The index of the group noun of a phrase of membership starting at word j (see the
    module docstring), or None when no such phrase starts there."""
    lexicon = load_name_lexicon()
    k = j
    if k < len(words) and _demonstrative(words[k], voikko) and _adjacent_next(text, words, k):
        k += 1
    owned = False
    if k < len(words) and _owner(words[k], voikko, lexicon.member_pronouns):
        if not _adjacent_next(text, words, k):
            return None
        k, owned = k + 1, True
    if k >= len(words) or (k > j and not adjacent(text, words[k - 1], words[k])):
        return None
    readings = voikko.analyze(words[k].text.casefold())
    groups = lexicon.group_nouns
    member = readings and all(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == _ELATIVE
        and (owned or bool(a.get("POSSESSIVE")))
        and _group(a.get("BASEFORM", "").casefold(), groups)
        for a in readings
    )
    return k if member else None


def _adjacent_next(text: str, words: Sequence[Word], k: int) -> bool:
    return k + 1 < len(words) and adjacent(text, words[k], words[k + 1])


def _demonstrative(word: Word, voikko: Analyses) -> bool:
    """A pronoun in the elative ("tästä", "siitä"; "siitä" is also a verb's form)."""
    return any(
        a.get("CLASS") == _PRONOUN and a.get("SIJAMUOTO") == _ELATIVE
        for a in voikko.analyze(word.text.casefold())
    )


def _owner(word: Word, voikko: Analyses, pronouns: frozenset[str]) -> bool:
    """The genitive of a plural personal pronoun ("meidän")."""
    return any(
        a.get("CLASS") == _PRONOUN
        and a.get("SIJAMUOTO") == "omanto"
        and a.get("BASEFORM", "").casefold() in pronouns
        for a in voikko.analyze(word.text.casefold())
    )


def _group(base: str, groups: frozenset[str]) -> bool:
    """A group noun, or a compound whose last part is one ("työryhmä", "lukupiiri" not)."""
    return base in groups or any(base.endswith(g) and len(base) > len(g) + 2 for g in groups)
