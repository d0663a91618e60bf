"""What makes a verbless note no wish (wishes.py): a state or a judgement stated of its head,
the copula unsaid (review 57 #9, mend118: "päätösten perustelut piilossa liitteissä" is a
finding, not a wish for hidden reasons), a state adverb ("myöhässä") or a result it should be
made ("kuvaus julkiseksi"). Decided by the parse's relations and cases and Voikko's."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

import numpy as np
import numpy.typing as npt

from muistiinpanot.summarize.clauses import habitual_adverbs
from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller

Vector = Callable[[str], npt.NDArray[np.float32]]

#: Cases (UD) of a predicative adverbial of state or place ("piilossa", "liitteissä").
_STATE_CASES = frozenset({"Ine", "Ade", "Ess", "Abe"})
#: The distributive "joka" of a recurring time ("joka päivä": Finnish grammar's closed class).
_DISTRIBUTIVE = "joka"
#: Cases (UD) of a noun that may say a state rather than a place ("katkolla", "jäissä").
_STATE_NOUN_CASES = frozenset({"Ine", "Ade"})
#: Voikko's cases of a state adverb's noun reading ("myöhässä": the inessive of "myöhä").
_VOIKKO_STATE = frozenset({"sisaolento", "ulkoolento", "olento"})


def stated_state(tokens: Sequence[ParsedToken], head: int, root: int) -> bool:
    """Whether the parse reads the note as a state predicated of its head, the copula unsaid:
    the head is the copular subject of an adverb or of a noun in a case of state or place
    ("perustelut [ovat] piilossa liitteissä", "raportit [ovat] myöhässä")."""
    if head == root or tokens[head].dep != "nsubj:cop":
        return False
    return tokens[root].pos == "ADV" or feature(tokens[root].morph, "Case") in _STATE_CASES


def predicative_adjective(tokens: Sequence[ParsedToken], index: int) -> bool:
    """An adjective outside the noun phrase in the nominative or partitive that modifies no
    noun: the predicate of an unsaid copula ("tiedotus [on] huonoa"), a judgement, no wish.
    An attribute agrees in case with its noun, so one the parse hangs on a noun of another
    case modifies none ("harrastusvälineet kalliita perheille": "kalliita" is no attribute
    of "perheille", review 83 #2)."""
    token = tokens[index]
    case = feature(token.morph, "Case")
    if token.pos != "ADJ" or case not in ("Nom", "Par"):
        return False
    head_case = feature(tokens[token.head].morph, "Case")
    return token.dep != "amod" or head_case not in ("", case)


def resultative(token: ParsedToken) -> bool:
    """An adjective in the translative: what the head should be made ("kuvaus julkiseksi",
    "pöytäkirjat maksuttomiksi") needs a verb of making, which the note does not say;
    "Toivottiin kuvausta julkiseksi" is no Finnish."""
    return token.pos == "ADJ" and feature(token.morph, "Case") == "Tra"


def state_adverb(token: ParsedToken, speller: Speller) -> bool:
    """An adverb Voikko also reads as a noun in a case of state ("myöhässä")."""
    if token.pos != "ADV":
        return False
    return any(a.get("SIJAMUOTO") in _VOIKKO_STATE for a in speller.analyze(token.text.lower()))


def state_stated(
    tokens: Sequence[ParsedToken],
    head: int,
    root: int,
    adverbials: Sequence[int],
    vector: Vector | None,
) -> bool:
    """A state stated of the head by the parse (stated_state) or by a state noun
    (stated_noun_state, when `vector` is given)."""
    if stated_state(tokens, head, root):
        return True
    return vector is not None and stated_noun_state(tokens, head, adverbials, vector)


def stated_noun_state(
    tokens: Sequence[ParsedToken], head: int, adverbials: Sequence[int], vector: Vector
) -> bool:
    """Whether an adverbial noun in the inessive or adessive says a state of the head, not
    where it is wished ("rahoitus katkolla", "kunnostus jäissä"; "auraus pyöräteillä" is a
    place): its lemma's vector is nearer the general noun of a stopped state than that of a
    place (lexicons/tone.toml `state_nouns`), and nearer that place noun than the head."""
    place, state = prototype_pair("tone.toml", "state_nouns", "place", "state")
    unit = functools.partial(unit_vector, vector)
    for index in adverbials:
        token = tokens[index]
        if token.pos != "NOUN" or feature(token.morph, "Case") not in _STATE_NOUN_CASES:
            continue
        word = unit(token.lemma.lower())
        near_place = float(word @ unit(place))
        if (
            near_place < float(word @ unit(state))
            and float(word @ unit(tokens[head].lemma.lower())) < near_place
        ):
            return True
    return False


def unit_vector(vector: Vector, word: str) -> npt.NDArray[np.float64]:
    """`word`'s vector scaled to length one (as it is when its length is zero)."""
    found = np.asarray(vector(word), dtype=np.float64)
    norm = float(np.linalg.norm(found))
    return found / norm if norm > 0 else found


@functools.cache
def prototype_pair(lexicon: str, table: str, first: str, second: str) -> tuple[str, str]:
    """Two prototype words of one table of a lexicon (lexicons/`lexicon`): tone.toml's
    `state_nouns` place and state, judgement.toml's `judgement` bad and good."""
    text = resources.files("muistiinpanot.lexicons").joinpath(lexicon).read_text("utf-8")
    found = tomllib.loads(text)[table]
    return str(found[first]), str(found[second])


def habitual(tokens: Sequence[ParsedToken], index: int) -> bool:
    """A frequency of what happens: an adverb of tone.toml's habitual class, or a time with
    the distributive "joka" ("joka päivä")."""
    token = tokens[index]
    if {token.lemma.lower(), token.text.lower()} & habitual_adverbs():
        return True
    return any(
        t.head == index and t.text.lower() == _DISTRIBUTIVE and t.dep == "det" for t in tokens
    )
