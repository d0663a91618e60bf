"""A verbless comparative against the present says what should be (review 62 #2, mend124).

"aukiolot pidemmät kuin kirjastossa nyt" compares a thing with how it is now: the note asks
for it to be so. With the copula filled in (predicate.missing_copula) it was published as a
fact, "Aukiolot ovat pidemmät kuin kirjastossa nyt."; it is said as the need it is, the
necessive with "olla": "Aukiolot pitäisi olla pidemmät kuin kirjastossa nyt", whose subject
necessive.genitive_subjects then writes in the genitive ("Aukiolojen pitäisi olla …"); a
subject inflect.genitive cannot inflect is wished for instead ("Toivottiin, että jonotusajat
ovat lyhyemmät kuin nyt.").

A note is read so when it has no finite verb (as Voikko confirms), a predicative comparative
(the parse's Degree=Cmp on an adjective that modifies no noun) right after its nominative
subject, and a "kuin" after it whose standard holds an adverb of time now or before
("nyt", "nykyään": lexicons/tone.toml `practice`; "ennen", "aiemmin": lexicons/judgement.toml
`earlier`): Finnish grammar's closed classes of deictic time, not words of any notes."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.wishes import WISH_VERB

_STANDARD = "kuin"
_NEED = "pitäisi olla"


def compared_need(
    tokens: Sequence[ParsedToken], finite: Callable[[str], bool], speller: Speller
) -> str | None:
    """The note said as a need ("X pitäisi olla -mpi kuin nyt") when it compares its subject
    with the present (module doc), else None; as a wish ("Toivottiin, että X ovat -mmat kuin
    nyt") when inflect.genitive cannot write its subject in the genitive ("jonotusajat")."""
    if any(
        t.pos in ("VERB", "AUX") and "VerbForm=Fin" in t.morph and finite(t.text) for t in tokens
    ):
        return None
    words = [t.text.lower() for t in tokens]
    compared = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.pos == "ADJ" and feature(t.morph, "Degree") == "Cmp" and t.dep != "amod"
        ),
        -1,
    )
    if compared < 1 or _STANDARD not in words[compared + 1 :]:
        return None
    subject = tokens[compared - 1]
    if subject.pos != "NOUN" or feature(subject.morph, "Case") != "Nom":
        return None
    standard = words.index(_STANDARD, compared + 1)
    times = _times()
    if not any(
        w in times or tokens[i].lemma.lower() in times for i, w in enumerate(words) if i > standard
    ):
        return None
    if any(t.pos == "PUNCT" and t.text not in ".!" for t in tokens):
        return None  # one comparison, no list or heading
    before = " ".join(t.text for t in tokens[:compared])
    after = " ".join(t.text for t in tokens[compared:] if t.pos != "PUNCT")
    if genitive(subject.text, speller) is not None:
        return f"{before} {_NEED} {after}."
    copula = "ovat" if "Number=Plur" in subject.morph else "on"
    opening = before if tokens[0].pos == "PROPN" else before[:1].lower() + before[1:]
    return f"{WISH_VERB}, että {opening} {copula} {after}."


@functools.cache
def _times() -> frozenset[str]:
    lexicons = resources.files("muistiinpanot.lexicons")
    tone = tomllib.loads(lexicons.joinpath("tone.toml").read_text("utf-8"))
    judgement = tomllib.loads(lexicons.joinpath("judgement.toml").read_text("utf-8"))
    return frozenset(tone["practice"]["adverbs"]) | frozenset(judgement["earlier"]["adverbs"])
