"""Which words name persons, from lexicons/agreement.toml (read once per process): the verbs
whose subject or object is a person, the nouns of people and of bodies that act through people
(pronouns.py reads them for "ne" and "he"), and a pronoun of one form for both numbers
("kaikki") that names persons as a subject, so its verb takes the plural (subjectverb.py)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.summarize.protocols import ParsedToken

__all__ = [
    "body_nouns",
    "names_persons",
    "people_nouns",
    "person_object_verbs",
    "person_subject_verbs",
]


def person_subject_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs whose subject is a person (lexicons/agreement.toml `person_subject`) and those
    of them that with a bare adjective object foretell of a thing ("tietää hyvää")."""
    return _person_lexicon("person_subject"), _person_lexicon("foretelling")


def body_nouns() -> frozenset[str]:
    """The nouns of bodies that act through people (lexicons/agreement.toml `bodies`:
    "koulu", "yritys", "järjestö"; pronouns.py keeps their "ne")."""
    return _person_lexicon("bodies")


def person_object_verbs() -> frozenset[str]:
    """The verbs whose object is a person (lexicons/agreement.toml `person_object`: "auttaa",
    "tukea"; pronouns.py lets an object "ne" take up people outside its clause only with one)."""
    return _person_lexicon("person_object")


def people_nouns() -> frozenset[str]:
    """The nouns that name persons without a derivation to show it (lexicons/agreement.toml
    `people`: "ihminen", "nuori", "asukas"; pronouns.py writes their "ne" as "he")."""
    return _person_lexicon("people")


#: The key of each agreement.toml table's word list; any other table lists "verbs".
_LIST_KEYS = {"number_ambiguous": "pronouns", "bodies": "nouns", "people": "nouns"}


@functools.cache
def _person_lexicon(table: str) -> frozenset[str]:
    """One word list of lexicons/agreement.toml (read once per process): the pronouns of one
    form for both numbers, the verbs whose subject is a person, the verbs of time and strength,
    the verbs that foretell, the nouns of bodies."""
    text = resources.files("muistiinpanot.lexicons").joinpath("agreement.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)[table][_LIST_KEYS.get(table, "verbs")])


@functools.cache
def _work_objects() -> tuple[str, ...]:
    """The base forms that end an object of work (lexicons/agreement.toml `person_work`)."""
    text = resources.files("muistiinpanot.lexicons").joinpath("agreement.toml").read_text("utf-8")
    return tuple(tomllib.loads(text)["person_work"]["objects"])


def names_persons(tokens: Sequence[ParsedToken], children: list[list[int]], subject: int) -> bool:
    """Whether the subject is a pronoun of one form for both numbers ("kaikki") standing alone
    (no noun after it: "kaikki asiat" has its own number) that names persons: the subject of a
    verb whose subject is a person ("Ei kaikki halua", "Kaikki ei tiedä"; a verb of time or
    strength only with an infinitive that has an object: "Ei kaikki jaksa odottaa vuoroaan", not
    "Kaikki ei ehdi valmiiksi"; not "tietää" with a bare adjective, "kaikki ei tiedä hyvää") or
    of a plural predicative ("Ei kaikki ole tyytyväisiä"), or the one who works ("tehdä" with an
    object of work: "Kaikki tekevät etätöitä"); see lexicons/agreement.toml."""
    token = tokens[subject]
    if token.text.lower() not in _person_lexicon("number_ambiguous"):
        return False
    if not token.dep.startswith("nsubj"):
        return False
    if any(tokens[c].pos not in ("PUNCT",) for c in children[subject]):
        return False
    head = tokens[token.head]
    lemma = head.lemma.lower()
    if lemma in _person_lexicon("person_subject"):
        # "kaikki ei tiedä hyvää": a bare adjective object foretells, of a thing
        return lemma not in _person_lexicon("foretelling") or not any(
            tokens[c].dep == "obj" and tokens[c].pos == "ADJ" for c in children[token.head]
        )
    if lemma in _person_lexicon("person_work"):  # "Kaikki tekevät vain etätöitä"
        return any(
            tokens[c].dep == "obj" and tokens[c].lemma.lower().endswith(_work_objects())
            for c in children[token.head]
        )
    if lemma in _person_lexicon("time_and_strength"):
        # "Ei kaikki jaksa odottaa vuoroaan": the infinitive acts on an object of its own
        return any(
            tokens[c].dep == "xcomp"
            and "VerbForm=Inf" in tokens[c].morph
            and any(tokens[g].dep == "obj" for g in children[c])
            for c in children[token.head]
        )
    copula = any(tokens[c].dep.startswith("cop") for c in children[token.head])
    return (
        copula
        and head.pos in ("ADJ", "NOUN")
        and "Number=Plur" in head.morph
        and any(case in head.morph for case in ("Case=Nom", "Case=Par"))
    )
