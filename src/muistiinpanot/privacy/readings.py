"""What one word is to Voikko, as several rules read it: whether its base form or its
compound's last part is one of a class of base forms (`part_of`: "koti+kissa" is a cat,
"koulu+kuraattori" no "ori"; muistiinpanot/wordparts.py, which the summary reads too),
whether it is in the genitive (`genitive`), the verb of a past passive participle
(`passive_participle_verb`) or of either past participle (`past_participle_verb`), and
whether it is a noun of time (`time_noun`), whether the words after a verb of telling
tell a person, not a thing (`person_told`), and whether a word is a form of one of a set of
verbs, or of such a verb's participle (`verb_form`); a common noun of a class of heads
(`noun_of`), a form of "hän" (`person_pronoun`) and a verb's reading in the third person or
a past active participle (`third_or_participle`), a finite passive of a set of verbs
(`finite_passive`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.lexicons import time_units
from muistiinpanot.privacy.gazetteer import gazetteer_classes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.wordparts import compound_of as compound_of
from muistiinpanot.wordparts import compound_tails as compound_tails
from muistiinpanot.wordparts import part_of as part_of

#: Voikko's moods of a finite verb ("jäi", "jäisi", "jää!", "jäänee"; not an infinitive or a
#: participle).
FINITE_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})
#: Voikko's class of an adverb ("vielä", "taas", "eilen").
ADVERB = "seikkasana"
#: Voikko's class of a conjunction ("ja", "mutta", "että", "koska"): one opens a new clause.
CONJUNCTION = "sidesana"

#: The verb of a participle in Voikko's WORDBASES ("+kerro(kertoa)+t+tu(+tu)" → kertoa).
_VERB_BASE = re.compile(r"^\+\w+\((\w+)\)")


def has_class(word: str, voikko: Analyses, cls: str) -> bool:
    """Whether Voikko reads the case-folded `word` as of class `cls` ("sidesana", "seikkasana")
    in any of its readings (owed_names.py, handed_names.py, lower_adverb)."""
    return any(a.get("CLASS") == cls for a in voikko.analyze(word.casefold()))


def lower_adverb(word: str, voikko: Analyses) -> bool:
    """A lower-case word Voikko reads as an adverb ("vielä", "enää", "koskaan"): one that
    may stand inside a verb chain ("ei ole vielä kerrottu", "on jo soittanut")."""
    return word.islower() and has_class(word, voikko, ADVERB)


def spoken_readings(word: str, voikko: Analyses) -> Sequence[dict[str, str]]:
    """Voikko's readings of `word` case-folded; of a clipped conditional ("pitäis") its
    written form's ("pitäisi")."""
    folded = word.casefold()
    readings = voikko.analyze(folded)
    if not readings and folded.endswith("is"):
        readings = voikko.analyze(folded + "i")
    return readings


def passive_participle_verb(analysis: Mapping[str, str]) -> str:
    """The verb of a past passive participle ("kerrottu" → "kertoa", "luvattu" → "luvata"),
    the verb of the negated and the perfect passive ("ei kerrottu", "on ilmoitettu"), which
    Voikko reads as an adjective; "" for any other reading."""
    if analysis.get("PARTICIPLE") != "past_passive":
        return ""
    match = _VERB_BASE.search(analysis.get("WORDBASES", ""))
    return match.group(1).casefold() if match else ""


def past_participle_verb(analysis: Mapping[str, str]) -> str:
    """The verb of a past participle, active or passive ("näkynyt" → "näkyä", "kerrottu" →
    "kertoa"): the verb of the negated past ("ei näkynyt", "ei löytynyt"), which Voikko
    reads as an adjective; "" for any other reading."""
    if analysis.get("PARTICIPLE") not in ("past_active", "past_passive"):
        return ""
    match = _VERB_BASE.search(analysis.get("WORDBASES", ""))
    return match.group(1).casefold() if match else ""


def verb_form(
    word: str,
    voikko: Analyses,
    verbs: frozenset[str],
    *,
    participle: Callable[[Mapping[str, str]], str] | None = None,
) -> bool:
    """Whether Voikko reads `word` (case-folded) as a form of a verb of `verbs` (base forms),
    or, with `participle` (`passive_participle_verb`, `past_participle_verb`), as such a
    verb's participle ("ei kerrottu", "ei näkynyt")."""
    return any(
        (a.get("CLASS") == "teonsana" and a.get("BASEFORM", "").casefold() in verbs)
        or (participle is not None and participle(a) in verbs)
        for a in voikko.analyze(word.casefold())
    )


def finite_passive(word: str, voikko: Analyses, verbs: frozenset[str]) -> bool:
    """Whether Voikko reads `word` as a finite passive of a verb of `verbs`, in any mood,
    negated too ("maksettiin", "makseta", "maksettaisiin")."""
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") == "4"
        and a.get("BASEFORM", "").casefold() in verbs
        for a in voikko.analyze(word.casefold())
    )


def a_infinitive(word: str, voikko: Analyses, verbs: frozenset[str]) -> bool:
    """Whether Voikko reads `word` as the A-infinitive of a verb of `verbs` ("maksaa",
    "kiittää")."""
    return any(
        a.get("MOOD") == "A-infinitive" and a.get("BASEFORM", "").casefold() in verbs
        for a in voikko.analyze(word.casefold())
    )


def time_noun(analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether a common-noun reading is of the closed class of times (lexicons/time.toml
    `units`: "illalle" → ilta, "aamulle" → aamu, "syksylle" → syksy): when, never whom
    something is told (review 23, finding 4)."""
    return any(
        a.get("CLASS") == "nimisana" and a.get("BASEFORM", "").casefold() in time_units()
        for a in analyses
    )


def genitive(word: str, voikko: Analyses, *, unknown: bool = False) -> bool:
    """Whether a reading of the word, as written, is in the genitive ("Virtasen", "koiran");
    `unknown`: also a word Voikko does not know that ends as a genitive does ("Wihurin")."""
    analyses = voikko.analyze(word)
    if unknown and not analyses:
        return word.endswith("n")
    return any(a.get("SIJAMUOTO") == "omanto" for a in analyses)


def listed_name(word: str, voikko: Analyses, *, finnish: bool = False) -> bool:
    """Whether the word, or a base form Voikko gives it as written or capitalised, is a name
    of the gazetteer ("Harjun" → "Harju"; `finnish`: of its Finnish names, "Virtasen" and not
    "Parkinsonin"); not a word Voikko alone lists as a surname ("Posti", "Asukas")."""
    forms = dict.fromkeys((word, word.capitalize()))
    bases = [a.get("BASEFORM", "") for form in forms for a in voikko.analyze(form)]
    return bool(gazetteer_classes([b for b in (*bases, word) if b], finnish=finnish))


def person_told(following: Sequence[str], voikko: Analyses) -> bool:
    """Whether, in the words after a participle of telling, a form of "hän" stands ("Aamulle
    on kerrottu, että hän saa paikan") and the first is no noun in the nominative or
    partitive, a thing told for a time ("Illalle on ilmoitettu myrskyvaroitus, joten hän …"):
    a time's word is then the person told (review 24, finding 7)."""
    if not following:
        return False
    thing = any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in ("nimento", "osanto")
        for a in voikko.analyze(following[0].lower())
    )
    return not thing and any(
        a.get("CLASS") == "asemosana" and a.get("BASEFORM") == "hän"
        for word in following
        for a in voikko.analyze(word.lower())
    )


def noun_of(word: str, voikko: Analyses, heads: Sequence[str]) -> bool:
    """Whether a reading of the word is a common noun whose base is (or ends in) a head."""
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, heads) for a in voikko.analyze(word.casefold())
    )


def person_pronoun(word: str, voikko: Analyses) -> bool:
    """A form of "hän", the pronoun of a person ("hän", "hänellä", "häneltä")."""
    return any(
        a.get("CLASS") == "asemosana" and a.get("BASEFORM") == "hän"
        for a in voikko.analyze(word.casefold())
    )


def third_or_participle(analysis: Mapping[str, str]) -> bool:
    """A verb's reading in the third person, active, or a past active participle."""
    if analysis.get("PARTICIPLE") == "past_active":
        return True
    return analysis.get("CLASS") == "teonsana" and analysis.get("PERSON") == "3"
