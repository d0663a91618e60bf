"""A family's place that trades (docs/privacy.md, "Round 54"; precision): the place noun
after a surname's genitive names a business, not a family's home, when

- it is the subject of a business verb (privacy.toml `business_verbs`: "Tammisen tila myy
  aurinkosähköä", "Virtasen leipomo tarjoaa kahvit"), in the nominative, or
- it is the source, in the ablative or the elative, of a verb of buying in its clause
  (privacy.toml `purchase_verbs`: "Naapurit ostavat kananmunansa Heikkilän tilalta").

family_persons.py reads it: at a place that trades, the people of the text (its person
nouns, "naapurit", and pronouns, "hän") may be its customers, not the family; only the cues
of a life (a death, a wedding, living or working there) still point to a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.predicate import find_predicate, verb_readings
from muistiinpanot.privacy.protocols import Analyses

#: The cases of a source: the ablative ("tilalta") and the elative ("kaupasta").
_SOURCE_CASES = frozenset({"ulkoeronto", "sisaeronto"})
#: Marks that end the clause a verb of buying is read in.
_CLAUSE_MARKS = ".!?;:,\n"


def trading_place(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether the place noun at word k names a business (the module docstring)."""
    cases = {
        a.get("SIJAMUOTO") for a in voikko.analyze(words[k].text) if a.get("CLASS") == "nimisana"
    }
    lexicon = load_name_lexicon()
    if "nimento" in cases:
        found = find_predicate(text, words, k, voikko)
        if found is not None and any(
            base in lexicon.business_verbs for base, _ in verb_readings(found[1].text, voikko)
        ):
            return True
    if not cases & _SOURCE_CASES:
        return False
    return any(
        base in lexicon.purchase_verbs
        for word in _clause(text, words, k)
        for base, _ in verb_readings(word.text, voikko)
    )


def _clause(text: str, words: Sequence[Word], k: int) -> list[Word]:
    """The words of word k's clause: no mark of `_CLAUSE_MARKS` between them and word k."""
    first = k
    while first > 0 and not _marked(text[words[first - 1].end : words[first].start]):
        first -= 1
    last = k
    while last + 1 < len(words) and not _marked(text[words[last].end : words[last + 1].start]):
        last += 1
    return [w for n, w in enumerate(words[first : last + 1], first) if n != k]


def _marked(between: str) -> bool:
    return any(mark in between for mark in _CLAUSE_MARKS)
