"""A plural noun before a spoken third singular that is the verb's object, not its subject
(review 66 #2: "nuoret sai mukaan koulun kautta", the young were got along, the spoken
passive of "me saatiin nuoret mukaan", was published "Nuoret saivat mukaan", they got along).

Finnish has a plural nominative object only where the verb has no subject of its own person
(the passive, the imperative, the necessive); spoken Finnish says the passive with the third
singular ("me sai", "sai mukaan"). So a verb that needs an object in the active
(lexicons/agreement.toml `object_verbs`: "saada", "tuoda", "viedä" …) and has none, no
object, clausal complement or infinitive of its own in the parse, takes the plural noun
before it as its object: the verb is left as written (subjectverb.disagreeing), never made
to agree with it. A pronoun before it ("me sai", "ne sai") is left to the other checks. The
agreement of words in a row (agreement.fix_agreement), which sees no object, leaves such a
verb to the parse (`object_verb`)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources

from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Dependents that are a verb's object or complement: with one, the noun is its subject.
#: Voikko's classes of nominals and the cases of an object.
_NOMINALS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "nimi"})
_OBJECT_CASES = frozenset({"nimento", "omanto", "osanto"})
_OBJECTS = ("obj", "xcomp", "ccomp", "csubj")


def object_first(
    tokens: Sequence[ParsedToken], children: list[list[int]], verb: int, subject: int
) -> bool:
    """Whether the noun at `subject` (before the verb at `verb`, the parse's subject) is the
    object of the verb: a verb of `object_verbs` without an object, complement or infinitive
    of its own."""
    token = tokens[verb]
    if subject > verb or tokens[subject].pos not in ("NOUN", "PROPN"):
        return False
    if any(tokens[c].dep == "conj" for c in children[subject]):
        return False  # "retrotavara ja vinyylit houkuttelisi": coordinated, a subject
    if token.lemma.lower() not in _object_verbs():
        return False
    return not _own_object(tokens, children, [c for c in children[verb] if c != subject])


def object_first_verb(tokens: Sequence[ParsedToken], children: list[list[int]], verb: int) -> bool:
    """Whether the verb at `verb` is one of `object_verbs` without an object, complement or
    infinitive of its own after it: a nominative before it is its object (subjectverb,
    review 72)."""
    if tokens[verb].lemma.lower() not in _object_verbs():
        return False
    return not _own_object(tokens, children, [c for c in children[verb] if c > verb])


def _own_object(
    tokens: Sequence[ParsedToken], children: list[list[int]], dependents: Sequence[int]
) -> bool:
    """Whether one of a verb's `dependents` is its object, clausal complement or infinitive,
    or a nominal in an object's case."""
    return any(
        tokens[c].dep.startswith(_OBJECTS)
        or "VerbForm=Inf" in tokens[c].morph
        or _bare_object_case(tokens, children, c)
        for c in dependents
    )


def _bare_object_case(tokens: Sequence[ParsedToken], children: list[list[int]], at: int) -> bool:
    """Whether the word at `at` is a nominal in an object's case with no adposition, which the
    parse may call an adverbial ("vie koko päivän": obl, the object all the same)."""
    token = tokens[at]
    if token.pos not in ("NOUN", "PRON", "PROPN", "NUM"):
        return False
    if not any(f"Case={case}" in token.morph for case in ("Nom", "Gen", "Acc", "Par")):
        return False
    return not any(tokens[c].dep == "case" for c in children[at])


def object_verb(text: str, matches: Sequence[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the word at `index` of `text` (its `matches`) is a verb of `object_verbs`
    ("sai", "toi") with nothing after it in its clause that Voikko may read as its object (a
    nominal in the nominative, genitive or partitive, but a genitive before a postposition:
    "koulun kautta") or as an A-infinitive ("saa päättää"): words in a row tell no more, the
    parse is left to tell (agreement.fix_agreement)."""
    verbs = _object_verbs()
    word = matches[index].group(0).lower()
    if not any(
        a.get("CLASS") == "teonsana" and a.get("BASEFORM") in verbs for a in speller.analyze(word)
    ):
        return False
    for position in range(index + 1, len(matches)):
        between = text[matches[position - 1].end() : matches[position].start()]
        if between.strip(" "):
            return True  # a comma or a full stop: the clause ends
        readings = speller.analyze(matches[position].group(0).lower())
        if any(a.get("CLASS") == "sidesana" for a in readings):
            return True  # "ja", "kun": the clause ends
        if any(a.get("CLASS") in ("suhdesana", "seikkasana") for a in readings):
            continue  # "kautta" (also "kausi"), "vasta": a postposition or adverb is no object
        after = matches[position + 1].group(0).lower() if position + 1 < len(matches) else ""
        if any(_object_reading(a, after, speller) for a in readings):
            return False
    return True


def _object_reading(reading: Mapping[str, str], after: str, speller: Speller) -> bool:
    """Whether a Voikko reading may be an object (or an A-infinitive complement)."""
    if reading.get("MOOD") == "A-infinitive":
        return True
    case = reading.get("SIJAMUOTO")
    if reading.get("CLASS") not in _NOMINALS or case not in _OBJECT_CASES:
        return False
    postposition = any(a.get("CLASS") == "suhdesana" for a in speller.analyze(after))
    return not (case == "omanto" and postposition)


@functools.cache
def _object_verbs() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("agreement.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["object_verbs"]["verbs"])
