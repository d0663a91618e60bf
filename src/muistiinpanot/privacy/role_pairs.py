"""A full name of another language in a person's role, where foreign.py asks for more
(docs/privacy.md, "Round 22"): two capitalised words side by side, one Voikko does not know,
the other unknown too, a name only, or a name to the gazetteer ("tulkkina oli Oksana
Hrytsenko": "Oksana" is an essive of "oksa" to Voikko), neither of a tool list, in a clause
that gives them a person's role in the essive ("tulkkina toimi Siriporn Wongsawat",
"avustajana Kofi Mensah", "Siriporn Wongsawat toimi tulkkina"). foreign.py wants the
gazetteer's given name or a letter Finnish does not use besides, for a pair after a verb is
as often a product in English ("Power Automate lähettää"); a role a person noun names is the
evidence here, and a tool serving as an interpreter is one of the tool lists' ("tulkkina
toimi Google Translate"); a role of no person ("apuna toimi Power Automate", "alustana toimi
Microsoft Teams") is none.

The essive opens the clause with the pair right after it, or after a verb of serving
(lexicon `serving_verbs`: "toimia", "olla") right after it; or the pair opens the clause as
the subject of a verb of serving with the role after it (predicate.serves_in_role).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import PersonTest, serves_in_role, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.subjects import person_head
from muistiinpanot.privacy.tools import listed_tool

#: Voikko's classes a part of such a name may have besides none: a name's only.
_NAME_LIKE = NAME_CLASSES | {GAZETTEER}


def mark_role_pairs(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    window: int,
) -> None:
    """Mark the pairs of the module docstring (`window`: how far after the verb of serving
    the role in the essive may stand)."""
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if (names[i] and names[i + 1]) or not adjacent(text, first, last):
            continue
        if not (_part(first, voikko) and _part(last, voikko)) or "unknown" not in (
            first.kind,
            last.kind,
        ):
            continue

        def role(word: str, essives: Sequence[dict[str, str]]) -> bool:
            return _role(word, essives, voikko, nouns)

        if _after_role(text, words, i, voikko, role) or (
            opens_clause(text, first) and serves_in_role(text, words, i + 1, voikko, window, role)
        ):
            names[i] = names[i + 1] = True


def _part(word: Word, voikko: Analyses) -> bool:
    """A capitalised word Voikko does not know or knows only as a name, or one the gazetteer
    knows as a name, of no tool list; one of the pair must be unknown to Voikko."""
    if not (word.text[:1].isupper() and word.text[1:].islower()):
        return False
    known = word.kind == "unknown" or word.classes <= _NAME_LIKE
    if not known and not gazetteer_reading(word.text):  # "Oksana": "oksa" to Voikko
        return False
    return not listed_tool(word.text, voikko)


def _role(
    word: str, essives: Sequence[dict[str, str]], voikko: Analyses, nouns: NounSense | None
) -> bool:
    """A person noun in the essive (subjects.person_head: "avustajana", "kerhon vetäjänä"), or
    a noun the vectors read as of people ("tulkkina"; foreign_escapes.py's test)."""
    if person_head(word, voikko):
        return True
    return nouns is not None and any(
        a.get("CLASS") == "nimisana" and nouns.personal(a.get("BASEFORM", "").casefold())
        for a in essives
    )


def _after_role(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, role: PersonTest
) -> bool:
    """Whether the pair at i follows a person noun in the essive opening the clause, right
    after it or after a verb of serving ("avustajana X Y", "tulkkina toimi X Y")."""
    k = i - 1
    if k < 0 or not adjacent(text, words[k], words[i]):
        return False
    serving = load_name_lexicon().serving_verbs
    if {base for base, _ in verb_readings(words[k].text, voikko)} & serving:
        k -= 1
        if k < 0 or not adjacent(text, words[k], words[k + 1]):
            return False
    essives = [
        a for a in voikko.analyze(words[k].text.casefold()) if a.get("SIJAMUOTO") == "olento"
    ]
    return bool(essives) and opens_clause(text, words[k]) and role(words[k].text, essives)
