"""Voikko's checks of a word, for the pieces a bullet is made of (bullets.py, lint.py):
whether a word can be a finite verb, whether a finite verb is a spoken form in a mood its
verb readings lack, whether a word is written Finnish, a theme label's content words, and
whether a clause is a question (joins.py, compose.py, topics.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.summarize.grammar import FINITE_MOODS
from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller

__all__ = ["adapted_loan", "finite_form", "known_word", "label_words", "question", "unfit_verb"]


def finite_form(speller: Speller, word: str) -> bool:
    """Whether Voikko can read `word` as a finite verb (a word it does not know passes: the
    parser decides)."""
    analyses = speller.analyze(word.lower())
    return not analyses or any(a.get("MOOD") in FINITE_MOODS for a in analyses)


#: UD moods of a finite verb → Voikko's MOOD.
_MOODS = {"Ind": "indicative", "Cnd": "conditional", "Imp": "imperative", "Pot": "potential"}


def unfit_verb(speller: Speller, token: ParsedToken, tagger_moods: bool = False) -> bool:
    """Whether the parse reads `token` as a finite verb in a mood that none of Voikko's verb
    readings of the word has: a spoken form written as it is said ("kehu" for "kehui", which
    Voikko reads as a noun or an imperative). A word with no verb reading at all is the
    parser's slip ("julki"), and words Voikko does not know are for `known_word`; connegative
    and negation verbs (also a word Voikko reads only as a connegative, which the parser may
    call an imperative after "eikä") have no mood of their own to compare. With
    `tagger_moods` (`[summary] tagger_moods`, review 84 #1), a verb one of whose readings
    has the parse's person and number is the tagger's slip of mood, not a spoken form: the
    conditional "madaltaisivat" tagged indicative has its third person plural ending, a
    spoken past "kehu" has no third person reading."""
    mood = _MOODS.get(feature(token.morph, "Mood"), "")
    if token.pos not in ("VERB", "AUX") or not mood or not token.text.isalpha():
        return False
    if "Connegative=Yes" in token.morph:
        return False
    verbs = [a for a in speller.analyze(token.text.lower()) if a.get("CLASS") == "teonsana"]
    if verbs and all(a.get("NEGATIVE") == "true" for a in verbs):
        return False  # only a connegative ("kerrota" after "eikä"), whatever mood parsed
    if tagger_moods and any(_agrees(a, token.morph) for a in verbs):
        return False
    return bool(verbs) and not any(a.get("MOOD") == mood for a in verbs)


#: UD numbers → Voikko's NUMBER.
_NUMBERS = {"Sing": "singular", "Plur": "plural"}


def _agrees(analysis: dict[str, str], morph: str) -> bool:
    """Whether Voikko's verb `analysis` has the person and number of the parse's `morph`."""
    person, number = feature(morph, "Person"), _NUMBERS.get(feature(morph, "Number"), "")
    return bool(person and number) and (analysis.get("PERSON"), analysis.get("NUMBER")) == (
        person,
        number,
    )


def label_words(label: str, speller: Speller) -> frozenset[str]:
    """The base forms (Voikko) of the nouns and adjectives of a theme's label ("Siilot ja
    organisaatiorajat" → siilo, organisaatioraja): what the bullet's opening should speak of."""
    words: set[str] = set()
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", label):
        for analysis in speller.analyze(word.lower()):
            if analysis.get("CLASS") in _LABEL_CLASSES and analysis.get("BASEFORM"):
                words.add(analysis["BASEFORM"].lower())
    return frozenset(words)


_LABEL_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


def known_word(speller: Speller, keep: frozenset[str], word: str) -> bool:
    """Whether `word` is written Finnish Voikko knows (or a capitalised name or acronym, or a
    word the tidy lexicon keeps): a spoken form or typo left ("ite", "tuu") is not."""
    return not word[:1].islower() or word in keep or speller.spell(word)


def adapted_loan(speller: Speller, word: str) -> bool:
    """Whether `word`, which Voikko does not know, is a loanword's unadapted nominative that
    Finnish inflects with a paragogic -i, its last consonant doubled or not, and Voikko knows
    as a noun in that form: "chat" (chatti, "chatin"), "blog" (blogi), "tablet" (tabletti),
    "link" (linkki): the notes use such a loan as a noun (review 84 #1). A word ending in a
    vowel, or whose -i form is no noun ("pitäis" → "pitäisi", a verb), is none, and so is a
    word of three letters or fewer: the notes' abbreviations ("min", "kpl") are that short;
    the -i form must be a noun of one stem in the nominative singular (_loan_noun)."""
    if len(word) < _LOAN_LETTERS or not word.isalpha() or word[-1:].lower() in _VOWELS:
        return False
    if speller.spell(word):
        return False
    return any(
        speller.spell(form) and any(_loan_noun(a) for a in speller.analyze(form))
        for form in (f"{word}i", f"{word}{word[-1]}i")
    )


def _loan_noun(analysis: Mapping[str, str]) -> bool:
    """Whether Voikko's `analysis` is a noun of one stem in the nominative singular without
    a possessive suffix, as an adapted loan's base form is: "ristiriitasetti" (a compound
    with "setti") and "korisi" ("kori" with a possessive) are none."""
    bases = re.findall(r"\(([^)]*)\)", analysis.get("WORDBASES", ""))
    stems = [base for base in bases if base and not base.startswith("+")]
    return (
        analysis.get("CLASS") == "nimisana"
        and analysis.get("SIJAMUOTO") == "nimento"
        and analysis.get("NUMBER") == "singular"
        and "POSSESSIVE" not in analysis
        and len(stems) <= 1
    )


_VOWELS = frozenset("aeiouyäö")
_LOAN_LETTERS = 4


#: Voikko's local cases: in, out of, into; on, off, onto.
_LOCAL_CASES = frozenset(
    {"sisaolento", "sisaeronto", "sisatulento", "ulkoolento", "ulkoeronto", "ulkotulento"}
)


def local_form(speller: Speller, word: str) -> bool:
    """Whether Voikko reads `word` in a local case: a postposition of place ("lumen alla",
    "pöydän päällä", "kuntien välillä") as against one of relation ("kesken", "kanssa")."""
    return any(a.get("SIJAMUOTO") in _LOCAL_CASES for a in speller.analyze(word.lower()))


#: Base forms (Voikko) of the interrogative words, a closed class of Finnish grammar.
_INTERROGATIVES = frozenset(
    {
        "mikä",
        "kuka",
        "kumpi",
        "miten",
        "milloin",
        "kuinka",
        "miksi",
        "miksei",
    }  # "miksei": "miks"+"ei"
)


def question(text: str, speller: Speller) -> bool:
    """A question, or a clause that opens with a question word ("Miksi päivystys
    lopetettiin."): an indirect question standing alone, which no statement can continue."""
    first = text.split(" ", 1)[0].lower()
    return text.endswith("?") or any(
        a.get("BASEFORM", "").lower() in _INTERROGATIVES for a in speller.analyze(first)
    )


def loan_nouns(tokens: Sequence[ParsedToken], speller: Speller) -> frozenset[str]:
    """The words of `tokens` the parse tags as nouns that are a loan's unadapted nominative
    (adapted_loan): the parse's tag keeps a spoken adverb out ("tuol")."""
    return frozenset(
        t.text for t in tokens if t.pos in ("NOUN", "PROPN") and adapted_loan(speller, t.text)
    )


def or_among(check: Callable[[str], bool], words: frozenset[str]) -> Callable[[str], bool]:
    """`check`, which also passes the `words`."""
    return (lambda word: word in words or check(word)) if words else check
