"""A register name that is also a common word, read as a person by the verb it depends on
(docs/privacy.md, "Round 28"), where no name reading of Voikko's makes it weak evidence:

- in the ablative, up to two words (PrivacySettings.register_window) after a verb of
  asking, in any casing ("kysykää kaislalta joka tietää", "kysy Ruskalta"): a given name
  of the population register (one asks people, and a reed or an autumn colour asks no
  one); not a word no register lists ("kysykää kirjastolta", an office), nor a surname of
  the register, most of them common nouns one asks too ("kysy kunnalta");
- capitalised inside a sentence, in the allative, up to two words (`register_window`)
  after a verb of giving or sending (given_words.toml `giving_verbs`: "lähetin ehdotuksen
  Tammelle") or of calling, messaging or writing (`calling_verbs`: "Soitin Ilolle",
  review 45): a given name or a surname of the register, the recipient, unless it is also
  a place ("lähetin paketin Lahdelle": a town's office), a listed tool or body
  (tools.toml: "Kelalle") or a person noun, or the clause gives room or weight
  (`figurative_gifts`);
- in lower case, opening the text or a sentence, right before a verb of asking in the third
  person singular ("armas kysyi saako …"): a register given name (an adjective or a noun
  alone asks no one; "armas aika kun …" stays).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon, opens_clause
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_names
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import passive_participle_verb, time_noun, verb_form
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool

#: Voikko's classes of a common word that is also a register name.
_WORDS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


def asked_from(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, *, reach: int, after: bool = False
) -> bool:
    """Whether word i is a register given name in the ablative after a verb of asking, up to
    `reach` words before it (PrivacySettings.register_window); a name of an -i word keeps
    its "i" ("Kysyin Lumilta", which Voikko reads as the word's plural). `after` (round 60):
    or opening its clause right before a verb of asking proper, in any person or the
    passive ("Voitolta kysyttiin", given_words.toml `asked_verbs`), unless it is a time
    ("Aamulta kysyttiin")."""
    word = words[i].text
    register = load_gazetteer().register
    if not (
        _register_case(word, voikko, "ulkoeronto", register)
        or register_name_form(word, voikko, "ulkoeronto")
    ):
        return False
    if _verb_before(text, words, i, voikko, load_name_lexicon().asking_verbs, reach):
        return True
    if not after or not opens_clause(text, words[i]) or i + 1 >= len(words):
        return False
    if time_noun(voikko.analyze(word.casefold())) or not adjacent(text, words[i], words[i + 1]):
        return False
    asked = load_given_lexicon().asked_verbs  # "kysyttiin", "kysytty"
    return verb_form(words[i + 1].text, voikko, asked, participle=passive_participle_verb)


def sent_to(text: str, words: Sequence[Word], i: int, voikko: Analyses, *, reach: int) -> bool:
    """Whether word i, capitalised inside its sentence, is a register name in the allative
    after a verb of giving, sending or calling up to `reach` words before it (the module docstring;
    PrivacySettings.register_window)."""
    word = words[i]
    if not capital_inside_sentence(text, word) or not word.text[1:].islower():
        return False
    if "paikannimi" in word.classes or listed_tool(word.text, voikko):
        return False
    if not _register_case(word.text, voikko, "ulkotulento", register_names()):
        return False
    if person_noun(word.text, voikko):
        return False
    giving = load_given_lexicon()
    verbs = giving.giving_verbs | giving.calling_verbs
    if not _verb_before(text, words, i, voikko, verbs, reach):
        return False
    start = next((k for k in range(i, 0, -1) if not adjacent(text, words[k - 1], words[k])), 0)
    gifts = giving.figurative_gifts
    return not any(
        w.text.casefold() in gifts
        or any(a.get("BASEFORM", "").casefold() in gifts for a in voikko.analyze(w.text.casefold()))
        for w in words[start : i + 1 + reach]
    )


def mark_askers(text: str, words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """Mark the lower-case register given names that open a sentence before a verb of
    asking in the third person singular (the module docstring)."""
    register = load_gazetteer().register
    verbs = load_name_lexicon().asking_verbs
    for i, word in enumerate(words[:-1]):
        if names[i] or not word.text.islower() or word.text not in register:
            continue
        if not opens_clause(text, word) or not adjacent(text, word, words[i + 1]):
            continue
        readings = voikko.analyze(words[i + 1].text)
        names[i] = bool(readings) and all(
            a.get("CLASS") == "teonsana"
            and a.get("BASEFORM", "").casefold() in verbs
            and a.get("PERSON") == "3"
            and a.get("NUMBER") == "singular"
            for a in readings
        )


def _register_case(word: str, voikko: Analyses, case: str, register: frozenset[str]) -> bool:
    """Whether a singular reading of `word` in `case`, a noun's or an adjective's (not a
    pronoun's: "keneltäkään", "ken"), has a base form in `register`."""
    return any(
        a.get("CLASS") in _WORDS
        and a.get("SIJAMUOTO") == case
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold() in register
        for a in voikko.analyze(word.casefold())
    )


def _verb_before(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    verbs: frozenset[str],
    reach: int,
) -> bool:
    """Whether a verb of `verbs` stands up to `reach` words before word i, in its clause."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if not adjacent(text, words[k], words[k + 1]):
            return False
        if verb_form(words[k].text, voikko, verbs):
            return True
    return False
