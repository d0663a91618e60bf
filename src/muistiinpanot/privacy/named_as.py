"""A person's name given after "nimi on" or "nimi oli" (docs/privacy.md, "Round 44"):
"Kotisiivoojamme nimi oli Yeon-woo Park", "Uuden sijaisen nimi on Hanna Park", "Hänen
nimensä oli Ji-ho Kim". The noun "nimi" in the nominative (a possessive suffix too), owned
by a word for a person right before it (structure.person_noun, or a noun the vectors read
as a word of people: "siivooja", "naapuri"; not a group's or a firm's: lexicon
`group_nouns`, `nominative_heads`, `business_heads`, a compound's last part too) or by a
personal pronoun's genitive, then a
form of "olla", then one to three capitalised words that end the clause, each a name to
Voikko or the gazetteer or a word Voikko does not know at all.

Not a thing's or an animal's name ("Koiran nimi oli Musti", "Kirjan nimi on Tuntematon
sotilas", "Laivan nimi oli …": no person owns the noun), nor words that are ordinary words
("Opettajan nimi on Hyvä Opettaja": the words are no names). Only marks more text
(issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: The longest run of capitalised words read as the name ("Anna Maria Virtanen").
_LONGEST = 3
#: The genitives of the personal pronouns that own a person's name ("hänen nimensä").
_PRONOUNS = frozenset({"hänen", "minun", "sinun", "meidän", "teidän", "heidän"})
#: Voikko's classes of a person's name.
_NAMES = frozenset({"etunimi", "sukunimi"})
#: What may follow the name at its clause's end.
_CLAUSE_END = ("", ".", ",", ";", ":", "!", "?", ")")
#: The conjunctions that may open the next clause right after the name.
_CONJUNCTIONS = frozenset({"ja", "mutta", "eli", "vaan"})


def mark_named_as(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
) -> None:
    """Mark the capitalised words after a person's "nimi on/oli" (module docstring)."""
    for i in range(1, len(words) - 2):
        if not (_name_noun(words[i].text, voikko) and _copula(words[i + 1].text, voikko)):
            continue
        if not adjacent(text, words[i - 1], words[i]) or not adjacent(text, words[i], words[i + 1]):
            continue
        if not _person_owner(words[i - 1].text, voikko, nouns):
            continue
        run = _name_run(text, words, i + 2, voikko)
        for k in run:
            names[k] = True


def _name_run(text: str, words: Sequence[Word], first: int, voikko: Analyses) -> list[int]:
    """The capitalised words from `first` on, adjacent and ending the clause, each a name
    or a word Voikko does not know; none if any is an ordinary word or the clause goes on."""
    run: list[int] = []
    k = first
    while k < len(words) and len(run) < _LONGEST and words[k].text[:1].isupper():
        if run and not adjacent(text, words[run[-1]], words[k]):
            break
        run.append(k)
        k += 1
    if not run:
        return []
    rest = text[words[run[-1]].end :].lstrip(" \t")
    if rest[:1] not in _CLAUSE_END and rest.split(" ", 1)[0] not in _CONJUNCTIONS:
        return []
    if not all(_name_word(words[j].text, voikko) for j in run):
        return []
    return run


def _name_word(word: str, voikko: Analyses) -> bool:
    readings = voikko.analyze(word)
    if not readings:
        return True  # "Park", "Yeon-woo": a word no dictionary knows
    if any(a.get("CLASS") in _NAMES for a in readings):
        return True
    return bool(gazetteer_reading(word) & _NAMES)


def _name_noun(word: str, voikko: Analyses) -> bool:
    return any(
        a.get("BASEFORM") == "nimi" and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(word.casefold())
    )


def _copula(word: str, voikko: Analyses) -> bool:
    return word.casefold() in {"on", "oli", "olisi", "ois"} and any(
        a.get("BASEFORM") == "olla" for a in voikko.analyze(word.casefold())
    )


def _person_owner(word: str, voikko: Analyses, nouns: NounSense | None) -> bool:
    """A personal pronoun's genitive or a word for a person in the genitive or with a
    possessive suffix ("siivoojan", "kotisiivoojamme", "naapurimme")."""
    folded = word.casefold()
    if folded in _PRONOUNS:
        return True
    readings = [
        a
        for a in voikko.analyze(folded)
        if a.get("CLASS") == "nimisana" and (a.get("SIJAMUOTO") == "omanto" or a.get("POSSESSIVE"))
    ]
    if not readings:
        return False
    if person_noun(word, voikko):
        return True
    lexicon = load_name_lexicon()
    groups = (*lexicon.group_nouns, *lexicon.nominative_heads, *lexicon.business_heads)
    bases = {a.get("BASEFORM", "") for a in readings}
    if any(base.endswith(groups) for base in bases):
        return False  # "tiimin", "yrityksen": a group's or a firm's name
    return nouns is not None and any(nouns.personal(base) for base in bases)
