"""Commas before a subordinate clause read from the words, where the parse does not show the
clause and commas.clause_commas therefore finds none ("kukaan ei katso syökö isä ne", where the
parse reads "syökö" as a noun). These clauses open with a word that says so in Finnish
grammar:

- an indirect question opens with its finite verb carrying the question clitic -ko/-kö
  (Voikko's KYSYMYSLIITE): mid-sentence, after a word, it takes a comma ("…, syökö isä ne");
- a subordinating conjunction (a closed class, lexicons/commas.toml) mid-sentence takes one
  when a finite verb follows it in its clause ("…, koska bussi ei kulje");
- an indirect question opens with a question word (lexicons/commas.toml) right after a verb
  or a participle when it opens a clause of its own: it stands alone ("…, ei kertonut,
  miksi") or a finite verb or bare infinitive follows ("eivät tiedä, mitä palveluja on");
  not in a phrase with no verb ("oli mitä parhain", "nousi kuinka paljon tahansa"), nor in
  "mitä tahansa", "kuinka ollakaan" or "kävi miten kävi";
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

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources

from muistiinpanot.summarize.protocols import Speller

_WORD = re.compile(r"[^\W\d_]+")
_FINITE = frozenset({"indicative", "conditional", "imperative", "potential"})
_VERBS = frozenset({"teonsana", "kieltosana"})
#: Voikko's NEGATIVE values of a verb form that may be a negation verb's connegative.
_CONNEGATIVE = frozenset({"true", "both"})
#: Voikko's word classes of a word that may bind the clause after it (see the module doc).
_BINDING = frozenset({"sidesana", "seikkasana", "suhdesana"})
#: Voikko's classes of a nominal that a relative clause may qualify.
_NOMINALS = frozenset(
    {"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "lukusana", "paikannimi"}
)


@functools.cache
def _lexicon(table: str) -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("commas.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)[table]["words"])


def _subordinators() -> frozenset[str]:
    return _lexicon("subordinators")


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
        if _question(word.group(0), speller):
            if not _direct_question(text, matches, index, speller):
                found.append(previous.end())
        elif _indirect_question(text, matches, index, speller):
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
    bases = _lexicon("relative_commas")
    if not analyses or not all(a.get("BASEFORM") in bases for a in analyses):
        return False
    if any(a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") != "plural" for a in analyses):
        return False  # "joka päivä": the determiner "every"
    before = speller.analyze(matches[index - 1].group(0).lower())
    return bool(before) and all(a.get("CLASS") in _NOMINALS for a in before)


def _finite_after(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether a word Voikko reads as a finite verb follows `index` before punctuation (also
    one read as a participle too: "voivat", "asuvat" are either)."""
    return _next_finite(text, matches, index, speller) is not None


def _next_finite(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> int | None:
    """The position of the first word after `index` and before punctuation that Voikko reads
    as a finite verb (also as one), or None."""
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return None
        analyses = speller.analyze(matches[position].group(0).lower())
        if any(a.get("CLASS") in _VERBS and a.get("MOOD") in _FINITE for a in analyses):
            return position
    return None


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
    own = _next_finite(text, matches, index, speller)
    if own is None:
        return False, None
    negated = _negation(matches[own].group(0), speller)
    for position in range(own + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return True, None  # punctuation ends the clause
        word = matches[position].group(0).lower()
        analyses = speller.analyze(word)
        if negated and any(a.get("NEGATIVE") in _CONNEGATIVE for a in analyses):
            negated = False  # "jota vanhus ei saa auki": the negation verb's connegative
            continue
        finite = [a.get("CLASS") in _VERBS and a.get("MOOD") in _FINITE for a in analyses]
        if analyses and all(finite):
            return True, matches[position - 1].end()
        if analyses and all(a.get("CLASS") in _VERBS for a in analyses) and not all(finite):
            continue  # also an infinitive ("voivat tavata"): the clause's verb chain
        if any(finite) or word in _subordinators() or _joining(analyses):
            return False, None
    return True, None


def _negation(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` as the negation verb ("ei", "eivät") and as nothing else."""
    analyses = speller.analyze(word.lower())
    return bool(analyses) and all(a.get("CLASS") == "kieltosana" for a in analyses)


def _joining(analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether a word is a conjunction or a relative pronoun (by any of its readings)."""
    return any(
        a.get("CLASS") == "sidesana" or a.get("BASEFORM") in _lexicon("relative_pronouns")
        for a in analyses
    )


def _direct_question(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the question verb at `index` asks the sentence's own question: the sentence ends
    in "?" and no finite verb stands before it, so the words before are a fronted adverbial
    ("Kerhossa onko tilaa?"), not a main clause ("Kysyin kerhossa, onko tilaa")."""
    if not text.rstrip().endswith("?"):
        return False
    return not any(
        any(a.get("CLASS") in _VERBS and a.get("MOOD") in _FINITE for a in speller.analyze(w))
        for w in (m.group(0).lower() for m in matches[:index])
    )


def _comparison(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the "kun" at `index` is the spoken "kuin" of a comparison: a word whose
    comparison takes "kuin" (lexicons/commas.toml) stands in the noun phrase just before it,
    with no punctuation or word read only as a verb between ("Sama juttu kun viime vuonna oli")."""
    if matches[index].group(0).lower() != "kun":
        return False
    bases = _lexicon("comparison_bases")
    for position in range(index - 1, max(index - 4, -1), -1):
        if text[matches[position].end() : matches[position + 1].start()] != " ":
            return False
        analyses = speller.analyze(matches[position].group(0).lower())
        if any(a.get("BASEFORM") in bases for a in analyses):
            return True
        if analyses and all(a.get("CLASS") in _VERBS for a in analyses):
            return False  # "muut lähtivät kun …": a clause of its own before "kun"
    return False


def _question(word: str, speller: Speller) -> bool:
    """Whether `word` is a finite verb with the question clitic, read as nothing else."""
    analyses = speller.analyze(word.lower())
    return (
        bool(analyses)
        and all(a.get("CLASS") in _VERBS for a in analyses)
        and any(a.get("KYSYMYSLIITE") == "true" and a.get("MOOD") in _FINITE for a in analyses)
    )


def _indirect_question(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> bool:
    """Whether a question word (lexicons/commas.toml `question_words`, by Voikko's base form)
    at `index` opens an indirect question: right after a word Voikko reads only as a verb or
    a participle ("ei tiedä mitä", "ei kertonut miksi"), and opening a clause of its own
    (`_own_clause`); not an indefinite pronoun of the same base ("missään", "kumpikaan")."""
    word = matches[index].group(0).lower()
    analyses = speller.analyze(word)
    bases = {a.get("BASEFORM") for a in analyses}
    if not bases & _lexicon("question_words") or any(a.get("FOCUS") for a in analyses):
        return False  # "kumpikin", "mihinkään": an indefinite pronoun (the clitic -kin, -kaan)
    if word[-2:] in ("an", "än") and bases & {
        a.get("BASEFORM") for a in speller.analyze(word[:-2])
    }:
        return False  # "missään" = "missä" + the clitic, which Voikko does not mark
    before = speller.analyze(matches[index - 1].group(0).lower())
    if not before or not all(a.get("CLASS") in _VERBS or "PARTICIPLE" in a for a in before):
        return False
    return _own_clause(text, matches, index, speller)


def _own_clause(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the question word at `index` opens a clause the verb before it takes: it ends
    the clause alone ("ei kertonut, miksi"), or the first word after it read as a verb (before
    punctuation, a conjunction or a relative pronoun) is a finite verb or a bare infinitive
    ("eivät tiedä, mitä palveluja on"; "ei tiedä, mitä tehdä"). A question word in a phrase
    with no verb of its own is no clause ("Tilaisuus oli mitä parhain", "Kävijöitä oli kuinka
    paljon?"), nor one before an indefinite particle ("mitä tahansa", "kuinka paljon
    tahansa"), a superlative ("mitä erilaisimpia": "most …"), an infinitive with a clitic
    ("kuinka ollakaan") or the verb before it said again ("toimii miten toimii")."""
    verb = matches[index - 1].group(0).lower()
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return position == index + 1  # punctuation ends the clause
        word = matches[position].group(0).lower()
        analyses = speller.analyze(word)
        if word in _lexicon("indefinite_particles") or word in _subordinators():
            return False
        if position == index + 1 and any(a.get("COMPARISON") == "superlative" for a in analyses):
            return False
        if any(a.get("BASEFORM") in _lexicon("relative_pronouns") for a in analyses):
            return False  # "mitä erilaisimpia esityksiä jotka …": the verb is that clause's
        if any(a.get("MOOD") in _FINITE or _bare_infinitive(a) for a in analyses):
            return word != verb
        if analyses and all(a.get("CLASS") in _VERBS for a in analyses):
            return False  # "kuinka ollakaan"
    return index + 1 == len(matches)


def _bare_infinitive(analysis: Mapping[str, str]) -> bool:
    return analysis.get("MOOD") == "A-infinitive" and not analysis.get("FOCUS")


def _subordinate(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the word at `index` is a subordinating conjunction with a finite verb after it
    in its clause (before the next punctuation or relative pronoun, whose clause the verb after
    it belongs to): a word Voikko reads only as a finite verb."""
    if matches[index].group(0).lower() not in _subordinators():
        return False
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return False  # the clause ends at punctuation
        analyses = speller.analyze(matches[position].group(0).lower())
        if any(a.get("BASEFORM") in _lexicon("relative_pronouns") for a in analyses):
            return False  # "vaikka kerhoa joka toimii": the verb is the relative clause's
        if analyses and all(
            a.get("CLASS") in _VERBS and a.get("MOOD") in _FINITE for a in analyses
        ):
            return True
    return False


def _binding(word: str, speller: Speller) -> bool:
    lower = word.lower()
    if lower in _subordinators():
        return True  # "että jos …": the comma closing the inner clause is the parse's
    analyses = speller.analyze(lower)
    return any(a.get("CLASS") in _BINDING or a.get("COMPARISON") == "comparative" for a in analyses)
