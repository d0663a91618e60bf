"""A verbless note's root that Voikko reads only as an adverb, which the parse took for a verb,
noun or adjective ("Jakoperusteet julki, avoimesti": "julki" parsed as a past verb), read as
the adverb it is (review 40 #16, mend79). An adverb is no predicative: a copula put before
it writes "Jakoperusteet ovat julki" or "Testikäyttäjät ovat mukaan", which is no Finnish
("julki", "mukaan", "pois" ask for a verb of bringing or taking that the note leaves unsaid),
so predicate.missing_copula puts none before it, and the note is a wish (wishes.py) or it is
not published. The adverb is read by Voikko's class (CLASS "seikkasana" in every reading),
not by a word list; one in a locative or essive form tells a place or a state and keeps its
copula ("vanhemmat mukana" → "Vanhemmat ovat mukana"), but the few state adverbs without such
an ending ("auki", "kiinni") lose theirs too, which leaves a note unpublished rather than
wrong."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from muistiinpanot.summarize.parsetree import TokenView
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.wordclasses import only_adverb

#: Parts of speech the parse may give a verbless note's root that a copula could go before.
_PREDICATIVE_POS = frozenset({"VERB", "NOUN", "ADJ"})


@dataclass(frozen=True, slots=True)
class ReadAs(TokenView):
    """A parsed root read as another part of speech, its features those given (its text,
    dependency and head are the parser's `token`): an adverb with no verb or case features
    ("julki"), or a root the tagger read as a finite verb that Voikko reads only as a noun
    in a place case ("nettiin": the illative of "netti", tagged a past passive; review 46
    #2). A copula before the noun would make the note's goal a fact ("Saunan vuorot ja
    hinnat ovat avoimesti nettiin"); in its case it is the goal of a wish (wishes.py)."""

    token: ParsedToken
    read_pos: str
    read_morph: str = ""

    @property
    def text(self) -> str:
        return self.token.text

    @property
    def pos(self) -> str:
        return self.read_pos

    @property
    def morph(self) -> str:
        return self.read_morph

    @property
    def dep(self) -> str:
        return self.token.dep

    @property
    def head(self) -> int:
        return self.token.head


#: Voikko's place cases (SIJAMUOTO) → UD's: a noun in one is an adverbial, no predicative.
_PLACE_CASES = {
    "sisatulento": "Ill",
    "ulkotulento": "All",
    "sisaolento": "Ine",
    "ulkoolento": "Ade",
    "sisaeronto": "Ela",
    "ulkoeronto": "Abl",
}


def adverb_roots(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with a root Voikko reads only as an adverb read as one, and a root tagged a
    finite verb that Voikko reads only as a noun in one place case read in that case (see
    the module doc and ReadAs)."""
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if token.dep != "ROOT" or token.pos not in _PREDICATIVE_POS:
            continue
        if _adverb(token.text, speller):
            result[index] = ReadAs(token, "ADV")
        elif token.pos == "VERB" and "VerbForm=Fin" in token.morph:
            case = _place_case(token.text, speller)
            if case:
                result[index] = ReadAs(token, "NOUN", f"Case={case}")
    return result


def _place_case(word: str, speller: Speller) -> str:
    """The UD place case of `word` when Voikko reads it only as nouns in that one case ("" if
    it has another reading, a verb's among them)."""
    analyses = speller.analyze(word.lower()) if word.isalpha() else ()
    cases = {_PLACE_CASES.get(a.get("SIJAMUOTO", ""), "") for a in analyses}
    nouns = all(a.get("CLASS") in ("nimisana", "nimisana_laatusana") for a in analyses)
    return next(iter(cases)) if analyses and nouns and len(cases) == 1 else ""


def directed(tokens: Sequence[ParsedToken]) -> bool:
    """Whether a verbless note's point is a direction its copula cannot give: its root is read
    as an adverb (above), or the root is an adposition's phrase with a nominative subject
    ("vanhemmat mukaan jo ennen koulun alkua"). Its nouns name no topic for a list ("Esiin
    nousivat myös vanhemmat" says nothing of taking them along): a wish or nothing."""
    for index, token in enumerate(tokens):
        if token.dep != "ROOT":
            continue
        if isinstance(token, ReadAs) and token.pos == "ADV":
            return True
        dependents = [t for t in tokens if t.head == index and t is not token]
        if any(t.dep == "case" for t in dependents) and any(
            t.dep.startswith("nsubj") and "Case=Nom" in t.morph for t in dependents
        ):
            return True
    return False


def adverb_predicatives(tokens: Sequence[ParsedToken], speller: Speller) -> int:
    """How many copulas of a sentence stand before an adverb as their predicative (the lint,
    review 40 #16): the copula's head is a word Voikko reads only as an adverb that the parse
    took for a verb, noun or adjective ("Jakoperusteet ovat julki"), or the word right after
    the copula is such an adverb that the parse hangs on a word after it as a postposition
    with no noun before it ("Testikäyttäjät ovat mukaan jo ennen julkaisua"). A state adverb
    the parse reads as one ("Kirjasto on auki") is not counted."""
    count = 0
    for index, token in enumerate(tokens):
        if token.dep != "cop" or "VerbForm=Fin" not in token.morph:
            continue
        head, after = tokens[token.head], index + 1
        if head.pos in _PREDICATIVE_POS and _adverb(head.text, speller):
            count += 1
        elif after < len(tokens) and tokens[after].dep == "case" and tokens[after].head > after:
            count += _adverb(tokens[after].text, speller)
    return count


#: Endings of a locative or essive: an adverb in one tells where or in what state, which "olla"
#: takes ("ovat mukana", "on esillä", "on täynnä"); the case endings of Finnish, no word list.
_STATE_ENDINGS = ("na", "nä", "lla", "llä", "ssa", "ssä")


def _adverb(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` only as an adverb, and not in a locative or essive form."""
    analyses = speller.analyze(word.lower()) if word.isalpha() else ()
    if word.lower().endswith(_STATE_ENDINGS):
        return False
    return only_adverb(analyses)
