"""A subject that takes on staff (docs/privacy.md, "Round 31"): "Tolvasen tila ottaa
harjoittelijoita", "Heinosen paja ottaa kesätyöntekijöitä". A farm, a garden or a workshop
named by a surname (privacy.toml `trade_heads`) names a business when it trades
(predicate.business_subject: "Heinosen puutarha myy taimia"); taking on people is trading
too: a verb of taking on staff (privacy.toml `hiring_verbs`) with a person noun
(structure.person_noun: an agent noun, a title, a person word) in the partitive or the
accusative within two words after it. Read by organisations.drop_organisations for those
heads only: "Virtasen äiti otti harjoittelijan kotiinsa" is a person's, and so is
"Virtasen tila ottaa lampaita hoitoon" (no person taken on).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.predicate import find_predicate, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: How far after the verb its object may stand ("ottaa kaksi harjoittelijaa").
_OBJECT_REACH = 2
#: The cases of an object: the partitive, and the accusative that looks like the genitive.
_OBJECT_CASES = frozenset({"osanto", "omanto"})


def hires(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether word k is the subject of a verb of taking on staff with a person noun as its
    object (the module docstring)."""
    found = find_predicate(text, words, k, voikko)
    if found is None:
        return False
    j, verb = found
    hiring = load_name_lexicon().hiring_verbs
    if not {base for base, _ in verb_readings(verb.text, voikko)} & hiring:
        return False
    for m in range(j + 1, min(j + 1 + _OBJECT_REACH, len(words))):
        if not adjacent(text, words[m - 1], words[m]):
            return False
        object_case = any(
            a.get("SIJAMUOTO") in _OBJECT_CASES for a in voikko.analyze(words[m].text.casefold())
        )
        if object_case and person_noun(words[m].text, voikko):
            return True
    return False
