"""A noun's A-infinitive attribute that the parse read as the noun's predicate.

Finnish writes the A-infinitive and the third person present alike in many verbs ("lyhentää",
"rakentaa"), so a note such as "päätös lyhentää kriisikeskuksen aukioloa tehtiin kertomatta
asiakkaille" is parsed with "päätös" as the subject of "lyhentää" and the true predicate
"tehtiin" hung on it as a clause of its own: the post then read "Päätös lyhentää …, tehtiin
…" (a comma as if a clause ended there) or "Idea rakentaa." (the rest cut off).

The tokens are re-headed when all of these hold: a nominative noun of the class that takes an
A-infinitive attribute (lexicons/attributes.toml, also as a compound's last part by Voikko's
WORDBASES) stands right before a word Voikko reads both as the A-infinitive and as a finite
verb (or that the parse reads as the infinitive); the parse makes the noun that word's
subject; a later finite verb hangs on it, or it on that verb, with no conjunction,
relative or question word, or punctuation between the two (a finite verb between them ends
the search); and that verb can take the noun: a passive, or a third person of the noun's
number (a run-on note "Tarve kasvaa koko ajan resurssit pienenevät" is two clauses). Then
the later verb takes the place of the first in the tree, the noun is its subject (or, with a
passive, its object), the infinitive the noun's
attribute (`acl`, with an infinitive's features) with the words between the two as its own
(a nominative among them is its object). Where the parse did see the attribute but made its
nominative object a second subject of the sentence's predicate ("päätös lopettaa
iltavastaanotto tuli yllätyksenä", a clause the pieces would leave out), that nominative is
hung on the infinitive as its object, and the noun, when the parse left it loose (typed in
lower case it may be a `discourse` word), made the predicate's subject: the clause never goes
out without it ("Iltavastaanotto tuli yllätyksenä" says another thing).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.summarize.parsetree import Reheaded, children_of, feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.wordparts import part_of

#: The features of an A-infinitive (UD Finnish) the attribute is given.
_INFINITIVE = "InfForm=1|Number=Sing|VerbForm=Inf|Voice=Act"
#: Relations (UD, without subtypes) by which the parse may hang the sentence's true predicate
#: on the infinitive, or the infinitive on it.
_HUNG = frozenset({"advcl", "conj", "ccomp", "csubj", "parataxis", "xcomp", "acl"})
#: Relations (UD, without subtypes) by which the parse may hang a noun with an infinitive
#: attribute on the sentence's predicate when it took the attribute's object for the subject:
#: as the subject too, or loose ("päätös lopettaa iltavastaanotto tuli …" typed in lower
#: case, "päätös" a `discourse` word).
_LOOSE = frozenset({"nsubj", "discourse", "dislocated", "vocative"})


def infinitive_attributes(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with each noun's A-infinitive attribute read as one (see the module doc)."""
    result: list[ParsedToken] = list(tokens)
    for noun in range(len(tokens) - 2):
        verb = noun + 1
        if not _attribute_noun(tokens[noun], speller):
            continue
        if tokens[noun].head == verb and tokens[noun].dep.startswith("nsubj"):
            infinitive = "VerbForm=Inf" in tokens[verb].morph
            if not infinitive and not _infinitive_or_finite(tokens[verb].text, speller):
                continue
            predicate = _true_predicate(tokens, verb)
            if predicate is not None and _takes_the_noun(tokens, noun, predicate):
                result = _reheaded(result, noun, verb, predicate)
        elif tokens[verb].head == noun and "VerbForm=Inf" in tokens[verb].morph:
            result = _own_object(result, noun, verb)
    return result


def _own_object(tokens: list[ParsedToken], noun: int, verb: int) -> list[ParsedToken]:
    """The tree with the infinitive attribute's nominative object, which the parse made a
    second subject of the noun's own predicate ("päätös lopettaa iltavastaanotto tuli …":
    after an A-infinitive the total object is in the nominative), hung on the infinitive."""
    predicate = tokens[noun].head
    if tokens[noun].dep.split(":")[0] not in _LOOSE or predicate <= verb:
        return tokens
    result = list(tokens)
    for index in range(verb + 1, predicate):
        token = tokens[index]
        if token.head == predicate and token.dep == "nsubj" and "Case=Nom" in token.morph:
            result[index] = Reheaded(token, "obj", verb, token.morph)
            if not tokens[noun].dep.startswith("nsubj"):  # the subject the parse left loose
                result[noun] = Reheaded(tokens[noun], "nsubj", predicate, tokens[noun].morph)
    return result


def _true_predicate(tokens: Sequence[ParsedToken], verb: int) -> int | None:
    """The first finite verb after `verb` that the parse hangs on it or hangs it on, when
    nothing between the two opens a clause (a conjunction, a relative or question word,
    punctuation, a finite verb)."""
    children = children_of(tokens)
    for index in range(verb + 1, len(tokens)):
        token = tokens[index]
        if token.pos in ("PUNCT", "CCONJ", "SCONJ") or token.dep in ("mark", "cc"):
            return None
        if "PronType=Rel" in token.morph or "PronType=Int" in token.morph:
            return None
        if "VerbForm=Fin" not in token.morph:
            continue
        hung = (token.head == verb and token.dep.split(":")[0] in _HUNG) or (
            tokens[verb].head == index and tokens[verb].dep.split(":")[0] in _HUNG
        )
        opened = any(tokens[c].dep in ("mark", "cc") for c in children[index])
        return index if hung and not opened else None
    return None


def _takes_the_noun(tokens: Sequence[ParsedToken], noun: int, predicate: int) -> bool:
    """Whether the later finite verb can have the noun as its subject (or, a passive, as its
    object): a passive, or a third person agreeing with the noun in number. Otherwise the note
    is two clauses run on ("Tarve kasvaa koko ajan resurssit pienenevät": "pienenevät" has a
    subject of its own), and the first word is the finite verb it looks like."""
    later = tokens[predicate].morph
    if "Voice=Pass" in later:
        return True
    number = feature(tokens[noun].morph, "Number") or "Sing"
    return feature(later, "Number") == number and feature(later, "Person") == "3"


def _reheaded(tokens: list[ParsedToken], noun: int, verb: int, predicate: int) -> list[ParsedToken]:
    """The tree with `predicate` in `verb`'s place, `noun` its subject and `verb` the noun's
    attribute with the words between as its own."""
    old = tokens[verb]
    passive = "Voice=Pass" in tokens[predicate].morph
    result = list(tokens)
    if old.head != predicate:  # the predicate hangs on the infinitive: it takes its place
        top = predicate if old.head == verb else old.head
        result[predicate] = Reheaded(tokens[predicate], old.dep, top, tokens[predicate].morph)
    result[noun] = Reheaded(
        tokens[noun], "obj" if passive else "nsubj", predicate, tokens[noun].morph
    )
    result[verb] = Reheaded(old, "acl", noun, _INFINITIVE)
    for index, token in enumerate(tokens):
        if index in (noun, verb, predicate):
            continue
        if verb < index < predicate and token.head == predicate:
            dep = "obj" if token.dep.startswith("nsubj") else token.dep
            result[index] = Reheaded(token, dep, verb, token.morph)
        elif index > predicate and token.head == verb:
            result[index] = Reheaded(token, token.dep, predicate, token.morph)
    return result


def _infinitive_or_finite(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` both as the A-infinitive and as a finite verb."""
    moods = {
        r.get("MOOD", "") for r in speller.analyze(word.lower()) if r.get("CLASS") == "teonsana"
    }
    return "A-infinitive" in moods and bool(moods & {"indicative", "conditional", "imperative"})


def _attribute_noun(token: ParsedToken, speller: Speller) -> bool:
    """Whether `token` is a nominative noun of lexicons/attributes.toml (or a compound of one)."""
    if "Case=Nom" not in token.morph:
        return False
    return attribute_noun_lemma(token, speller)


def attribute_noun_lemma(token: ParsedToken, speller: Speller) -> bool:
    """Whether `token` is a noun of lexicons/attributes.toml (or a compound of one), in any
    case ("aikaa keskustella": negatedhaving.py)."""
    if token.pos != "NOUN":
        return False
    nouns = _nouns()
    readings = speller.analyze(token.text.lower())
    return token.lemma.lower() in nouns or any(
        r.get("CLASS") == "nimisana" and part_of(r, nouns) for r in readings
    )


@functools.cache
def _nouns() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("attributes.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["infinitive_attribute"]["nouns"])
