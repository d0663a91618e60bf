"""The one a person's act is done to (docs/privacy.md, "Round 76"; `[privacy] treated_names`):
a given name in the partitive as the object of a verb whose object is a person, one
thanked, congratulated, reminded, interviewed, comforted, guided or bullied
(lexicons/handed.toml `treated_verbs`), read by Voikko's case, lemma and voice:

- opening its clause (after a conjunction too), before a passive of such a verb, finite in
  any mood, negated or perfect, or its past passive participle ("Kaislaa onniteltiin",
  "Valoa kiusattiin koulussa"), or before a verb of necessity, plain or negated, and such a
  verb's A-infinitive right after it, adverbs between or not ("Tuulia pitäis kiittää",
  "Kieloa pitäisi lohduttaa", "Mattia ei saa kiusata"; not "Toivoa pitää ylläpitää ja
  kannustaa nuoria": handed_names.owed_heads, review 71 #1, #2);
- capitalised, or in lower case where it opens its clause, as notes type a name
  ("tuulia pitäis muistuttaa").

The word is a given name's singular partitive: Voikko's own `etunimi` reading, or a common
word's singular partitive whose base the population register gives as a given name
(given_words.register_name_form: "Valoa", "Hillaa"; a name of an -i word keeps its "i":
"Tuulia", which Voikko reads as the word's plural too; handed_names.given_case). With a verb
whose object is as often an idea (`idea_treated_verbs`: "kannustaa", "pilkata") only Voikko's
own given name's reading counts ("Satua", not "Intoa", "Uskoa"; review 71 #2). The verbs are
those whose partitive object is a person (or a body): no verb of a thing handled, sought,
feared or celebrated ("Hallaa pelättiin", "Voittoa juhlittiin"), and "pyytää" is left to
register_recipients.py, where the infinitive's own object tells a person asked from a thing
asked for ("Rauhaa pyydettiin säilyttämään"). Not a place (a town is congratulated and
thanked too: "Sallaa onniteltiin"), a listed tool or body, a time, or a person noun (a role
is no name). Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, clause_after, opens_or_follows_conjunction
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.handed_names import (
    given_case,
    handed_lexicon,
    owed_heads,
    own_given_case,
    passive_heads,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import time_noun
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool

#: Voikko's partitive.
_PARTITIVE = "osanto"


def mark_treated_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark the given names in the partitive that a person's act is done to (the module
    docstring)."""
    lexicon = handed_lexicon()
    ideas = lexicon["idea_treated_verbs"]
    verbs = lexicon["treated_verbs"] - ideas
    municipalities = load_gazetteer().municipalities
    for i, word in enumerate(words[:-1]):
        if names[i]:
            continue
        capital = word.text[:1].isupper() and word.text[1:].islower()
        if not (capital or word.text.islower()) or not opens_or_follows_conjunction(
            text, words, i, voikko
        ):
            continue
        if "paikannimi" in word.classes or listed_tool(word.text, voikko):
            continue
        readings = voikko.analyze(word.text.casefold())
        if time_noun(readings) or person_noun(word.text, voikko):
            continue
        if {a.get("BASEFORM", "").casefold() for a in readings} & municipalities:
            continue
        if not given_case(word.text, voikko, _PARTITIVE, plural_too=True):
            continue
        clause = clause_after(text, words, i)
        if _treated(clause, voikko, verbs) or (
            own_given_case(word.text, voikko, _PARTITIVE) and _treated(clause, voikko, ideas)
        ):
            names[i] = True


def _treated(clause: Sequence[Word], voikko: Analyses, verbs: frozenset[str]) -> bool:
    """A passive or a necessive of a verb of `verbs` heading the clause."""
    return passive_heads(clause, voikko, verbs) or owed_heads(clause, voikko, verbs)
