"""What a verbless wish's adverbials say (wishes.verbless_wish; split out of wishes.py): a
goal ("uimahalliin", "jokaiselle asiakkaalle", "englanniksi", a deadline "ennen kesää") that
ends no span ("aamusta iltaan"), extent ("ovelle asti") or amount ("puoleen"); a static place
of difference that sets coordinated heads apart ("eri siiloissa"); and a form asked for
besides the head's own ("ohjeet, myös kuvina")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.commawords import comma_words
from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Cases of a goal: whither, to whom, into what.
_GOAL_CASES = frozenset({"Ill", "All", "Tra"})
#: Cases (UD, Voikko) of a whence that makes an illative the end of a span ("aamusta iltaan").
_SOURCE_CASES = frozenset({"Ela", "Abl"})
_VOIKKO_SOURCE = frozenset({"sisaeronto", "ulkoeronto"})
#: Finnish grammar's closed classes: the preposition of a deadline, the words of an extent
#: ("ovelle asti").
_DEADLINE = "ennen"
_EXTENT = frozenset({"asti", "saakka"})
#: The additive focus particle: with an essive of form, a form asked for besides the one the
#: head has ("ohjeet, myös kuvina"; review 81 #1).
_ADDITIVE = "myös"
#: Fractions that are not ordinal derivations ("-nnes": "kolmannes", "neljännes").
_FRACTIONS = frozenset({"puoli", "nolla"})
#: Cases of a static place ("eri siiloissa"): with a word of difference they set the
#: coordinated heads apart, a state.
_STATIC_CASES = frozenset({"Ine", "Ade"})


def goal_adverbial(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> bool:
    """Whether the adverbial at `index` is a goal: an illative, allative or translative that
    ends no span ("aamusta iltaan") nor an extent ("ovelle asti"), or a deadline ("ennen
    kesää")."""
    token = tokens[index]
    below = [tokens[c].text.lower() for c in children[index]]
    if _DEADLINE in below:
        return True
    if feature(token.morph, "Case") not in _GOAL_CASES or _EXTENT & set(below):
        return False
    if _amount(tokens, children, index, speller):
        return False  # "ruokahävikki puoleen": the head is to shrink, a verb of change unsaid
    siblings = [c for c in children[token.head] if c != index]
    return not any(_source(tokens[c], speller) for c in siblings)


def additive_form(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> bool:
    """Whether the adverbial at `index` (the note's only one) is a form asked for besides
    the one the head has: a noun in the essive (the case of a role or form; every Voikko
    reading `olento`) with the additive focus particle "myös" and nothing else ("ohjeet,
    myös kuvina": also as pictures). An essive with a word of its own is a time ("myös ensi
    vuonna", "kolmena iltana"), and a note with another adverbial places its head
    ("uimahalli remontissa myös ensi vuonna"): a finding."""
    token = tokens[index]
    if token.pos not in ("NOUN", "ADJ") or feature(token.morph, "Case") != "Ess":
        return False
    readings = speller.analyze(token.text.lower())
    if not readings or any(a.get("SIJAMUOTO") != "olento" for a in readings):
        return False
    below = [tokens[c].text.lower() for c in children[index] if tokens[c].pos != "PUNCT"]
    return below == [_ADDITIVE]


def relating_place(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether the adverbial at `index` is a static place (inessive, adessive) with a word of
    difference ("eri siiloissa": lexicons/commas.toml `difference_bases`): said of
    coordinated heads, it sets them apart, a state. A place of likeness ("samassa talossa")
    is asked for (review 71 #2)."""
    if feature(tokens[index].morph, "Case") not in _STATIC_CASES:
        return False
    bases = comma_words("difference_bases")
    return any(tokens[c].lemma.lower() in bases for c in children[index])


def _amount(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> bool:
    """Whether the goal at `index` is an amount: a numeral, a word with one, or a fraction
    ("puoleen", "neljännekseen", "nollaan"): what the head should grow or shrink to."""
    token = tokens[index]
    if token.pos == "NUM" or any(tokens[c].pos == "NUM" for c in children[index]):
        return True
    lemma = token.lemma.lower()
    if lemma in _FRACTIONS or lemma.endswith("nnes"):
        return True
    return any(a.get("CLASS") == "lukusana" for a in speller.analyze(token.text.lower()))


def _source(token: ParsedToken, speller: Speller) -> bool:
    if feature(token.morph, "Case") in _SOURCE_CASES:
        return True
    readings = speller.analyze(token.text.lower())
    return any(a.get("SIJAMUOTO") in _VOIKKO_SOURCE for a in readings)
