"""A given name nothing lists as one, because it is also a word ("Leinikki", "Runo";
docs/privacy.md, "Round 16"): a capitalised simple noun opening a clause, which Voikko reads
only as a common noun (or also as a verb) in the nominative, whose floret vector is nearer
Finnish names than common words (`nouns.name_like`, `[privacy] name_margin`) and that is no
word of nature nor a noun of a person or a group (a kin, person or group noun of the
lexicon, or a head of its shops and houses, "Kuoro", "Talli", "Kahvila"; or one the vectors
read as of people: `nouns.personal`), is a name as the subject of what only
a person does: a verb only people do or a past verb of saying ("Runo lupasi", "Leinikki
kertoi"), a phrase of what people do, "olla" with a person's state, or "olla"/"toimia" with
a person noun in the essive, a role ("Tuike on ollut omaishoitajana"). A report tells
("Raportti kertoi"), but its vector lies among common words; a group does what people do
("Väki kertoi"), and so does "Usko" to the vectors, which stays unread; a word listed with a
lower-case noun is a body among bodies ("Kela ja verohallinto eivät osallistu"). A word the text or
the domain's writers (usage.py) write in lower case is a word, as for the publisher's nouns."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import NAME_CLASSES, Word, load_name_lexicon, opens_clause
from muistiinpanot.privacy.grounding import written_word
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import serves_in_role
from muistiinpanot.privacy.predicate_points import person_predicate
from muistiinpanot.privacy.press import press_speaking
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.privacy.structure import conjuncts, person_noun
from muistiinpanot.privacy.subjects import person_essive
from muistiinpanot.privacy.usage import written_words

#: Voikko's classes of a word that may be a given name nothing lists: a noun (also a verb:
#: "Usko" is "uskoa"'s imperative too), no adjective, pronoun or proper noun.
_WORDLIKE = frozenset({"nimisana", "teonsana"})


def mark_wordlike_given_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    window: int = DEFAULT_SETTINGS.complement_window,
) -> None:
    """Mark the given names of the module docstring."""
    if nouns is None:
        return
    found = [
        i
        for i, word in enumerate(words)
        if not names[i]
        and _wordlike_name(text, word, voikko, nouns)
        # one of a list with a lower-case noun is a body ("Kela ja verohallinto osallistuvat")
        and not any(words[j].text.islower() for j in conjuncts(text, words, i))
        and not press_speaking(text, words, i, voikko)  # "Lehti kertoi": the press
        if person_predicate(text, words, i, voikko)
        or serves_in_role(text, words, i, voikko, window, person_essive(voikko))
    ]
    if found:  # a word the text or the domain's writers write in lower case is a word
        written = written_words([w.text for w in words], voikko)
        for i in found:
            names[i] = not written_word(words[i], voikko, written)


def _wordlike_name(text: str, word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """A capitalised simple noun in the nominative opening a clause, of no name's or place's
    reading, shaped like a name by its vector, no word of nature and no person noun."""
    if word.kind != "other" or not word.classes <= _WORDLIKE or "nimisana" not in word.classes:
        return False
    if not (word.text[:1].isupper() and word.text[1:].islower()) or "-" in word.text:
        return False
    if word.classes & NAME_CLASSES or not opens_clause(text, word):
        return False
    nominal = [a for a in voikko.analyze(word.text) if a.get("CLASS") == "nimisana"]
    if not any(a.get("SIJAMUOTO") == "nimento" for a in nominal):
        return False
    if any(a.get("WORDBASES", "").count("+") > 1 for a in nominal):  # a compound or derivation
        return False
    lexicon = load_name_lexicon()
    bases = {a.get("BASEFORM", "").casefold() for a in nominal}
    if person_noun(word.text, voikko) or bases & (lexicon.kin_nouns | lexicon.people_nouns):
        return False
    if _group(bases):  # "Kuoro lupasi", "Talli lupasi": a group or a house acts as its people
        return False
    # a noun of people or a group ("Väki", "Kirkko") does what a person does; so does a
    # word of nature in a story ("Tuuli kertoi") no more than a name does
    lower = word.text.casefold()
    if nouns.personal(lower) or nouns.natural(lower):
        return False
    return nouns.name_like(word.text)


def _group(bases: set[str]) -> bool:
    """A noun of a group of people (lexicon `group_nouns`) or the head of a shop, a trade or
    a house named like an organisation (`business_heads`, `trade_heads`, `nominative_heads`)."""
    lexicon = load_name_lexicon()
    heads = lexicon.group_nouns | lexicon.nominative_heads
    return bool(bases & heads) or any(
        base in lexicon.business_heads or base in lexicon.trade_heads for base in bases
    )
