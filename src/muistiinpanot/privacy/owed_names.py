"""The one to be paid and the one paid (docs/privacy.md, "Round 73"; review 63, mend127;
`[privacy] owed_names`): a name that is also a word, in the allative, read by the verb of
paying its clause has, which round 64 (register_recipients.mark_paid_or_asked) reads only as
a passive right after a given name's form. The verb is read by Voikko's lemma and voice, not
its surface form:

- the one to be paid: a verb of necessity (given_words.toml `necessive_verbs`, any mood:
  "pitää", "pitäisi", "täytyisi", the spoken clipped "pitäis") and, anywhere after it in the
  clause, the A-infinitive of a verb of paying (`paying_verbs`): "Tuulille pitää jo ensi
  viikolla maksaa"; or the allative right after that infinitive ("Pitäisi myös maksaa
  matille tilavuokra");
- the one paid: any passive of a verb of paying, past, present or conditional, negated or
  perfect ("Kivelle maksettiin", "Harjulle ei makseta", "Harjulle on maksettu").

The allative opens its clause (the text's first word, after a clause opener or after a
conjunction: "…, ja Kivelle maksettiin jo"), adverbs may stand before the verb. It is a
name's form: a given name's (Voikko's own `etunimi` reading, or a common word's reading
whose base the population register gives as a given name: given_words.register_name_form),
capitalised or in lower case; or, capitalised, a surname's: Voikko's `sukunimi` reading or
a common surname of at least `paid_surname_bearers` bearers of the register
(data/sukunimet.csv), not a body's noun that a few hundred people bear ("Yritykselle
maksettiin korvaus"). Only paying: one gives water to seedlings ("taimille pitää antaa
vettä"), but pays a person or a body.

Round 82b adds two readings (each with its setting): such a capitalised allative inside its
sentence up to `register_window` words after a verb of paying in any voice, a clitic too
("maksettiin Kivelle", "maksetaanko Kivelle"; `paid_after_verb`); and, in lower case, a
common noun's own singular allative whose base the register gives as a given name ("onnelle",
a form no standard name takes but notes write) opening its clause before a passive or a
necessive of a verb of handing over or paying (handed.toml `handed_to_verbs`: "onnelle
maksetaan", "onnelle pitää lähettää"; `handed_word_forms`).

Not a place (a town is paid: "Lahdelle maksettiin", "Kokkolalle"), a listed tool or body
("Kelalle"), a time or a person noun. Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    Word,
    adjacent,
    clause_after,
    opens_or_follows_conjunction,
    verb_chain,
)
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surname_bearers
from muistiinpanot.privacy.given_kinds import figurative
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.handed_names import handed_verbs, owed_heads, passive_heads
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import (
    ADVERB,
    a_infinitive,
    finite_passive,
    has_class,
    passive_participle_verb,
    spoken_readings,
    time_noun,
)
from muistiinpanot.privacy.register_recipients import verb_before
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool

#: Voikko's classes of a common word (a noun's or an adjective's reading).
_WORDS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
#: The verbs of a perfect or a negated passive's chain ("on maksettu", "ei ole maksettu").
_AUXILIARIES = frozenset({"olla", "ei"})


def mark_owed_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings,
) -> None:
    """Mark the one to be paid and the one paid (the module docstring; `settings`: its
    `paid_surname_bearers`, the register's bearers a surname needs)."""
    lexicon = load_given_lexicon()
    paying, necessive = lexicon.paying_verbs, lexicon.necessive_verbs
    bearers = settings.paid_surname_bearers
    for i, word in enumerate(words):
        if names[i]:
            continue
        capital = word.text[:1].isupper() and word.text[1:].islower()
        if not (capital or word.text.islower()):
            continue
        if "paikannimi" in word.classes or listed_tool(word.text, voikko):
            continue
        if settings.paid_after_verb and capital and paid_after(text, words, i, voikko, settings):
            names[i] = not person_noun(word.text, voikko)  # "maksettiin Kivelle" (round 82b)
            continue
        if i + 1 >= len(words) or not adjacent(text, word, words[i + 1]):
            continue
        clause = clause_after(text, words, i)
        lower_form = False
        if opens_or_follows_conjunction(text, words, i, voikko):
            owed = _owed(clause, voikko, necessive, paying) or _paid(clause, voikko, paying)
            lower_form = settings.handed_word_forms and handed_word_form(word.text, voikko)
            if lower_form and not owed:
                owed = handed_word_head(clause, voikko)  # "onnelle pitää lähettää" (82b)
        else:
            owed = _after_infinitive(text, words, i, voikko, necessive, paying)
        if owed and not person_noun(word.text, voikko):
            names[i] = (
                _given_form(word.text, voikko)
                or (capital and _common_surname(word.text, voikko, bearers))
                or lower_form
            )


def _owed(
    clause: Sequence[Word], voikko: Analyses, necessive: frozenset[str], paying: frozenset[str]
) -> bool:
    """A verb of necessity heading the clause ("pitää", "täytyisi"), then, anywhere in the
    clause, the A-infinitive of a verb of paying."""
    chain = verb_chain(clause, voikko)
    return (
        bool(chain)
        and _necessive(chain[0].text, voikko, necessive)
        and any(a_infinitive(word.text, voikko, paying) for word in chain[1:])
    )


def _paid(clause: Sequence[Word], voikko: Analyses, paying: frozenset[str]) -> bool:
    """A passive of a verb of paying heading the clause, finite ("maksettiin", "makseta"),
    or a past passive participle after "olla" or "ei" ("on maksettu", "ei ole maksettu")."""
    chain = verb_chain(clause, voikko)
    auxiliary = False
    for word in chain:
        bases = {a.get("BASEFORM", "").casefold() for a in spoken_readings(word.text, voikko)}
        if finite_passive(word.text, voikko, paying):
            return True
        if auxiliary and any(
            passive_participle_verb(a) in paying for a in voikko.analyze(word.text.casefold())
        ):
            return True
        if bases & _AUXILIARIES or (auxiliary and has_class(word.text, voikko, ADVERB)):
            auxiliary = True
            continue
        return False
    return False


def _after_infinitive(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    necessive: frozenset[str],
    paying: frozenset[str],
) -> bool:
    """Whether word i stands right after the A-infinitive of a verb of paying that a verb of
    necessity comes before in the clause ("Pitäisi myös maksaa matille")."""
    if i < 2 or not a_infinitive(words[i - 1].text, voikko, paying):
        return False
    for k in range(i - 1, 0, -1):
        if not adjacent(text, words[k - 1], words[k]):
            return False
        if _necessive(words[k - 1].text, voikko, necessive):
            return True
    return False


def _given_form(word: str, voikko: Analyses) -> bool:
    """A given name's singular allative: Voikko's own given-name reading ("Sannalle":
    Sanna, "matille": Matti) or a common word's whose base the register gives as a given
    name (given_words.register_name_form: "Tuulille")."""
    return register_name_form(word, voikko, "ulkotulento") or any(
        a.get("CLASS") == "etunimi"
        and a.get("SIJAMUOTO") == "ulkotulento"
        and a.get("NUMBER", "singular") == "singular"
        for a in voikko.analyze(word)
    )


def _necessive(word: str, voikko: Analyses, verbs: frozenset[str]) -> bool:
    """A finite third person of a verb of `verbs`, any mood ("pitää", "täytyisi", "pitäis")."""
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") == "3"
        and a.get("BASEFORM", "").casefold() in verbs
        for a in spoken_readings(word, voikko)
    )


def _common_surname(word: str, voikko: Analyses, bearers: int) -> bool:
    """A surname's allative to Voikko, or an allative whose base the register gives at least
    `bearers` bearers as a surname."""
    counts = register_surname_bearers()
    return any(
        a.get("SIJAMUOTO") == "ulkotulento"
        and a.get("NUMBER", "singular") == "singular"
        and (
            a.get("CLASS") == "sukunimi"
            or (
                a.get("CLASS") in _WORDS
                and counts.get(a.get("BASEFORM", "").casefold(), 0) >= bearers
            )
        )
        for a in voikko.analyze(word)
    )


def paid_after(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, settings: PrivacySettings
) -> bool:
    """Whether word i, capitalised inside its sentence, is a given name's or a common register
    surname's allative up to `register_window` words after a verb of paying in any voice,
    with a clitic too ("maksettiin Kivelle", "maksetaanko Kivelle"), in no clause of room or
    weight (round 82b)."""
    word = words[i].text
    if not capital_inside_sentence(text, words[i]) or time_noun(voikko.analyze(word.casefold())):
        return False
    paying = load_given_lexicon().paying_verbs
    if not verb_before(text, words, i, voikko, paying, settings.register_window):
        return False
    named = _given_form(word, voikko) or _common_surname(
        word, voikko, settings.paid_surname_bearers
    )
    return named and not figurative(clause_after(text, words, i), voikko)


def handed_word_form(word: str, voikko: Analyses) -> bool:
    """A common noun's singular allative in lower case, in the word's own form, whose base
    the register gives as a given name ("onnelle": Onni), read as no plural and no time
    ("illalle"); a capitalised one is handed_names.py's (round 75)."""
    readings = voikko.analyze(word)
    if not word.islower() or not readings or time_noun(readings):
        return False
    register = load_gazetteer().register
    allative = [a for a in readings if a.get("SIJAMUOTO") == "ulkotulento"]
    return bool(allative) and all(
        a.get("CLASS") in _WORDS
        and a.get("NUMBER") == "singular"
        and a.get("BASEFORM", "").casefold() in register
        for a in allative
    )


def handed_word_head(clause: Sequence[Word], voikko: Analyses) -> bool:
    """A passive or a necessive of a verb of handing over or paying heading the clause
    (handed_names.passive_heads, owed_heads), no clause of room or weight."""
    to_verbs = handed_verbs()[0]
    heads = passive_heads(clause, voikko, to_verbs) or owed_heads(clause, voikko, to_verbs)
    return heads and not figurative(clause, voikko)
