"""A word alone in quotes that the clause says is a person (docs/privacy.md, "Round 62"; issue
12, recall): '"Taisto" on joukkueen nuorin pelaaja', '"Into" on se poika joka ajoi kelkalla'.

Quotes mark a nickname as often as a title of a work or a name of a project, and a title
tells, wins and is read in the past as a person does ('"Usva" kertoi tarinan', round 60's
dropped try), so a verb is no evidence here. What a clause says its subject is, is: a word
in quotes opening its clause, then "on" or "oli", then the predicative's head, the first
noun in the nominative singular past "se" and the adjectives and genitives before it, a
person noun of the lexicon (role_appositions.nominative_role without the vectors: a title,
an agent noun, a person word: "pelaaja", "poika"; not a group's noun; the vectors read
"romaani" as a person's word, '"Sade" on romaani'). A work, a project or a product is a
film, a book, a project ('"Lumi" oli vuoden paras elokuva', '"Tuulensuoja" on hanke'), and
holds some roles too: it wins, assists, is a mascot ('"Kipinä" oli kilpailun voittaja', a
project; '"Kamu" on digitaalinen avustaja', an app; review 47): such a role
(`thing_roles`, by a compound's last part: "tekoälyavustaja") is no person's here. The head
is read before a comma, "joka" or "ja": '"Into" on kylän lehti ja sen päätoimittaja …' has
"lehti" for its head. The word lists are `lexicons/quoted_predicates.toml`; the copula's
forms are privacy.toml's `copulas` (lower_pairs.py reads them too). Only marks more text;
`[privacy] quoted_predicates` turns it off.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from muistiinpanot.privacy.context import CLAUSE_OPENERS, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.name_shapes import quoted
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.role_appositions import nominative_role
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.wordparts import part_of

_NOUN = "nimisana"
#: Classes of a word that may modify the head before it (an adjective, a numeral, a name).
_MODIFIERS = frozenset({"laatusana", "nimisana_laatusana", "lukusana", "asemosana"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    determiners: frozenset[str]
    stops: frozenset[str]
    thing_roles: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    """lexicons/quoted_predicates.toml, every list a frozenset."""
    path = resources.files("muistiinpanot.lexicons").joinpath("quoted_predicates.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    return _Lexicon(**{key: frozenset(data[key]) for key in _Lexicon.__slots__})


def mark_quoted_predicates(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings,
) -> None:
    """Mark a capitalised word alone in quotes opening its clause whose "on"/"oli" clause
    names a person noun as what it is (module docstring); `settings.complement_window`:
    words read after the copula for the head."""
    window = settings.complement_window
    for i, word in enumerate(words[:-1]):
        if names[i] or not word.text[:1].isupper() or not quoted(text, word):
            continue
        before = text[: word.start - 1].rstrip()
        if before and before[-1] not in CLAUSE_OPENERS:
            continue
        copula = words[i + 1]
        if (
            copula.text.casefold() not in load_name_lexicon().copulas
            or text[word.end + 1 : copula.start].strip()
        ):
            continue
        head = _head(text, words, i + 2, voikko, window)
        # the lexicon's person nouns only: the vectors place a novel ("romaani") among people
        names[i] = (
            head is not None
            and nominative_role(head, voikko, None)
            and not _thing_role(head, voikko)
        )


def _head(text: str, words: Sequence[Word], k: int, voikko: Analyses, window: int) -> Word | None:
    """The first noun in the nominative singular from word k on, within `window` words, past
    determiners and modifiers, before a comma or a word of `stops`; None if there is none."""
    lexicon = _lexicon()
    for j in range(k, min(len(words), k + window)):
        word = words[j]
        if not adjacent(text, words[j - 1], word) or word.text.casefold() in lexicon.stops:
            return None
        lower = word.text.casefold()
        if lower in lexicon.determiners:
            continue
        readings = voikko.analyze(lower)
        nominative_noun = any(
            a.get("CLASS") == _NOUN
            and a.get("SIJAMUOTO") == "nimento"
            and a.get("NUMBER") != "plural"
            for a in readings
        )
        if nominative_noun:
            return word
        modifier = any(
            a.get("CLASS") in _MODIFIERS or a.get("SIJAMUOTO") == "omanto" for a in readings
        )
        if not modifier:
            return None
    return None


def _thing_role(head: Word, voikko: Analyses) -> bool:
    """Whether the head is a role a thing holds as often (lexicon `thing_roles`, base or a
    compound's last part: "voittaja", "tekoälyavustaja")."""
    roles = _lexicon().thing_roles
    return any(
        a.get("CLASS") == _NOUN and part_of(a, roles) for a in voikko.analyze(head.text.casefold())
    )
