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
  alone asks no one; "armas aika kun …" stays);
- capitalised, opening its clause right before a passive (round 64,
  PrivacySettings.paid_or_asked): in the allative before a verb of paying or giving
  ("Lumille maksettiin matkakulut", "Toivolle maksetaan 50 e"), a register given name's form
  (not "Tuulelle", the word's own singular), unless the clause gives room or weight
  (`figurative_gifts`: "Valolle annettiin tilaa"); in the partitive before a verb of asking
  someone to act (given_words.toml `bidding_verbs`) with a MA-infinitive in the illative and
  that infinitive's object after it ("Toivoa pyydettiin tarkistamaan veneen airot"), a
  register given name's form or a register surname ("Aaltoa pyydettiin opettamaan …"): a
  thing is asked for, not asked to act ("Apua pyydettiin naapurista"), and a thing asked
  to be fetched has no object of its own after the infinitive ("Valoa pyydettiin lisäämään").
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon, opens_clause
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_names, register_surnames
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import (
    finite_passive,
    passive_participle_verb,
    time_noun,
    verb_form,
)
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
    if verb_before(text, words, i, voikko, load_name_lexicon().asking_verbs, reach):
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
    if not verb_before(text, words, i, voikko, verbs, reach):
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


def mark_paid_or_asked(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, reach: int
) -> None:
    """Mark the register names opening their clause as the one paid, given to or asked to
    act (the module docstring; `reach`: PrivacySettings.register_window, the words after the
    verb searched for the infinitive and its object)."""
    giving = load_given_lexicon()
    for i, word in enumerate(words[:-1]):
        if names[i] or not word.text[:1].isupper() or not word.text[1:].islower():
            continue
        if not opens_clause(text, word) or not adjacent(text, word, words[i + 1]):
            continue
        if "paikannimi" in word.classes or listed_tool(word.text, voikko):
            continue
        if person_noun(word.text, voikko):
            continue
        clause = _clause_after(text, words, i + 1, reach)
        if finite_passive(words[i + 1].text, voikko, giving.paying_verbs | giving.giving_verbs):
            names[i] = register_name_form(word.text, voikko, "ulkotulento") and not any(
                _base_in(w.text, voikko, giving.figurative_gifts) for w in clause
            )
        elif finite_passive(words[i + 1].text, voikko, giving.bidding_verbs):
            partitive = register_name_form(word.text, voikko, "osanto") or _register_case(
                word.text, voikko, "osanto", register_surnames()
            )
            names[i] = partitive and _infinitive_with_object(clause, voikko)


def _clause_after(text: str, words: Sequence[Word], i: int, reach: int) -> list[Word]:
    """Up to `reach` words after word i, in its clause (no punctuation between)."""
    clause: list[Word] = []
    for k in range(i + 1, min(len(words), i + 1 + reach)):
        if not adjacent(text, words[k - 1], words[k]):
            break
        clause.append(words[k])
    return clause


def _base_in(word: str, voikko: Analyses, bases: frozenset[str]) -> bool:
    """Whether `word` or a base form of it is in `bases`."""
    folded = word.casefold()
    return folded in bases or any(
        a.get("BASEFORM", "").casefold() in bases for a in voikko.analyze(folded)
    )


def _infinitive_with_object(clause: Sequence[Word], voikko: Analyses) -> bool:
    """Whether a MA-infinitive in the illative stands in `clause` with a noun in the
    nominative or the partitive, or a word Voikko does not know, after it: its own object."""
    for k, word in enumerate(clause):
        if any(
            a.get("MOOD") == "MA-infinitive" and a.get("SIJAMUOTO") == "sisatulento"
            for a in voikko.analyze(word.text.casefold())
        ):
            return any(_object_like(w.text, voikko) for w in clause[k + 1 :])
    return False


def _object_like(word: str, voikko: Analyses) -> bool:
    """A noun in the nominative or the partitive, or a word Voikko does not know."""
    readings = voikko.analyze(word.casefold())
    return not readings or any(
        a.get("CLASS") in _WORDS and a.get("SIJAMUOTO") in {"nimento", "osanto"} for a in readings
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


def verb_before(
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
