"""Verb government: a verb that another verb governs is an infinitive in written Finnish, but
notes often leave it finite as it is said ("asiakas joutuu kertoo", "ei pysty tekee").

The parse says which verb governs which (the dependent is an `xcomp` of its governor, or the
governor an `aux` of it); Voikko says whether the dependent word has a finite reading
(whatever the parser's features claim) and which infinitive the governor requires (its
REQUIRE_FOLLOWING_VERB: the A-infinitive after "haluta", the MA-infinitive's illative after
"pystyä"). A dependent without a reading of the required form is rewritten into it when
Voikko confirms a candidate as that infinitive of the same verb ("tekee" → "tekemään",
"pystyy ottaa" → "pystyy ottamaan"); when no candidate is confirmed, or the governor names
no requirement and the dependent can only be finite ("joutuu kertoo"), the token is marked
`ungoverned` and its clause is left out (summarize/phrases.py treats it as a spoken form). A
dependent that may be an A-infinitive under a governor without a named requirement is left
alone ("joutuu ottaa": Voikko cannot tell). Negation and "olla" never govern so ("ei tiedä",
"on tehnyt")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from muistiinpanot.summarize.agreement import BACK_VOWELS
from muistiinpanot.summarize.grammar import FINITE_MOODS
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Voikko's MOOD of the infinitive each REQUIRE_FOLLOWING_VERB value asks for, and its case.
_REQUIRED = {
    "A-infinitive": ("A-infinitive", ""),
    "MA-infinitive": ("MA-infinitive", "sisatulento"),
}


@dataclass(frozen=True, slots=True)
class GovernedToken:
    """A parsed token whose text and features are those of the infinitive its governor
    requires, or left as they were and marked `ungoverned` when no form could be confirmed;
    the rest is the parser's `token`."""

    token: ParsedToken
    text: str
    morph: str
    ungoverned: bool = False

    @property
    def lemma(self) -> str:
        return self.token.lemma

    @property
    def pos(self) -> str:
        return self.token.pos

    @property
    def dep(self) -> str:
        return self.token.dep

    @property
    def head(self) -> int:
        return self.token.head

    @property
    def space(self) -> bool:
        return self.token.space

    @property
    def is_stop(self) -> bool:
        return self.token.is_stop


def ungoverned(token: ParsedToken) -> bool:
    """Whether `token` is a finite verb under another verb that could not be rewritten."""
    return isinstance(token, GovernedToken) and token.ungoverned


def govern_verbs(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with every finite verb that another verb governs rewritten into the infinitive
    the governor requires (its features set to the infinitive's), or marked `ungoverned`."""
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        governor = _governor(tokens, index)
        if governor is None:
            continue
        readings = speller.analyze(token.text.lower())
        if not any(_finite_verb(a) for a in readings):
            continue
        required = _requirement(tokens[governor].text, speller)
        if required is None:
            if not _finite_only(readings):
                continue  # "joutuu ottaa": an A-infinitive too, and Voikko names no requirement
            form = None
        elif any(_is_form(a, required, readings) for a in readings):
            continue  # already the required infinitive ("pitäisi ottaa")
        else:
            form = _required_form(required, token.text, speller)
        morph = "VerbForm=Inf" if form else token.morph
        result[index] = GovernedToken(token, form or token.text, morph, form is None)
    return result


def _governor(tokens: Sequence[ParsedToken], index: int) -> int | None:
    """The verb that governs the verb at `index` by the parse: its own auxiliary before it
    (not a negation or "olla"; the subject is then the pair's), or its head when it is an
    xcomp without a subject, conjunction or subordinator of its own; None otherwise."""
    token = tokens[index]
    if token.pos not in ("VERB", "AUX") or not token.text.isalpha():
        return None
    children = [i for i, t in enumerate(tokens) if t.head == index and i != index]
    candidates = [c for c in children if c < index and tokens[c].dep == "aux"]
    own = any(tokens[c].dep.startswith(("nsubj", "mark", "cc")) for c in children)
    if token.dep == "xcomp" and token.head < index and not own:
        candidates.append(token.head)
    for governor in sorted(candidates, reverse=True):
        head = tokens[governor]
        if head.lemma in ("olla", "ei") or "Polarity=Neg" in head.morph:
            continue
        if head.pos in ("VERB", "AUX"):
            return governor
    return None


def _finite_only(readings: Sequence[dict[str, str]]) -> bool:
    """Whether every reading is a finite verb (no infinitive, participle or nominal reading
    that the parser might have meant)."""
    return all(_finite_verb(a) for a in readings)


def _finite_verb(analysis: dict[str, str]) -> bool:
    return analysis.get("CLASS") == "teonsana" and analysis.get("MOOD") in FINITE_MOODS


def _requirement(governor: str, speller: Speller) -> tuple[str, str] | None:
    """(Voikko's MOOD, case) of the infinitive `governor` requires, when its readings name
    exactly one."""
    required = {
        a["REQUIRE_FOLLOWING_VERB"]
        for a in speller.analyze(governor.lower())
        if a.get("REQUIRE_FOLLOWING_VERB") in _REQUIRED
    }
    return _REQUIRED[required.pop()] if len(required) == 1 else None


def _is_form(
    analysis: dict[str, str], required: tuple[str, str], readings: Sequence[dict[str, str]]
) -> bool:
    """Whether `analysis` is the `required` infinitive of a verb `readings` has."""
    bases = {a.get("BASEFORM") for a in readings if a.get("CLASS") == "teonsana"}
    mood, case = required
    return (
        analysis.get("BASEFORM") in bases
        and analysis.get("MOOD") == mood
        and analysis.get("SIJAMUOTO", "") == case
    )


def _required_form(required: tuple[str, str], word: str, speller: Speller) -> str | None:
    """`word` in the `required` infinitive, as Voikko confirms it; None when no candidate
    is confirmed."""
    lower = word.lower()
    readings = speller.analyze(lower)
    bases = {a.get("BASEFORM", "") for a in readings if a.get("CLASS") == "teonsana"} - {""}
    for candidate in _candidates(lower, bases, required[0]):
        if any(_is_form(a, required, readings) for a in speller.analyze(candidate)):
            return candidate
    return None


def _candidates(word: str, bases: set[str], mood: str) -> list[str]:
    """Possible forms (Voikko decides): the base form itself for the A-infinitive; for the
    MA-infinitive's illative the finite form's stems ("kertoo" → "kerto", "tekee" → "teke",
    "saa") and the A-infinitive's, with "-maan"/"-mään" by vowel harmony."""
    if mood == "A-infinitive":
        return sorted(bases)
    stems = [word[:-1], word, *(base[:-1] for base in sorted(bases))]
    found = []
    for stem in dict.fromkeys(stems):
        ending = "maan" if BACK_VOWELS & set(stem) else "mään"
        found.append(stem + ending)
    return found
