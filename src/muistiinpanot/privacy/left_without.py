"""Being left without what only a person lacks, after a subject nothing else names: "Tsion
Bekele jäi ilman tulkkia" (review 27, finding 1), and its nearest neighbours (review 28,
finding 10): up to `chain_adverbs` adverbs before "ilman" ("jäi taas ilman"), the compound
tense ("on jäänyt ilman") and one attribute before the lacked noun ("ilman omaa tulkkia").
The lexicon: given_words.toml `deprivation_verbs`, `deprivation_prepositions`,
`deprivation_objects`. Read by unknown_names.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.predicate import find_predicate, next_word, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of

#: Voikko's classes of an attribute before the lacked noun ("ilman omaa tulkkia").
_ATTRIBUTES = frozenset({"laatusana", "nimisana_laatusana", "asemosana", "lukusana"})


def left_without(
    text: str,
    words: Sequence[Word],
    k: int,
    voikko: Analyses,
    person_lack: bool = False,
    adverbs: int = 0,
) -> bool:
    """Whether the verb after word k, the last of three words nothing knows, is one of being
    left (given_words.toml `deprivation_verbs`), in a compound tense too ("on jäänyt"), with
    "ilman" after it past up to `adverbs` adverbs ("jäi taas ilman"); with `person_lack` (two
    words or one), then what only a person lacks (`deprivation_objects`), past one attribute
    ("ilman omaa tulkkia"; review 28, finding 10)."""
    found = find_predicate(text, words, k, voikko)
    if found is None:
        return False
    j, verb = found
    if _olla(verb.text, voikko) and next_word(text, words, j) is not None:
        j, verb = j + 1, words[j + 1]  # "on jäänyt": read the participle's verb
    lexicon = load_given_lexicon()
    if not any(base in lexicon.deprivation_verbs for base, _ in verb_readings(verb.text, voikko)):
        return False
    skipped = 0
    while skipped < adverbs and next_word(text, words, j) and _adverb(words[j + 1].text, voikko):
        j, skipped = j + 1, skipped + 1
    after = next_word(text, words, j)
    if after is None or after.text.casefold() not in lexicon.deprivation_prepositions:
        return False
    if not person_lack:
        return True
    for lacked in words[j + 2 : j + 4]:
        readings = voikko.analyze(lacked.text.casefold())
        if any(
            a.get("CLASS") == "nimisana" and part_of(a, lexicon.deprivation_objects)
            for a in readings
        ):
            return True
        if not any(a.get("CLASS") in _ATTRIBUTES for a in readings):
            return False
    return False


def _olla(word: str, voikko: Analyses) -> bool:
    return any(a.get("BASEFORM") == "olla" for a in voikko.analyze(word.casefold()))


def _adverb(word: str, voikko: Analyses) -> bool:
    """A lower-case adverb ("taas", "edelleen"), an adjective's -sti form or an essive one
    ("kokonaan")."""
    readings = voikko.analyze(word)
    return word.islower() and any(
        a.get("CLASS") == "seikkasana" or a.get("SIJAMUOTO") in ("kerrontosti", "olento")
        for a in readings
    )
