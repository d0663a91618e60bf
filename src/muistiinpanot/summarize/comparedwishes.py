"""A verbless comparative against the present says what should be (review 62 #2, mend124;
review 63 #2, mend128).

"aukiolot pidemmät kuin kirjastossa nyt" compares a thing with how it is now: the note may ask
for it to be so. With the copula filled in (predicate.missing_copula) it was published as a
fact, "Aukiolot ovat pidemmät kuin kirjastossa nyt."; it is said as the wish it is:
"Toivottiin, että aukiolot ovat pidemmät kuin kirjastossa nyt." The wish forms no genitive
(mend124's "X:n pitäisi olla" made "Vuorien" of "vuokrat").

A note is read so when it has no finite verb (as Voikko confirms), a predicative comparative
(the parse's Degree=Cmp on an adjective that modifies no noun) right after its nominative
subject, a "kuin" after it whose standard holds an adverb of time now ("nyt", "nykyään":
lexicons/tone.toml `practice`), and the comparative's adjective is not judged bad by the word
vectors judgedparts.py reads ("vuokrat korkeammat kuin nyt" is a worry, not a wish: the note
is left to the other rules). A comparison with the past ("kuin ennen") is a finding and left
alone too."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.summarize.clauses import tone_words
from muistiinpanot.summarize.judgedparts import Vector, bad_judgement
from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.predicate import has_read_finite_verb
from muistiinpanot.summarize.protocols import ParsedToken
from muistiinpanot.summarize.wishes import WISH_VERB

_STANDARD = "kuin"


def compared_need(
    tokens: Sequence[ParsedToken], finite: Callable[[str], bool], vector: Vector
) -> str | None:
    """The note said as a wish ("Toivottiin, että X ovat -mmat kuin nyt") when it compares
    its subject with the present in a direction not judged bad (module doc), else None."""
    if has_read_finite_verb(tokens, finite):
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
    times = tone_words("practice", "adverbs")
    if not any(
        w in times or tokens[i].lemma.lower() in times for i, w in enumerate(words) if i > standard
    ):
        return None
    if any(t.pos == "PUNCT" and t.text not in ".!" for t in tokens):
        return None  # one comparison, no list or heading
    if bad_judgement(tokens[compared].lemma.lower(), vector):
        return None  # "vuokrat korkeammat kuin nyt": a worry, not a wish
    before = " ".join(t.text for t in tokens[:compared])
    after = " ".join(t.text for t in tokens[compared:] if t.pos != "PUNCT")
    copula = "ovat" if "Number=Plur" in subject.morph else "on"
    opening = before if tokens[0].pos == "PROPN" else before[:1].lower() + before[1:]
    return f"{WISH_VERB}, että {opening} {copula} {after}."
