"""The negation verb and the clause it governs, read with Voikko from the text alone
(agreement.fix_agreement): a verb after a negation in its clause is the connegative and keeps
its form ("eikä kunnan ja järjestöjen työntekijät tapaa toisiaan"), but a negation in an
earlier clause does not govern it ("Ei ole rahaa ja ihmiset lähtee" → "lähtevät").

Between the negation and the verb a clause ends at a comma or a full stop, at the opening of
a parenthesis the verb stands in, at another verb (the negation's own connegative, an
infinitive: "ei ole", "ei voi tietää") and at a conjunction (Voikko's "sidesana") unless it
joins two nominals in the same case inside one noun phrase ("kunnan ja järjestöjen",
"nuoret ja vanhukset"): a coordinator after a nominal in another case ("rahaa ja ihmiset")
or after a verb begins a clause of its own, and so does every subordinator ("aamuisin joten
opiskelijat"). Voikko gives coordinators and subordinators one class, so the coordinators
that may join phrases are named: the closed class of Finnish coordinating conjunctions, less
"joten" and "sillä", which join clauses only, plus the comparative "kuin" ("muu kuin
nuoret").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from muistiinpanot.summarize.commawords import FINITE_MOODS, NOMINAL_CLASSES
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.texts import only_verb

__all__ = [
    "NEGATIONS",
    "conjunction",
    "negated_clause",
    "fused_negation",
    "negation_verb",
    "plural_negation",
    "spoken_connegative",
]

#: The negation verb (with its conjunction or clitic) before a plural subject: "ettei ne jää"
#: → "etteivät ne jää", "ei ihmiset tiedä" → "eivät ihmiset tiedä".
NEGATIONS = {"ei": "eivät", "ettei": "etteivät", "eikä": "eivätkä", "jollei": "jolleivät"}

#: Word classes that may be the conjuncts of a coordinated noun phrase (numerals and names
#: too: "kuuden ja seitsemän vuoden", "Turun ja Tampereen").
_CONJUNCTS = frozenset(
    {
        "nimisana",
        "laatusana",
        "nimisana_laatusana",
        "asemosana",
        "lukusana",
        "sukunimi",
        "etunimi",
        "paikannimi",
        "nimi",
    }
)


#: Conjunctions that may join two phrases as well as two clauses (see the module doc).
_PHRASE_COORDINATORS = frozenset({"ja", "sekä", "tai", "vai", "eli", "mutta", "vaan", "kuin"})


def negation_verb(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` only as the negation verb ("ei", "eikä", "ettei")."""
    analyses = speller.analyze(word.lower())
    return bool(analyses) and all(a.get("CLASS") == "kieltosana" for a in analyses)


def fused_negation(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` only as a negation verb fused with the conjunction or
    question word before it ("ettei", "jollei", "miksei": a base form other than "ei"). It
    opens a clause of its own: its subject is never a word before it ("kriteerit ovat niin
    tiukat ettei kukaan täytä niitä")."""
    readings = speller.analyze(word.lower())
    return bool(readings) and all(
        a.get("CLASS") == "kieltosana" and a.get("BASEFORM") not in (None, "ei") for a in readings
    )


def plural_negation(word: str, speller: Speller) -> str | None:
    """The third person plural of the singular negation verb `word`, its conjunction and clitic
    kept ("ei" → "eivät", "eikä" → "eivätkä", "eihän" → "eiväthän", "eikö" → "eivätkö",
    "ettei" → "etteivät"): the stem from NEGATIONS, the clitic after it, the whole as Voikko
    confirms it (plural, same base form); None for any other word."""
    lower = word.lower()
    for singular in sorted(NEGATIONS, key=len, reverse=True):
        if not lower.startswith(singular):
            continue
        candidate = NEGATIONS[singular] + lower[len(singular) :]
        readings = speller.analyze(lower)
        bases = {a.get("BASEFORM") for a in readings if a.get("CLASS") == "kieltosana"}
        plurals = [
            a
            for a in speller.analyze(candidate)
            if a.get("CLASS") == "kieltosana"
            and a.get("NUMBER") == "plural"
            and a.get("BASEFORM") in bases
        ]
        if not plurals or not all(a.get("NUMBER") == "singular" for a in readings):
            return None
        return candidate[:1].upper() + candidate[1:] if word[:1].isupper() else candidate
    return None


def negated_clause(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether a negation verb governs the verb at `index`: it stands before it in the same
    clause, with no comma, no other verb and no conjunction between clauses in between (see
    the module doc), which makes the verb its connegative."""
    depth = 0  # parentheses closed minus opened between the word and the verb
    for before in range(index - 1, -1, -1):
        gap = text[matches[before].end() : matches[before + 1].start()]
        depth += gap.count(")") - gap.count("(")
        if depth < 0 or any(mark in gap for mark in ",.;:"):
            return False  # "ei toiminut (ovet jäi auki)": the verb's parenthesis opens after
        word = matches[before].group(0)
        if negation_verb(word, speller):
            return True
        if only_verb(word, speller):
            return False  # "ei tiedetä miksi nuoret lähtee": the negation's verb is another
        if conjunction(word, speller) and not _joins_nominals(matches, before, index, speller):
            return False  # "ei ole rahaa ja ihmiset lähtee": a clause of its own
    return False


def conjunction(word: str, speller: Speller) -> bool:
    """Whether a Voikko reading of `word` is a conjunction ("ja", "jos", "vai")."""
    return any(a.get("CLASS") == "sidesana" for a in speller.analyze(word.lower()))


def _joins_nominals(
    matches: list[re.Match[str]], position: int, index: int, speller: Speller
) -> bool:
    """Whether the conjunction at `position` is a coordinator between two nominals (every
    reading one) that share a case, the second before the verb at `index`: then it joins
    them into one noun phrase ("kunnan ja järjestöjen työntekijät") and ends no clause."""
    if matches[position].group(0).lower() not in _PHRASE_COORDINATORS:
        return False
    if position == 0 or position + 1 >= index:
        return False
    first = _cases(matches[position - 1].group(0), speller)
    second = _cases(matches[position + 1].group(0), speller)
    return bool(first and second and first & second)


def _cases(word: str, speller: Speller) -> frozenset[str]:
    """The cases Voikko reads `word` in when every reading is a nominal; empty otherwise."""
    analyses = speller.analyze(word.lower())
    if not analyses or any(a.get("CLASS") not in _CONJUNCTS for a in analyses):
        return frozenset()
    return frozenset(a.get("SIJAMUOTO", "") for a in analyses) - {""}


def spoken_connegative(
    text: str,
    matches: list[re.Match[str]],
    index: int,
    connegative: Mapping[str, str],
    speller: Speller,
) -> bool:
    """Whether the spoken word at `index` is the connegative of a negation verb before it in
    its clause (negated_clause: right before it, or with words that are no verb, comma or
    clause-joining conjunction between, "ei enää nää", "eikä kumpikaan haluu"): it is in
    `connegative` (tidy.toml's table) and the next word is neither a verb the negation could
    govern instead ("ei nää toimi", "ei nää oo") nor a nominative that the word, read as a
    pronoun or noun, goes with ("ei nää kokeilut auta", "ei kato ollut suuri")."""
    word = matches[index].group(0).lower()
    if word not in connegative or not index:
        return False
    before = matches[index - 1]
    if not text[before.end() : matches[index].start()].isspace():
        return False  # "Ei. Nää toimii", "ei, nää toimii"
    if not negated_clause(text, matches, index, speller):
        return False
    if index + 1 == len(matches):
        return True
    following = matches[index + 1]
    if not text[matches[index].end() : following.start()].isspace():
        return True  # "ei nää, kato": the clause ends at the comma
    next_word = following.group(0).lower()
    if next_word in connegative:
        return False
    readings = speller.analyze(next_word)
    for analysis in readings:
        if analysis.get("MOOD") in FINITE_MOODS and analysis.get("NEGATIVE") in ("true", "both"):
            return False
    # a nominal read only as a nominative after "ei nää" makes "nää" the pronoun ("ei nää
    # kokeilut auta"); one read as a partitive too is the negated clause's object ("ei enää
    # nää merta": the partitive of "meri", not the nominative "merta")
    cases = {a.get("SIJAMUOTO") for a in readings if a.get("CLASS") in NOMINAL_CLASSES}
    return cases != {"nimento"}
