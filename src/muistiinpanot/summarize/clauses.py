"""What the parse says of a clause beyond its words: its tone (a problem, a proposal or a
statement, from its mood and polarity), whether its subject and verb disagree in number, and
where a part that is not written Finnish can be cut off (whether it is no sentence at all:
malformed.py)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Literal

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.summarize.objectfirst import object_first
from muistiinpanot.summarize.parsetree import children_of, subtree
from muistiinpanot.summarize.protocols import ParsedToken
from muistiinpanot.summarize.verbforms import NECESSIVE_AUXILIARIES

Tone = Literal["problem", "proposal", "statement"]

#: Modal auxiliaries whose infinitive phrase is a need or proposal.
MODALS = frozenset({"pitää", "täytyä", "tulla", "kannattaa", "tarvita"})
#: Dependents that start a clause of their own: left out of the main clause and of a modal's
#: infinitive phrase.
CLAUSE_DEPS = frozenset({"parataxis", "discourse", "vocative", "reparandum", "dislocated"})


def clause_tone(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> Tone:
    """problem: a negated or lacking main predicate; proposal: a modal, conditional or a need
    ("tarvitaan"); statement otherwise."""
    main = [root, *children[root]]
    if any("Polarity=Neg" in tokens[i].morph for i in main) or tokens[root].lemma == "puuttua":
        return "problem"
    modal = any(tokens[i].dep == "aux" and tokens[i].lemma in MODALS for i in main)
    if modal or tokens[root].lemma == "tarvita" or any("Mood=Cnd" in tokens[i].morph for i in main):
        return "proposal"
    if hortative(tokens, children, root):
        return "proposal"
    return "statement"


def hortative(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> bool:
    """A present passive that opens the sentence without a subject proposes, as spoken Finnish
    uses it for "let us" ("Kokeillaan analytiikkaa pilottina", "Kerrotaan, mitä …"); not with
    an adverb of frequency of its own, which tells what is done again and again ("Kysytään
    aina samoja nuoria", lexicons/tone.toml)."""
    morph = tokens[root].morph
    first = min(subtree(children, root))
    return (
        root == first
        and tokens[root].pos == "VERB"
        and all(f in morph for f in ("Voice=Pass", "Mood=Ind", "Tense=Pres", "VerbForm=Fin"))
        and not any(tokens[c].dep.startswith(("nsubj", "aux")) for c in children[root])
        and not any(_habitual(tokens[c]) for c in children[root])
    )


def _habitual(token: ParsedToken) -> bool:
    """Whether `token` is an adverb of frequency (lexicons/tone.toml `habitual`)."""
    return bool({token.lemma.lower(), token.text.lower()} & habitual_adverbs())


@functools.cache
def tone_words(table: str, key: str) -> frozenset[str]:
    """The words under `key` of one table of lexicons/tone.toml."""
    return frozenset(read_lexicon("tone")[table][key])


def habitual_adverbs() -> frozenset[str]:
    """The adverbs of frequency (lexicons/tone.toml `habitual`)."""
    return tone_words("habitual", "adverbs")


def negative_pronouns() -> frozenset[str]:
    """The negative pronouns (lexicons/tone.toml `negative`): "kukaan", "mikään"."""
    return tone_words("negative", "pronouns")


def subject_disagrees(
    tokens: Sequence[ParsedToken], children: list[list[int]], subject: int, predicate: list[int]
) -> bool:
    """Whether a plural or coordinated nominative noun subject stands before a singular third
    person verb that is no necessive ("Työvuorolistat tulee", "Talous ja sote ei jaa")."""
    head = tokens[subject]
    if head.pos not in ("NOUN", "ADJ", "PROPN") or "Case=Nom" not in head.morph:
        return False
    coordinated = added_nominatives(tokens, children, subject)
    if "Number=Plur" not in head.morph and not coordinated:
        return False
    first = tokens[predicate[0]]
    # The parser sometimes tags such a verb as the zero person ("Esityslistat tulee": Person=0),
    # which cannot have a subject of its own: with one, it is the third person.
    third = "Person=3" in first.morph or "Person=0" in first.morph
    if "Number=Sing" not in first.morph or not third:
        return False
    if _zero_person_modal(tokens, children, predicate):
        return False
    if object_first(tokens, children, predicate[-1], subject):
        return False  # "nuoret sai mukaan": the spoken passive's object (objectfirst.py)
    return not any(
        tokens[i].lemma in NECESSIVE_AUXILIARIES and tokens[i].dep.startswith("aux")
        for i in predicate
    )


#: Modal auxiliaries of possibility, whose singular may be the zero person ("voisi").
_POSSIBILITY = frozenset({"voida", "saattaa"})


def _zero_person_modal(
    tokens: Sequence[ParsedToken], children: list[list[int]], predicate: list[int]
) -> bool:
    """Whether the predicate is a modal of possibility whose infinitive's only objects are
    genitives right before a noun, which may be that noun's attributes ("lennot voisi
    yhdistää postin ja kaupan kuljetuksiin"): the plural nominative may be the zero
    person's object, and the writer's singular stands (review 43 #10)."""
    modals = [i for i in predicate if tokens[i].lemma in _POSSIBILITY and tokens[i].dep == "aux"]
    if not modals:
        return False
    verb = tokens[modals[0]].head
    objects = [c for c in children[verb] if tokens[c].dep == "obj"]
    return bool(objects) and all(attribute_genitive(tokens, children, c) for c in objects)


def attribute_genitive(tokens: Sequence[ParsedToken], children: list[list[int]], obj: int) -> bool:
    """Whether the object at `obj` is a genitive right before a noun, past its own conjuncts
    ("yhdistää postin ja kaupan kuljetuksiin"): it may be that noun's attribute, not the
    verb's object, so the writer's singular modal stands (review 43 #10)."""
    if "Case=Gen" not in tokens[obj].morph:
        return False
    last = max([obj, *(c for c in children[obj] if tokens[c].dep == "conj")])
    after = last + 1
    return after < len(tokens) and tokens[after].pos in ("NOUN", "PROPN")


def added_nominatives(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> bool:
    """Whether a nominative is coordinated with `head` by "ja" or "sekä" (a plural together),
    not by "tai" or "vai" ("kunta tai järjestö hoitaa": one of them, the singular)."""
    for conj in children[head]:
        if tokens[conj].dep == "conj" and "Case=Nom" in tokens[conj].morph:
            marks = [c for c in children[conj] if tokens[c].dep == "cc"]
            if marks and all(tokens[c].lemma.lower() in ("ja", "sekä") for c in marks):
                return True
    return False


def before_unwritten(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    words: list[int],
    root: int,
    unwritten: frozenset[int],
) -> list[int]:
    """`words` cut at the comma before the coordinated or elliptic part (a dependent after a
    comma that runs to the clause's end) in which the first `unwritten` word stands; none when
    that word stands elsewhere."""
    bad = [i for i in words if i in unwritten]
    if not bad:
        return words
    last = max(i for i in words if tokens[i].pos != "PUNCT")
    part = bad[0]
    while part != root:
        span = subtree(children, part)
        start = min(i for i in span if tokens[i].pos != "PUNCT")
        if (
            tokens[part].dep in _LOOSE_DEPS
            and max(span) >= last
            and start > root
            and tokens[start - 1].text in (",", ";", "–")
        ):
            return [i for i in words if i < start - 1]
        if tokens[part].head == part:
            break
        part = tokens[part].head
    return []


#: Dependents of a root that a comma may cut off whole: coordinated or loosely added parts.
_LOOSE_DEPS = frozenset({"conj", "parataxis", "appos", "orphan", "list", "dislocated"})


def disagreements(tokens: Sequence[ParsedToken]) -> int:
    """How many finite verbs of the sentence, in any clause, have a plural nominative noun
    subject before them while they are singular (`subject_disagrees`)."""
    children = children_of(tokens)
    count = 0
    for index, token in enumerate(tokens):
        if token.pos != "VERB" or "VerbForm=Fin" not in token.morph:
            continue
        predicate = sorted(
            [index, *(c for c in children[index] if tokens[c].dep.startswith("aux"))]
        )
        subjects = [c for c in children[index] if tokens[c].dep.startswith("nsubj")]
        count += any(
            s < predicate[0] and subject_disagrees(tokens, children, s, predicate) for s in subjects
        )
    return count


def clausal(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether `index` heads a clause: a verb, or a word with a subject, copula or finite aux."""
    if tokens[index].pos in ("VERB", "AUX"):
        return True
    return any(
        tokens[c].dep.startswith(("nsubj", "cop")) or "VerbForm=Fin" in tokens[c].morph
        for c in children[index]
    )


def spliced(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether `index` heads a clause added with a comma alone below the root: a parataxis,
    a coordinated clause without a conjunction of its own, or what is left of a clause whose
    verb is left out (`_gapped`)."""
    if tokens[index].dep == "parataxis":
        return True
    first = min(subtree(children, index))
    comma = tokens[first].text == "," or (first > 0 and tokens[first - 1].text == ",")
    if not comma or conjoined(tokens, children, index):
        return False
    if tokens[index].dep == "conj" and clausal(tokens, children, index):
        return True
    return _gapped(tokens, children, index)


#: Parts of speech of a nominal that, coordinated with a verb, stands for a clause of its own.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _gapped(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether `index`, after a comma, is what is left of a clause whose verb is left out
    (review 40 #3): a phrase the parse shows an orphan on (UD "orphan") or a nominal
    coordinated with a verb, that carries a demonstrative, an adverbial pointing back at the
    clause before ("… valmistuu vasta 2028, sitä ennen kahdessa toimipisteessä", "Remontti
    alkaa keväällä, siihen asti kokoukset kirjastossa"): it belongs to a verb that is not
    there. A phrase that only adds detail stays, whatever the parse calls it ("… johtuu
    historiasta, eri järjestelmät eri vuosikymmeniltä", "… huolettaa vanhempia, varsinkin
    talvella pimeällä", where the parse hangs "varsinkin talvella" as orphans)."""
    token = tokens[index]
    nominal = token.dep == "conj" and token.pos in _NOMINAL
    remnant = any(tokens[c].dep == "orphan" for c in children[index])
    if not remnant and not (nominal and tokens[token.head].pos in ("VERB", "AUX")):
        return False
    return any("PronType=Dem" in tokens[c].morph for c in children[index])


def conjoined(tokens: Sequence[ParsedToken], children: list[list[int]], conj: int) -> bool:
    """Whether a coordinated clause is joined by a conjunction of its own ("ja", "eikä"), not
    by a comma alone (a comma splice is a second sentence)."""
    return any(tokens[c].dep == "cc" for c in children[conj]) or any(
        "Polarity=Neg" in tokens[c].morph and tokens[c].text.lower().endswith("kä")
        for c in children[conj]
    )
