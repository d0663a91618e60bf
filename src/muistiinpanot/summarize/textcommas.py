"""Commas before a subordinate clause read from the words, where the parse does not show the
clause and commas.clause_commas therefore finds none ("kukaan ei katso syökö isä ne", where the
parse reads "syökö" as a noun). These clauses open with a word that says so in Finnish
grammar:

- an indirect question opens with the word carrying the question clitic -ko/-kö (Voikko's
  KYSYMYSLIITE), a finite verb or another word: mid-sentence, after a word, it takes a comma
  ("…, syökö isä ne", "ei ole tietoa, montako …"), read in questioncommas.py;
- a subordinating conjunction (a closed class, lexicons/commas.toml) mid-sentence takes one
  when a finite verb follows it in its clause ("…, koska bussi ei kulje");
- an indirect question opens with a question word (lexicons/commas.toml) right after a verb
  or a participle when it opens a clause of its own: it stands alone ("…, ei kertonut,
  miksi") or a finite verb or bare infinitive follows ("eivät tiedä, mitä palveluja on");
  not in a phrase with no verb ("oli mitä parhain", "nousi kuinka paljon tahansa"), nor in
  "mitä tahansa", "kuinka ollakaan" or "kävi miten kävi" (questioncommas.py);
- a relative clause opens with an inflected form of the relative pronoun "joka" ("jossa",
  "jota", "joiden", "jotka" …; Voikko's analysis) right after the noun or other nominal it
  qualifies, and takes a comma when a finite verb follows in its clause ("tarvitaan tila,
  jossa voi olla"). The nominative singular "joka" is also the determiner "every" ("joka
  päivä") and is left to the parse.

No comma after a conjunction ("ja onko", "että jos"), nor where the word before the clause
may belong to it or bind it (an adverb: "heti kun", "vasta kun", "niin että"; an adposition:
"ilman että"; a comparative: "isompi kun"), which the parse decides (commas.clause_commas);
nor before "kun" that is the spoken "kuin" of "sama … kuin" ("sama juttu kun viime vuonna"),
a "vaikka" whose next finite verb is a relative clause's ("kokeilla vaikka kerhoa joka
toimii": "for example"), or the verb that asks a direct question after a fronted adverbial
("Kerhossa onko tilaa?").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from muistiinpanot.summarize.commawords import (
    FINITE_MOODS,
    VERB_CLASSES,
    comma_words,
    next_finite,
    subordinators,
)
from muistiinpanot.summarize.negation import negation_verb
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.questioncommas import (
    direct_question,
    indirect_question,
    question_word,
)

_WORD = re.compile(r"[^\W\d_]+")
#: Voikko's NEGATIVE values of a verb form that may be a negation verb's connegative.
_CONNEGATIVE = frozenset({"true", "both"})
#: Voikko's word classes of a word that may bind the clause after it (see the module doc).
_BINDING = frozenset({"sidesana", "seikkasana", "suhdesana"})
#: Voikko's classes of a nominal that a relative clause may qualify.
_NOMINALS = frozenset(
    {"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "lukusana", "paikannimi"}
)


def add_clause_commas(text: str, speller: Speller) -> str:
    """`text` (one sentence) with the commas of the module doc added."""
    positions = missing_clause_commas(text, speller)
    for position in reversed(positions):
        text = text[:position] + "," + text[position:]
    return text


def missing_clause_commas(text: str, speller: Speller) -> list[int]:
    """Where in `text` a comma belongs and is missing: offsets right after the word before
    the clause's first word."""
    matches = list(_WORD.finditer(text))
    found = []
    for index in range(1, len(matches)):
        word, previous = matches[index], matches[index - 1]
        if text[previous.end() : word.start()] != " ":
            continue  # a comma, a parenthesis or a dash is there already
        if _binding(previous.group(0), speller):
            continue
        if question_word(word.group(0), speller):
            if not direct_question(text, matches, index, speller):
                found.append(previous.end())
        elif indirect_question(text, matches, index, speller):
            found.append(previous.end())
        elif _clause_start(text, matches, index, speller):
            if _subordinate(text, matches, index, speller):
                found.append(previous.end())
                continue
            known, closing = _relative_end(text, matches, index, speller)
            if known:
                found.append(previous.end())
                found.extend([] if closing is None else [closing])
    return found


def _clause_start(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether a subordinate clause (a conjunction's, not a comparison's) or a relative clause
    with a finite verb opens at `index`."""
    if _subordinate(text, matches, index, speller):
        return not _comparison(text, matches, index, speller)
    return _relative(matches, index, speller) and _finite_after(text, matches, index, speller)


def _relative(matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the word at `index` is an inflected relative pronoun (every Voikko reading of
    it one of the base forms in lexicons/commas.toml `relative_commas`, and not the
    nominative singular) right after a word Voikko reads only as a nominal."""
    word = matches[index].group(0).lower()
    analyses = speller.analyze(word)
    bases = comma_words("relative_commas")
    if not analyses or not all(a.get("BASEFORM") in bases for a in analyses):
        return False
    if any(a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") != "plural" for a in analyses):
        return False  # "joka päivä": the determiner "every"
    before = speller.analyze(matches[index - 1].group(0).lower())
    return bool(before) and all(a.get("CLASS") in _NOMINALS for a in before)


def _finite_after(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether a word Voikko reads as a finite verb follows `index` before punctuation (also
    one read as a participle too: "voivat", "asuvat" are either)."""
    return next_finite(text, matches, index, speller) is not None


def _relative_end(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> tuple[bool, int | None]:
    """Where the relative clause opening at `index` ends: (whether the words show it, the
    offset of the comma that closes it or None). A relative clause inside the main clause
    takes a comma on both sides ("Nuoret, jotka asuvat kaukana, eivät pääse"): it closes
    before the next word read only as a finite verb after the clause's own, the main clause's
    verb. One that runs to punctuation needs no closing comma. A conjunction, another relative
    pronoun or a word read as a finite verb and as a nominal (a participle: "toivovat") after
    the clause's own verb leaves its end unknown, and then neither comma is added: the parse
    decides. A word read as a finite verb and as an infinitive ("tavata") is taken for the
    infinitive of the clause's verb chain ("jossa nuoret voivat tavata"); after a negation
    verb, the first word Voikko reads as a connegative is its verb ("jota vanhus ei saa
    auki"), never the main clause's."""
    own = next_finite(text, matches, index, speller)
    if own is None:
        return False, None
    negated = negation_verb(matches[own].group(0), speller)
    for position in range(own + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return True, None  # punctuation ends the clause
        word = matches[position].group(0).lower()
        analyses = speller.analyze(word)
        if negated and any(a.get("NEGATIVE") in _CONNEGATIVE for a in analyses):
            negated = False  # "jota vanhus ei saa auki": the negation verb's connegative
            continue
        finite = [
            a.get("CLASS") in VERB_CLASSES and a.get("MOOD") in FINITE_MOODS for a in analyses
        ]
        if analyses and all(finite):
            return True, matches[position - 1].end()
        if analyses and all(a.get("CLASS") in VERB_CLASSES for a in analyses) and not all(finite):
            continue  # also an infinitive ("voivat tavata"): the clause's verb chain
        if any(finite) or word in subordinators() or _joining(analyses):
            return False, None
    return True, None


def _joining(analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether a word is a conjunction or a relative pronoun (by any of its readings)."""
    return any(
        a.get("CLASS") == "sidesana" or a.get("BASEFORM") in comma_words("relative_pronouns")
        for a in analyses
    )


def _comparison(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the "kun" at `index` is the spoken "kuin" of a comparison: a word whose
    comparison takes "kuin" (lexicons/commas.toml) stands in the noun phrase just before it,
    with no punctuation or word read only as a verb between ("Sama juttu kun viime vuonna oli")."""
    if matches[index].group(0).lower() != "kun":
        return False
    bases = comma_words("comparison_bases")
    for position in range(index - 1, max(index - 4, -1), -1):
        if text[matches[position].end() : matches[position + 1].start()] != " ":
            return False
        analyses = speller.analyze(matches[position].group(0).lower())
        if any(a.get("BASEFORM") in bases for a in analyses):
            return True
        if analyses and all(a.get("CLASS") in VERB_CLASSES for a in analyses):
            return False  # "muut lähtivät kun …": a clause of its own before "kun"
    return False


def _subordinate(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the word at `index` is a subordinating conjunction with a finite verb after it
    in its clause (before the next punctuation or relative pronoun, whose clause the verb after
    it belongs to): a word Voikko reads only as a finite verb."""
    if matches[index].group(0).lower() not in subordinators():
        return False
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return False  # the clause ends at punctuation
        analyses = speller.analyze(matches[position].group(0).lower())
        if any(a.get("BASEFORM") in comma_words("relative_pronouns") for a in analyses):
            return False  # "vaikka kerhoa joka toimii": the verb is the relative clause's
        if analyses and all(
            a.get("CLASS") in VERB_CLASSES and a.get("MOOD") in FINITE_MOODS for a in analyses
        ):
            return True
    return False


def _binding(word: str, speller: Speller) -> bool:
    lower = word.lower()
    if lower in subordinators():
        return True  # "että jos …": the comma closing the inner clause is the parse's
    analyses = speller.analyze(lower)
    return any(a.get("CLASS") in _BINDING or a.get("COMPARISON") == "comparative" for a in analyses)
