"""A family's place that trades (docs/privacy.md, "Round 54" and "Review 36 mends";
precision): the place noun after a surname's genitive names a business, not a family's home,
when

- it is the subject of a business verb (privacy.toml `business_verbs`: "Tammisen tila myy
  aurinkosähköä", "Virtasen leipomo tarjoaa kahvit"), in the nominative, or
- it is the source, in the ablative or the elative, of a verb of buying in its clause
  (privacy.toml `purchase_verbs`: "Naapurit ostavat kananmunansa Heikkilän tilalta").

family_persons.py reads it: at a place that trades, the trade's counterpart may be a
customer, not the family: the recipient of the business verb (an allative or an adessive in
its clause: "myy naapureille") or the buyer (a nominative in the buying verb's clause:
"Naapurit ostavat"). Only those words are the counterpart (`trade_counterparts`); every
other word of the text, and a household, kin noun or pronoun in that role too, still points
to a person (review 36 #1: "Ojalan tilamyymälä myy perunoita, ja isäntä sai
rattijuopumustuomion").
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import CLAUSE_MARKS, Word, load_name_lexicon
from muistiinpanot.privacy.predicate import find_predicate, verb_readings
from muistiinpanot.privacy.protocols import Analyses

#: The cases of a source: the ablative ("tilalta") and the elative ("kaupasta").
_SOURCE_CASES = frozenset({"ulkoeronto", "sisaeronto"})
#: The cases of a sale's recipient: the allative ("naapureille") and the adessive
#: ("naapureilla", "vuokraa … kyläläisillä").
_RECIPIENT_CASES = frozenset({"ulkotulento", "ulkoolento"})
#: The case of a buyer, the subject of a buying verb ("Naapurit ostavat").
_BUYER_CASES = frozenset({"nimento"})
#: Voikko's classes of a counterpart: a common noun ("naapurit") or a pronoun ("hän").
_COUNTERPART_CLASSES = frozenset({"nimisana", "asemosana"})


def trading_place(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether the place noun at word k names a business (the module docstring)."""
    return trade_counterparts(text, words, k, voikko) is not None


def trade_counterparts(
    text: str, words: Sequence[Word], k: int, voikko: Analyses
) -> frozenset[int] | None:
    """None if the place noun at word k does not trade; else the indices of the words that
    may be the trade's counterpart: the nouns in the recipient's cases in the business
    verb's clause, or in the buyer's case in the buying verb's clause (module docstring)."""
    cases = {
        a.get("SIJAMUOTO") for a in voikko.analyze(words[k].text) if a.get("CLASS") == "nimisana"
    }
    lexicon = load_name_lexicon()
    if "nimento" in cases:
        found = find_predicate(text, words, k, voikko)
        if found is not None and any(
            base in lexicon.business_verbs for base, _ in verb_readings(found[1].text, voikko)
        ):
            return _in_cases(words, _clause(text, words, found[0]), _RECIPIENT_CASES, voikko)
    if not cases & _SOURCE_CASES:
        return None
    clause = _clause(text, words, k)
    if not any(
        base in lexicon.purchase_verbs
        for n in clause
        for base, _ in verb_readings(words[n].text, voikko)
    ):
        return None
    return _in_cases(words, clause, _BUYER_CASES, voikko)


def _in_cases(
    words: Sequence[Word], clause: Sequence[int], cases: frozenset[str], voikko: Analyses
) -> frozenset[int]:
    """The indices of `clause` whose word has a common noun's or a pronoun's reading in one
    of `cases` ("Naapurit ostavat", "Hän osti"; the pronoun since round 56)."""
    return frozenset(
        n
        for n in clause
        if any(
            a.get("CLASS") in _COUNTERPART_CLASSES and a.get("SIJAMUOTO") in cases
            for a in voikko.analyze(words[n].text)
        )
    )


def _clause(text: str, words: Sequence[Word], k: int) -> list[int]:
    """The indices of word k's clause, not k: no mark of `CLAUSE_MARKS` between them and k."""
    first = k
    while first > 0 and not _marked(text[words[first - 1].end : words[first].start]):
        first -= 1
    last = k
    while last + 1 < len(words) and not _marked(text[words[last].end : words[last + 1].start]):
        last += 1
    return [n for n in range(first, last + 1) if n != k]


def _marked(between: str) -> bool:
    return any(mark in between for mark in CLAUSE_MARKS)
