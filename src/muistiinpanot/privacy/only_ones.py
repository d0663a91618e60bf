"""The subject of "olla" with "the only one" (given_kinds.copula, lone_given.py): "the only
one" and a relative clause of a person's will or words ("Usva oli ainoa joka uskalsi kysyä";
not "Usko oli ainoa mikä auttoi"), or a person noun and a relative pronoun ("Aleksi oli ainoa
nuori joka", round 66). Lexicon `lexicons/given_words.toml` (`only_words`,
`relative_pronouns`, `will_verbs`, `factor_nouns`).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.given_lexicon import load_given_lexicon as _lexicon
from muistiinpanot.privacy.predicate import find_predicate, next_word, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.structure import person_noun


def only_one(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is the subject of "olla" with "the only one" and a relative clause of a
    person's will or words, or a person noun and a relative pronoun ("oli ainoa joka
    uskalsi", "oli ainoa nuori joka tuli", "ainoa vapaaehtoinen, joka"; round 66); not the
    copula's role nouns, which lone_given.py does not read ("on suojeltu luontotyyppi")."""
    found = find_predicate(text, words, i, voikko)
    if found is None or "olla" not in {base for base, _ in verb_readings(found[1].text, voikko)}:
        return False
    after = next_word(text, words, found[0])
    if after is None or after.text.casefold() not in _lexicon().only_words:
        return False
    return only_after(text, words, found[0], voikko, role=True)


def only_after(text: str, words: Sequence[Word], j: int, voikko: Analyses, *, role: bool) -> bool:
    """After "olla" at j and "the only one" after it: a relative clause of will or words, or
    (`role`) a person noun and a relative pronoun."""
    relative = next_word(text, words, j + 1)
    if relative is None:
        return False
    if role and person_role(relative.text, voikko):
        return _relative_after(text, words, j + 3)  # "ainoa nuori joka"
    return relative.text.casefold() in _lexicon().relative_pronouns and _willed(
        text, words, j + 2, voikko
    )


def _relative_after(text: str, words: Sequence[Word], k: int) -> bool:
    """Whether word k is a relative pronoun right after the word before it, or after a comma
    ("ainoa nuori joka", "ainoa nuori, joka")."""
    if k >= len(words) or words[k].text.casefold() not in _lexicon().relative_pronouns:
        return False
    return text[words[k - 1].end : words[k].start].strip() in ("", ",")


def person_role(word: str, voikko: Analyses) -> bool:
    """A person noun in the nominative (structure.person_noun, or a compound of a person
    word: "yhteyshenkilö"), no cause or part ("tekijä")."""
    readings = [a for a in voikko.analyze(word.casefold()) if a.get("SIJAMUOTO") == "nimento"]
    if not readings or any(
        a.get("BASEFORM", "").casefold() in _lexicon().factor_nouns for a in readings
    ):
        return False
    people = load_name_lexicon().person_words
    return person_noun(word, voikko) or any(part_of(a, people) for a in readings)


def _willed(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether the relative clause at k has a verb of will (lexicon) or one only people do
    (privacy.toml human_verbs, speech_verbs) within two words: "joka uskalsi kysyä"."""
    names = load_name_lexicon()
    verbs = _lexicon().will_verbs | names.human_verbs | names.speech_verbs
    for m in range(k, min(k + 2, len(words))):
        if m > k and next_word(text, words, m - 1) is not words[m]:
            return False
        if {base for base, _ in verb_readings(words[m].text, voikko)} & verbs:
            return True
    return False
