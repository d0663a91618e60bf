"""A negated clause joined with "ja" takes the negation verb's "-kä" form, as written Finnish
does, where notes write it as speech does ("Asia siirtyy lautakunnalta toiselle ja kukaan ei
kokoa kokonaisuutta" → "… eikä kukaan kokoa kokonaisuutta"; "… ja sitä ei ole" → "… eikä
sitä ole"; "… ja eivät ehdi" → "… eivätkä ehdi").

The parse says which "ja" joins clauses: it is the coordinator (cc) of a predicate that is
itself coordinated (conj) with an earlier one, and that predicate has the negation verb as its
auxiliary after the "ja", with no finite verb, subordinator, question or relative word (the
parse's or Voikko's: "… ja miksi kerho ei saa" keeps the question's own "ei", review 68) or
punctuation between the two (a "ja" between nouns, "Talous ja sote eivät jaa lukujaan",
coordinates the subject and stays; "ja jos ei …" hangs the negation on the subordinate
clause's verb and stays). The negation verb moves onto the conjunction with its person kept
("ei" → "eikä", "eivät" → "eivätkä", "emme" → "emmekä"), only as a form Voikko knows; the
words between keep their order.

Two notes' clauses joined into one sentence (joins.py: "A, ja b.") get the same form when the
second's negation verb comes after a few words of its own ("…, eikä talkoisiin tule ketään"):
negated_continuation, on the text, with Voikko's word classes in place of the parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.negation import negation_verb
from muistiinpanot.summarize.parsetree import RewrittenToken, children_of
from muistiinpanot.summarize.protocols import ParsedToken, Speller


def negated_coordination(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with every clause-joining "ja" before a negation verb written as the negation
    verb's "-kä" form and that verb's own token left empty (module doc)."""
    children = children_of(tokens)
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if token.text.lower() != "ja" or token.dep != "cc":
            continue
        verb = token.head
        if verb <= index or verb >= len(tokens) or tokens[verb].dep != "conj":
            continue
        negation = _negation(tokens, children[verb], index, speller)
        if negation is None:
            continue
        form = tokens[negation].text.lower() + "kä"
        if not speller.spell(form):
            continue
        form = form.capitalize() if token.text[:1].isupper() else form
        result[index] = RewrittenToken(token, form, token.morph)
        result[negation] = RewrittenToken(tokens[negation], "", tokens[negation].morph)
    return result


def _negation(
    tokens: Sequence[ParsedToken], dependents: Sequence[int], conjunction: int, speller: Speller
) -> int | None:
    """The negation verb among the predicate's `dependents` after the conjunction, when nothing
    between them starts another clause (a finite verb, a subordinator, punctuation) and no
    adverb or particle stands before another word there (_particle_or_adverb)."""
    found = [
        i
        for i in dependents
        if i > conjunction
        and tokens[i].dep == "aux"
        and tokens[i].lemma.lower() == "ei"
        and negation_verb(tokens[i].text, speller)
    ]
    if not found:
        return None
    negation = min(found)
    for position in range(conjunction + 1, negation - 1):
        if _particle_or_adverb(tokens[position].text, speller):
            return None  # "ja vain kerho ei …": "eikä vain" would say "and not only" (review 69)
    for between in tokens[conjunction + 1 : negation]:
        finite = "VerbForm=Fin" in between.morph
        if finite or between.dep == "mark" or not any(ch.isalnum() for ch in between.text):
            return None
        if "PronType=Int" in between.morph or "PronType=Rel" in between.morph:
            return None  # "mitä tehtiin ja mikä ei onnistunut": a question's "ja" stays
        if "PronType=Ind" not in between.morph and any(
            _subordinating(reading) for reading in speller.analyze(between.text.lower())
        ):
            return None  # "… ja miksi kerho ei saa": the question's own negation (review 68)
    return negation


#: Voikko's word classes of adverbs and particles.
_PARTICLE_CLASSES = frozenset({"seikkasana", "huudahdussana"})


def _particle_or_adverb(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` only as an adverb or a particle. One that stands before
    another word of the clause ahead of its negation verb is a focus particle or a connective
    or polarity adverb ("ja vain kerho ei", "ja myös kerho ei", "ja kuitenkin hanke ei"), whose
    meaning "eikä" would change; one right before the negation verb is the clause's own
    adverbial ("ja sinne ei pääse" → "eikä sinne pääse")."""
    readings = speller.analyze(word.lower())
    return bool(readings) and all(r.get("CLASS") in _PARTICLE_CLASSES for r in readings)


#: Voikko's word classes that start a clause of their own or may be its finite verb.
_CLAUSE_CLASSES = frozenset({"sidesana", "teonsana", "kieltosana"})
#: Words before the negation verb that a joined clause may move after "eikä".
_MOVABLE = 3


def negated_continuation(text: str, speller: Speller) -> str | None:
    """A clause that another note's clause continues after "ja" (joins.py: "A, ja b."),
    written with "-kä" when its negation verb comes after a few words of its own: "Talkoisiin
    ei tule ketään." → "eikä talkoisiin tule ketään." (the first word as it stands; the
    caller writes it in lowercase); None when its first words hold no such negation verb, or
    hold a comma, a conjunction, a question or relative word or a word that may be a verb."""
    words = text.split(" ")
    for position, word in enumerate(words[: _MOVABLE + 1]):
        if not word.isalpha():
            return None
        if negation_verb(word, speller):
            if position == 0 or position + 1 >= len(words):
                return None
            form = word.lower() + "kä"
            if not speller.spell(form):
                return None
            return " ".join([form, *words[:position], *words[position + 1 :]])
        readings = speller.analyze(word.lower())
        if not readings or any(_opens_clause(reading) for reading in readings):
            return None
    return None


def _opens_clause(reading: dict[str, str]) -> bool:
    return reading.get("CLASS") in _CLAUSE_CLASSES or _subordinating(reading)


#: Voikko's base forms of the pronouns that open a question or relative clause.
_QUESTION_PRONOUNS = frozenset({"joka", "mikä", "kuka", "kumpi"})


def _subordinating(reading: dict[str, str]) -> bool:
    """Whether a Voikko reading is a conjunction or a question or relative pronoun ("miksi"
    is "mikä" in Voikko's translative, an adverb with no PronType in the parse)."""
    if reading.get("CLASS") == "sidesana":
        return True
    return reading.get("CLASS") == "asemosana" and reading.get("BASEFORM", "") in (
        _QUESTION_PRONOUNS
    )
