"""What makes a verbless note no wish (wishes.py): a state or a judgement stated of its head,
the copula unsaid (review 57 #9, mend118: "päätösten perustelut piilossa liitteissä" is a
finding, not a wish for hidden reasons), a state adverb ("myöhässä") or a result it should be
made ("kuvaus julkiseksi"). Decided by the parse's relations and cases and Voikko's."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Cases (UD) of a predicative adverbial of state or place ("piilossa", "liitteissä").
_STATE_CASES = frozenset({"Ine", "Ade", "Ess", "Abe"})
#: Voikko's cases of a state adverb's noun reading ("myöhässä": the inessive of "myöhä").
_VOIKKO_STATE = frozenset({"sisaolento", "ulkoolento", "olento"})


def stated_state(tokens: Sequence[ParsedToken], head: int, root: int) -> bool:
    """Whether the parse reads the note as a state predicated of its head, the copula unsaid:
    the head is the copular subject of an adverb or of a noun in a case of state or place
    ("perustelut [ovat] piilossa liitteissä", "raportit [ovat] myöhässä")."""
    if head == root or tokens[head].dep != "nsubj:cop":
        return False
    return tokens[root].pos == "ADV" or feature(tokens[root].morph, "Case") in _STATE_CASES


def predicative_adjective(token: ParsedToken) -> bool:
    """An adjective outside the noun phrase in the nominative or partitive that modifies no
    noun: the predicate of an unsaid copula ("tiedotus [on] huonoa"), a judgement, no wish."""
    case = feature(token.morph, "Case")
    return token.pos == "ADJ" and case in ("Nom", "Par") and token.dep != "amod"


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
