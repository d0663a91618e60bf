"""Subject–verb agreement, spoken → written: "ihmiset tuntee" → "ihmiset tuntevat",
"kokeilut ei tiedä" → "kokeilut eivät tiedä", "rahat on" → "rahat ovat", and coordinated
subjects: "kaupunkiympäristö ja sivistys elää" → "kaupunkiympäristö ja sivistys elävät".

Only a verb directly after a plural nominative (a noun, adjective or "ne"/"jotka"; not "me" or
"te", whose spoken verb is fixed elsewhere; a parenthesis may stand between them) or after two
nominative nominals joined by "ja" (each possibly with nominative modifiers: "hyvä johtaminen
ja avoin keskustelu") is changed (a form that can also be the A-infinitive, a noun or, after a
subject not preceded by a negation, an imperative counts as a verb there: "tutkijat voi
hyvin" → "tutkijat voivat hyvin"), and only to a form that
Voikko confirms as the third person plural of the same verb in the same mood and tense.
A verb Voikko says takes an A-infinitive, with one after it, is left to the parse: the plural
nominative may be the object in the zero person ("tunnusluvut voisi julkaista netissä") as
well as the subject ("tutkijat voi hyödyntää dataa"; compose._agreeing), and so is a verb
that needs an object ("nuoret sai mukaan": the spoken passive's object; objectfirst.py).
Necessive verbs (pitää, täytyä …) are left alone: their plural nominative is the object
("asukkaat pitäisi ottaa mukaan"); so are "on" and "oli" before a passive participle (the
passive perfect "luvut on laskettu" and pluperfect "luvut oli laskettu" are standard), and
"ei" before any participle. A verb that a negation
governs in its clause is its connegative and stays (negation.negated_clause), and so does a
verb after a singular nominative question word, its subject ("Kuka ne hakee?"). The plural
forms themselves come from verbforms.py, the subjects' readings from agreement_subjects.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from muistiinpanot.summarize.agreement_subjects import (
    adjectives_noun,
    coordinated_subject,
    negated_plural,
    plural_subject,
    question_word_before,
    subject_before,
)
from muistiinpanot.summarize.negation import (
    fused_negation,
    negated_clause,
    negation_verb,
    plural_negation,
)
from muistiinpanot.summarize.objectfirst import object_verb
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.standingalone import readings_stand_alone
from muistiinpanot.summarize.verbforms import plural_participle, plural_verb, with_case

_WORDS = re.compile(r"[^\W\d_]+")
#: Voikko's adverbial cases: the manner adverb in -sti and the instructive.
_ADVERBIAL_CASES = frozenset({"kerrontosti", "keinonto"})
#: Voikko's word classes of adjectives.
_ADJECTIVES = frozenset({"laatusana", "nimisana_laatusana"})


def fix_agreement(text: str, speller: Speller) -> str:
    """`text` with singular verbs after plural subjects made plural (see the module doc)."""
    matches = list(_WORDS.finditer(text))
    parts = []
    position = 0
    for index in range(len(matches)):
        verb = matches[index]
        if verb.start() < position:
            continue  # already rewritten with the verb before it
        negation = plural_negation(verb.group(0), speller)
        if negation and index + 2 < len(matches) and negated_plural(text, matches, index, speller):
            parts += [text[position : verb.start()], negation]
            position = verb.end()
            continue
        if negation and fused_negation(verb.group(0), speller):
            continue  # "tiukat ettei kukaan …": its subject comes after it, if anywhere
        if index == 0:
            continue
        before = subject_before(text, matches, index)
        if before is None:
            continue
        subject = matches[before]
        if before > 0 and negation_verb(matches[before - 1].group(0), speller):
            continue  # "eivät ne jää": the verb is the connegative
        if negated_clause(text, matches, index, speller):
            continue  # "eikä kunnan ja alueen valmistelut kohtaa": also after a longer subject
        if question_word_before(text, matches, before, speller):
            continue  # "Kuka ne hakee?": the question word is the subject, "ne" its object
        if adjectives_noun(subject.group(0), verb.group(0), speller):
            continue  # "tekninen toimi ei puhu": the adjective's noun, no verb (review 46 #4)
        if not plural_subject(subject.group(0), speller) and not coordinated_subject(
            text, matches[: before + 1], speller
        ):
            continue
        if object_verb(text, matches, index, speller) and not coordinated_subject(
            text, matches[: before + 1], speller
        ):
            continue  # "nuoret sai mukaan": an object or a subject, the parse tells (concord)
        if _nominative_next(text, matches, index, speller):
            continue  # "opastukset myy matkailuneuvonta": OVS, the noun after is the subject
        after = matches[index + 1].group(0) if index + 1 < len(matches) else ""
        auxiliary = _PERFECT_AUXILIARIES.get(verb.group(0).lower())
        found = _active_participles(text, matches, index, speller) if auxiliary else []
        if auxiliary and found:
            # "jotka ei ollut" → "jotka eivät olleet", "asiat on mennyt" → "asiat ovat menneet",
            # "terapeutit oli jo kokeillut" → "… olivat jo kokeilleet": the participle agrees too
            parts += [text[position : verb.start()], with_case(auxiliary, verb.group(0))]
            position = verb.end()
            for at, participle in found:
                parts += [text[position : matches[at].start()], participle]
                position = matches[at].end()
            continue
        if verb.group(0).lower() in ("on", "oli", "ei"):
            # "hinnat on jo laskettu", "vuorot ei ole vielä sovitettu", "kynnykset oli
            # poistettu": the passive perfect and pluperfect
            after = _perfect_participle(text, matches, index, speller) or after
        plural = plural_verb(verb.group(0), after, speller)
        if plural is None:
            continue
        parts += [text[position : verb.start()], plural]
        position = verb.end()
    parts.append(text[position:])
    return "".join(parts)


def _nominative_next(
    text: str, matches: Sequence[re.Match[str]], index: int, speller: Speller
) -> bool:
    """Whether a noun phrase after the verb at `index` (no punctuation between), every Voikko
    reading of each word of which is a singular nominative nominal (a noun, a pronoun, a
    numeral, a name, or an adjective before its head: "toinen", "joku muu", "toinen
    yhdistys", "matkailuneuvonta"), ends the clause, and the verb is no form of "olla": an
    active finite clause's singular object is no nominative, so the phrase is the subject
    and the plural before the verb its object ("opastukset myy matkailuneuvonta", review 72
    #4; "vuorot jakaa toinen", review 80 #1). A relative or question pronoun starts no such
    phrase."""
    if index + 1 >= len(matches) or text[matches[index].end() : matches[index + 1].start()] != " ":
        return False
    verb = speller.analyze(matches[index].group(0).lower())
    if not verb or any(a.get("BASEFORM") in ("olla", "ei") for a in verb):
        return False
    last = index + 1
    while last < len(matches) and _singular_nominative(matches[last].group(0), speller):
        if last + 1 >= len(matches) or text[matches[last].end() : matches[last + 1].start()] != " ":
            break
        after = speller.analyze(matches[last + 1].group(0).lower())
        if _clause_boundary(matches[last + 1].group(0), after):
            break
        last += 1
    else:
        return False
    if last >= len(matches) or not _singular_nominative(matches[last].group(0), speller):
        return False  # "tekee kaikki omia …": no subject after, words go on
    head = speller.analyze(matches[last].group(0).lower())
    if not all(a.get("CLASS") in _PHRASE_HEADS for a in head):
        return False
    # a spoken object may be nominative too ("haluaa oma tila", "kaipaa yksi yhteinen
    # paikka", "tekee tämä", review 83 #1): only a noun alone, or a pronoun or ordinal
    # alone or before its head, is read as the subject
    before = [speller.analyze(m.group(0).lower()) for m in matches[index + 1 : last]]
    noun = all(a.get("CLASS") not in ("asemosana", "lukusana") for a in head)
    return all(readings_stand_alone(r) for r in before) and (
        readings_stand_alone(head) or (noun and not any(a.get("POSSESSIVE") for a in head))
    )


#: Voikko's word classes that head a noun phrase (an adjective only qualifies one).
_PHRASE_HEADS = frozenset(
    {"nimisana", "asemosana", "lukusana", "etunimi", "sukunimi", "paikannimi", "nimi"}
)
#: Base forms of the relative and question pronouns (a closed class of Finnish grammar).
_RELATIVES = frozenset({"joka", "mikä", "kuka", "kumpi", "jotka", "mitkä"})


def _singular_nominative(word: str, speller: Speller) -> bool:
    readings = speller.analyze(word.lower())
    return bool(readings) and all(
        a.get("CLASS") in (*_PHRASE_HEADS, *_ADJECTIVES)
        and a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER") == "singular"
        and a.get("BASEFORM") not in _RELATIVES
        for a in readings
    )


def _clause_boundary(word: str, readings: Sequence[Mapping[str, str]]) -> bool:
    """Whether `word` opens a new clause or conjunct: a conjunction or a relative pronoun."""
    return word.lower() in _RELATIVES or any(
        a.get("CLASS") == "sidesana" or "PronType=Rel" in a.get("FSTOUTPUT", "") for a in readings
    )


#: The auxiliary of a perfect or pluperfect (and the negation verb) → its third person plural.
_PERFECT_AUXILIARIES = {"ei": "eivät", "on": "ovat", "oli": "olivat"}


def _active_participles(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> list[tuple[int, str]]:
    """The positions and plurals of the singular past active participles of the verb chain
    after the auxiliary at `index` ("oli jo kokeillut" → "kokeilleet"; "ei ollut puhunut" →
    "olleet puhuneet"): the first word after it (only spaces between) that is not an adverb
    or a word standing as one (_adverbial),
    past the connegative "ole" after "ei", and after "ollut" the next such word too."""
    found: list[tuple[int, str]] = []
    negation = matches[index].group(0).lower() == "ei"
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()] != " ":
            break
        word = matches[position].group(0).lower()
        adverb = _adverbial(speller.analyze(word))
        if adverb or (negation and word == "ole" and position == index + 1):
            continue
        participle = plural_participle(matches[position].group(0), speller)
        if participle is None:
            break
        found.append((position, participle))
        if word != "ollut":
            break
    return found


def _adverbial(analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether Voikko reads a word as an adverb or a word standing as one: "vihdoin" (also a
    noun), the manner adverbs in -sti ("oikeasti") and the instructive, an adverbial case
    ("usein", which Voikko reads as "usea", not as an adverb), and an adjective in the
    illative ("pitkään", "turhaan": "on jo pitkään toivonut")."""
    return any(
        a.get("CLASS") == "seikkasana"
        or a.get("SIJAMUOTO") in _ADVERBIAL_CASES
        or (a.get("CLASS") in _ADJECTIVES and a.get("SIJAMUOTO") == "sisatulento")
        for a in analyses
    )


def _perfect_participle(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> str:
    """The word of the verb chain after "on", "oli" or "ei" at `index` that shows whether the
    chain is a passive perfect or pluperfect: the first word after it (only spaces between)
    that is not an adverb, past the connegative "ole" after "ei", when it is a past passive
    participle ("on jo laskettu", "oli poistettu", "ei ole vielä sovitettu"); "" otherwise."""
    position = index + 1
    negation = matches[index].group(0).lower() == "ei"
    while position < len(matches):
        if text[matches[position - 1].end() : matches[position].start()] != " ":
            return ""
        word = matches[position].group(0).lower()
        analyses = speller.analyze(word)
        adverb = _adverbial(analyses)
        if not adverb and not (negation and word == "ole"):
            # the perfect's participle is singular nominative ("laskettu"); a plural one is a
            # predicative adjective of a plural subject ("ovat ylikuormitettuja")
            passive = all(
                a.get("PARTICIPLE") == "past_passive"
                and a.get("NUMBER") == "singular"
                and a.get("SIJAMUOTO") == "nimento"
                for a in analyses
            )
            return word if analyses and passive else ""
        position += 1
    return ""
