"""A subject that takes on staff (docs/privacy.md, "Round 31"): "Tolvasen tila ottaa
harjoittelijoita", "Heinosen paja ottaa kesätyöntekijöitä". A farm, a garden or a workshop
named by a surname (privacy.toml `trade_heads`) names a business when it trades
(predicate.business_subject: "Heinosen puutarha myy taimia"); taking on people is trading
too: a verb of taking on staff (privacy.toml `hiring_verbs`) with a person noun
(structure.person_noun: an agent noun, a title, a person word) in the partitive or the
accusative up to `[privacy] hiring_object_window` words after it (two: "ottaa kaksi
harjoittelijaa"). Read by organisations.drop_organisations for those heads only: "Virtasen
äiti otti harjoittelijan kotiinsa" is a person's, and so is "Virtasen tila ottaa lampaita
hoitoon" (no person taken on).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.predicate import verb_with_slot
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: The cases of an object: the partitive, and the accusative that looks like the genitive.
_OBJECT_CASES = frozenset({"osanto", "omanto"})


def hires(text: str, words: Sequence[Word], k: int, voikko: Analyses, reach: int) -> bool:
    """Whether word k is the subject of a verb of taking on staff with a person noun as its
    object up to `reach` words after the verb (PrivacySettings.hiring_object_window; the
    module docstring)."""

    def person_object(word: str, readings: Sequence[dict[str, str]]) -> bool:
        object_case = any(a.get("SIJAMUOTO") in _OBJECT_CASES for a in readings)
        return object_case and person_noun(word, voikko)

    hiring = load_name_lexicon().hiring_verbs
    return verb_with_slot(text, words, k, voikko, hiring, reach, person_object)
