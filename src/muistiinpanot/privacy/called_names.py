"""A name given in quotation marks after a verb of naming whose object is a person
(docs/privacy.md, "Round 39"): 'kaverit kutsuu häntä "Jokeksi"', 'häntä nimitettiin
"Tomppana"', 'kaikki kutsuvat poikaa "Sepiksi"'. Finnish names with the translative or the
essive ("kutsua joksikin", "nimittää jonakin"); with a person as the verb's object (a
personal pronoun, lexicon `person_pronouns`, or a person noun, structure.person_noun) the
word so given, capitalised and in quotes, is that person's name or nickname, whether or not
any list or Voikko knows it. A thing or a practice named so is no one ('hanketta kutsutaan
"Silloiksi"', 'sitä sanotaan "Kotiaskeleeksi"'): the object tells.

Lexicon `lexicons/given_words.toml` (`naming_verbs`). Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.name_shapes import quoted
from muistiinpanot.privacy.predicate import comma_clause
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import verb_form
from muistiinpanot.privacy.structure import person_noun

#: Voikko's cases of a name given: the translative ("Jokeksi") and the essive ("Tomppana").
_NAMING_CASES = frozenset({"tulento", "olento"})
#: The same cases' endings, read on a word Voikko does not know (a nickname).
_NAMING_ENDINGS = ("ksi", "na", "nä")
#: Voikko's cases of a verb's object: the partitive ("häntä", "poikaa") and the accusative
#: ("hänet", "pojan").
_OBJECT_CASES = frozenset({"osanto", "kohdanto", "omanto"})


def mark_called_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, reach: int
) -> None:
    """Mark each name given to a person in quotes after a verb of naming up to `reach` words
    before it (PrivacySettings.register_window; module docstring)."""
    for i, word in enumerate(words):
        if names[i] or not word.text[:1].isupper() or not quoted(text, word):
            continue
        if _naming_case(word.text, voikko) and _named_person(text, words, i, voikko, reach):
            names[i] = True


def _naming_case(word: str, voikko: Analyses) -> bool:
    """The translative or the essive, by Voikko or, for a word it does not know, the ending."""
    readings = voikko.analyze(word)
    if not readings:
        return word.casefold().endswith(_NAMING_ENDINGS)
    return any(a.get("SIJAMUOTO") in _NAMING_CASES for a in readings)


def _named_person(text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    """Whether a verb of naming stands up to `reach` words before word i in its clause and a
    person is its object in the clause before word i."""
    start, _ = comma_clause(text, words, i)
    verbs = load_given_lexicon().naming_verbs
    before = range(max(start, i - reach), i)
    if not any(verb_form(words[k].text, voikko, verbs) for k in before):
        return False
    return any(_person_object(words[k].text, voikko) for k in range(start, i))


def _person_object(word: str, voikko: Analyses) -> bool:
    """A personal pronoun or a person noun in a case of the object ("häntä", "poikaa")."""
    pronouns = load_given_lexicon().person_pronouns
    readings = [a for a in voikko.analyze(word.casefold()) if a.get("SIJAMUOTO") in _OBJECT_CASES]
    if any(
        a.get("CLASS") == "asemosana" and a.get("BASEFORM", "").casefold() in pronouns
        for a in readings
    ):
        return True
    return bool(readings) and person_noun(word, voikko)
