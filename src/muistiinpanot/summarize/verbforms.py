"""Verb forms for agreement, as Voikko confirms them: a singular third person made plural
("tuntee" → "tuntevat", "ei" → "eivät", "on" → "ovat", not before a passive participle: "luvut
on laskettu" stays) and a singular past active participle made plural ("ollut" → "olleet").
Necessive verbs (pitää, täytyä …) are left alone, their plural nominative being the object
("asukkaat pitäisi ottaa mukaan"), and so is a verb that takes an A-infinitive with one after
it, whose plural nominative may be the infinitive's object in the zero person ("tunnusluvut
voisi julkaista netissä"). Used by agreement.fix_agreement (words in a row) and by the
parse-based passes (concord, compose, merge).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.summarize.protocols import Speller

_WORDS = re.compile(r"[^\W\d_]+")
#: Auxiliaries whose nominative may be the object of their infinitive (necessive and alike).
NECESSIVE_AUXILIARIES = frozenset({"pitää", "täytyä", "tarvita", "kannattaa", "kuulua", "tulla"})
BACK_VOWELS = frozenset("aou")


def plural_predicate(
    predicate: str, after: str, speller: Speller, *, necessive: bool = True
) -> str | None:
    """`predicate` (a finite verb and its auxiliaries, "pelottaa", "ei toimi") made to agree
    with a plural subject: unchanged when its first word is already third person plural, the
    first word's plural form otherwise; None when Voikko gives none (or a necessive verb,
    whose nominative is its object, unless `necessive` is False: the parse showed no
    infinitive under it, "Listat tulee myöhään"). `after` is the text that follows it."""
    words = predicate.split()
    if not words:
        return None
    analyses = speller.analyze(words[0].lower())
    if analyses and all(a.get("PERSON") == "3" and a.get("NUMBER") == "plural" for a in analyses):
        return predicate
    match = _WORDS.search(" ".join(words[1:]) or after)
    plural = plural_verb(words[0], match.group(0) if match else "", speller, necessive)
    return None if plural is None else " ".join([plural, *words[1:]])


def _infinitive_object(verb: list[dict[str, str]], after: Sequence[dict[str, str]]) -> bool:
    """Whether the verb takes an A-infinitive (Voikko's REQUIRE_FOLLOWING_VERB) and one
    follows: then a plural nominative before it may be the infinitive's object in the zero
    person ("tunnusluvut voisi julkaista netissä") as well as a subject ("tutkijat voi
    hyödyntää dataa"); the text cannot tell, the parse can (compose._agreeing)."""
    takes = any(a.get("REQUIRE_FOLLOWING_VERB") == "A-infinitive" for a in verb)
    infinitives = [a for a in after if a.get("MOOD") == "A-infinitive"]
    # "olla" has no object: "Kokousmuistiot voisi olla nähtävillä" is a subject's
    return takes and any(a.get("BASEFORM") != "olla" for a in infinitives)


def plural_verb(verb: str, after: str, speller: Speller, necessive: bool = True) -> str | None:
    lower = verb.lower()
    after_analyses = speller.analyze(after.lower()) if after else ()
    if lower in ("on", "oli"):
        # "luvut on laskettu", "luvut oli laskettu" stay: the passive perfect's (and
        # pluperfect's) participle is singular nominative; one in another case is an
        # attribute of what follows ("on lukitussa kaapissa")
        # nor does the necessive's "on" before a present passive participle: "asiat on
        # hoidettava" (review 87, mend187)
        passive = any(
            a.get("PARTICIPLE") in ("past_passive", "present_passive")
            and a.get("SIJAMUOTO") == "nimento"
            and a.get("NUMBER") == "singular"
            for a in after_analyses
        )
        return None if passive else with_case("ovat" if lower == "on" else "olivat", verb)
    analyses = [
        a
        for a in speller.analyze(lower)
        if a.get("CLASS") in ("teonsana", "kieltosana") and a.get("MOOD") != "A-infinitive"
    ]
    if any(_singular_third(a) for a in analyses):
        # after a subject, "voi" and "toimi" are not the imperative
        analyses = [a for a in analyses if a.get("MOOD") != "imperative"]
    if not analyses or not all(_singular_third(a) for a in analyses):
        return None
    if lower == "ei":
        participle = any("PARTICIPLE" in a for a in after_analyses)
        return None if participle or not after else with_case("eivät", verb)
    base = analyses[0]
    if necessive and base.get("BASEFORM") in NECESSIVE_AUXILIARIES:
        return None
    if necessive and _infinitive_object(analyses, after_analyses):
        return None
    suffix = "vat" if BACK_VOWELS & set(lower) else "vät"
    stems = [lower[:-1], lower] if len(lower) > 2 and lower[-1] == lower[-2] else [lower]
    for stem in stems:
        candidate = stem + suffix
        if any(_same_plural(a, base) for a in speller.analyze(candidate)):
            return with_case(candidate, verb)
    return None


def _singular_third(analysis: dict[str, str]) -> bool:
    return (
        analysis.get("CLASS") in ("teonsana", "kieltosana")
        and analysis.get("PERSON") == "3"
        and analysis.get("NUMBER") == "singular"
        and analysis.get("MOOD") in ("indicative", "conditional")
    )


def _same_plural(analysis: dict[str, str], singular: dict[str, str]) -> bool:
    return (
        analysis.get("PERSON") == "3"
        and analysis.get("NUMBER") == "plural"
        and analysis.get("BASEFORM") == singular.get("BASEFORM")
        and analysis.get("MOOD") == singular.get("MOOD")
        and analysis.get("TENSE") == singular.get("TENSE")
    )


def with_case(word: str, original: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def plural_participle(word: str, speller: Speller) -> str | None:
    """The nominative plural of a singular past active participle ("ollut" → "olleet",
    "tiennyt" → "tienneet"), as Voikko confirms it; None for any other word."""
    lower = word.lower()
    analyses = speller.analyze(lower)
    singular = [
        a
        for a in analyses
        if a.get("PARTICIPLE") == "past_active" and a.get("NUMBER") == "singular"
    ]
    # Voikko also reads "ollut", "mennyt" as passive participles: every reading a participle
    participles = all("PARTICIPLE" in a for a in analyses)
    if not singular or not participles or not lower.endswith(("ut", "yt")):
        return None
    candidate = lower[:-2] + "eet"
    for analysis in speller.analyze(candidate):
        same = analysis.get("BASEFORM") == singular[0].get("BASEFORM")
        if (
            same
            and analysis.get("PARTICIPLE") == "past_active"
            and analysis.get("NUMBER") == "plural"
        ):
            return with_case(candidate, word)
    return None


def passive_plan(
    text: str,
    speller: Speller,
    habitual: frozenset[str] = frozenset(),
    main: Sequence[str] = (),
) -> bool:
    """Whether the clause `text` states what is to be done in the present passive ("Maksu
    jaetaan kahteen erään", "Vuokrankorotus porrastetaan usealle vuodelle"): a word Voikko
    reads only as a present passive indicative, no negation, no adverb of frequency from
    `habitual` ("Asiat päätetään aina ylhäällä" tells what happens). A note writes a plan or a
    proposal so, and joined by "ja" to a finding it would read as decided (review 38 #10).
    Only the `main` clause's words are read when the parse gave them (Piece.main): a passive
    or a negation in a subordinate clause is not the clause's ("Maaperä pitää tutkia ennen
    kuin sinne rakennetaan mitään" is no plan in the passive; "Katto korjataan, jotta
    talvella ei tule vuotoja" is one, mend75)."""
    words = [word.lower() for word in (main or _WORDS.findall(text)) if _WORDS.fullmatch(word)]
    if any(word in ("ei", "eikä", "eivät") for word in words) or habitual & set(words):
        return False
    return any(
        (found := speller.analyze(word))
        and all(
            a.get("PERSON") == "4"
            and a.get("TENSE") == "present_simple"
            and a.get("MOOD") == "indicative"
            for a in found
        )
        for word in words
    )
