"""A name given in quotation marks after a verb of naming whose object is a person
(docs/privacy.md, "Round 39"): 'kaverit kutsuu häntä "Jokeksi"', 'häntä nimitettiin
"Tomppana"', 'kaikki kutsuvat poikaa "Sepiksi"'. Finnish names with the translative or the
essive ("kutsua joksikin", "nimittää jonakin"); with a person as the verb's object (a
personal pronoun, lexicon `person_pronouns`, or a person noun, structure.person_noun) the
word so given, capitalised and in quotes, is that person's name or nickname, whether or not
any list or Voikko knows it. A thing or a practice named so is no one ('hanketta kutsutaan
"Silloiksi"', 'sitä sanotaan "Kotiaskeleeksi"'): the object tells. The object is the verb's
nearest word in a case of the object, after the verb up to the quote or else before it
('Pojan mielestä hanketta kutsutaan': "hanketta"); a genitive before a noun or a
postposition is an attribute, not the object ("Pojan isä kutsuu koulua", "Pojan mielestä").
A word Voikko reads only as a common word of a person's role or kin, or as an adjective, is
an epithet, not a name ('Lapset kutsuvat häntä "Äidiksi"', '"Pomoksi"', '"Tyhmäksi"'),
unless the register lists it as a given name (review 26, finding 3). Spoken naming gives the
name in its basic form too ('kutsuvat häntä "Joke"'), and a nickname noun with "olla" names
its owner's ('hänen lempinimensä on "Joke"'; lexicon `nickname_nouns`; review 26, 10).

Lexicon `lexicons/given_words.toml` (`naming_verbs`). Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lexicons import time_stretches
from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.name_shapes import quoted
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import comma_clause
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import genitive, part_of, time_noun, verb_form
from muistiinpanot.privacy.structure import person_noun

#: Voikko's cases of a name given: the translative ("Jokeksi") and the essive ("Tomppana").
_NAMING_CASES = frozenset({"tulento", "olento"})
#: The same cases' endings, read on a word Voikko does not know (a nickname).
_NAMING_ENDINGS = ("ksi", "na", "nä")
#: Voikko's cases of a verb's object: the partitive ("häntä", "poikaa") and the accusative
#: ("hänet", "pojan").
_OBJECT_CASES = frozenset({"osanto", "kohdanto", "omanto"})
_GENITIVE = "omanto"
#: Voikko's classes of what a genitive attribute stands before: a noun or a postposition.
_HEADS = frozenset({"nimisana", "suhdesana"})
#: Voikko's classes no object has: an adjective or a numeral is an attribute ("pientä
#: poikaa"), a verb form none.
_NOT_OBJECTS = frozenset({"laatusana", "lukusana", "teonsana", "seikkasana", "suhdesana"})
#: Voikko's classes of a person's name ("Mikkoa") and of a common word ("äiti", "tyhmä").
_PERSON_NAMES = frozenset({"etunimi", "sukunimi"})
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


def mark_called_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    *,
    reach: int,
) -> None:
    """Mark each name given to a person in quotes after a verb of naming up to `reach` words
    before it (PrivacySettings.register_window; module docstring)."""
    for i, word in enumerate(words):
        if names[i] or not word.text[:1].isupper() or not quoted(text, word):
            continue
        given = (_naming_case(word.text, voikko) or _nominative(word.text, voikko)) and (
            _named_person(text, words, i, voikko, reach)
        )
        nicknamed = _nominative(word.text, voikko) and _nickname_is(text, words, i, voikko, reach)
        if (given or nicknamed) and not _epithet(word.text, voikko, nouns):
            names[i] = True


def _nominative(word: str, voikko: Analyses) -> bool:
    """A noun's or a name's nominative ('kutsuvat häntä "Pupu"'), or a word Voikko does not
    know ('"Joke"'): spoken naming gives the name in its basic form."""
    readings = voikko.analyze(word)
    return not readings or any(
        a.get("SIJAMUOTO") == "nimento" and a.get("CLASS") in _COMMON | _PERSON_NAMES
        for a in readings
    )


def _nickname_is(text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    """Whether word i follows a nickname noun (lexicon `nickname_nouns`) and "olla" up to
    `reach` words before it in its clause ('hänen lempinimensä on "Joke"'), the noun owned
    by no genitive or a person's ('pojan lempinimi'; not 'hankkeen lempinimi')."""
    start, _ = comma_clause(text, words, i)
    nicknames = load_given_lexicon().nickname_nouns
    near = range(max(start, i - reach), i)
    if not any("olla" in {a.get("BASEFORM") for a in voikko.analyze(words[k].text)} for k in near):
        return False
    for k in near:
        if any(
            a.get("CLASS") == "nimisana" and a.get("BASEFORM", "").casefold() in nicknames
            for a in voikko.analyze(words[k].text.casefold())
        ):
            owner = words[k - 1].text if k > start else ""
            return not owner or not genitive(owner, voikko) or _person_object(owner, voikko)
    return False


def _naming_case(word: str, voikko: Analyses) -> bool:
    """The translative or the essive, by Voikko or, for a word it does not know, the ending."""
    readings = voikko.analyze(word)
    if not readings:
        return word.casefold().endswith(_NAMING_ENDINGS)
    return any(a.get("SIJAMUOTO") in _NAMING_CASES for a in readings)


def _named_person(text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    """Whether a verb of naming stands up to `reach` words before word i in its clause and
    its object (_object) is a person."""
    start, _ = comma_clause(text, words, i)
    verbs = load_given_lexicon().naming_verbs
    before = [k for k in range(max(start, i - reach), i) if verb_form(words[k].text, voikko, verbs)]
    if not before:
        return False
    found = _object(words, start, before[-1], i, voikko)
    return found is not None and _person_object(words[found].text, voikko)


def _object(words: Sequence[Word], start: int, verb: int, i: int, voikko: Analyses) -> int | None:
    """The verb's object: the nearest word in a case of the object after the verb and before
    the quoted word i, or else the nearest before the verb in the clause."""
    nearest: list[int] = [*range(verb + 1, i), *range(verb - 1, start - 1, -1)]
    for k in nearest:
        if _object_case(words, k, voikko):
            return k
    return None


def _object_case(words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """A noun, a pronoun or a name in the partitive or the accusative ("häntä", "hanketta",
    "hänet"), or in the genitive with no noun or postposition after it ("kutsui pojan"; not
    "pojan isä", "pojan mielestä")."""
    readings = [
        a
        for a in voikko.analyze(words[k].text.casefold()) or voikko.analyze(words[k].text)
        if a.get("CLASS") not in _NOT_OBJECTS and a.get("SIJAMUOTO") in _OBJECT_CASES
    ]
    if time_noun(readings) or any(a.get("BASEFORM") in time_stretches() for a in readings):
        return False  # "kutsutaan koko ajan", "koko illan": a time, no object
    if any(a.get("SIJAMUOTO") != _GENITIVE for a in readings):
        return True
    if not readings or k + 1 >= len(words):
        return bool(readings)
    return not any(a.get("CLASS") in _HEADS for a in voikko.analyze(words[k + 1].text.casefold()))


def _person_object(word: str, voikko: Analyses) -> bool:
    """A personal pronoun, a person noun or a person's name in a case of the object
    ("häntä", "poikaa", "Mikkoa")."""
    pronouns = load_given_lexicon().person_pronouns
    readings = [
        a
        for a in voikko.analyze(word.casefold()) + voikko.analyze(word)
        if a.get("SIJAMUOTO") in _OBJECT_CASES
    ]
    if any(
        a.get("CLASS") == "asemosana" and a.get("BASEFORM", "").casefold() in pronouns
        for a in readings
    ):
        return True
    if any(a.get("CLASS") in _PERSON_NAMES for a in readings):
        return True
    return bool(readings) and person_noun(word, voikko)


def _epithet(word: str, voikko: Analyses, nouns: NounSense | None) -> bool:
    """A word Voikko reads only as a common word, of a person's role or kin (a person noun,
    one ending in a person word, "pikkuveli", or a noun the vectors read nearer people than
    nature, "sossu", "pomo") or as an adjective ("tyhmä"), and the register lists as no
    given name."""
    readings = voikko.analyze(word)
    if not readings or any(a.get("CLASS") not in _COMMON for a in readings):
        return False
    bases = {a.get("BASEFORM", "").casefold() for a in readings}
    if bases & load_gazetteer().register:
        return False  # "Onneksi", "Usvaksi": a given name too
    person_words = load_name_lexicon().person_words
    return all(
        a.get("CLASS") != "nimisana"
        or person_noun(word, voikko)
        or part_of(a, person_words)
        or (nouns is not None and nouns.peopled(a.get("BASEFORM", "")))
        for a in readings
    )
