"""The one paid a wage or a benefit, named by words no list may hold: "Chidi Okaforille
maksettiin liian vähän lomarahaa" (docs/privacy.md, "Round 43"). A firm, a body or a country
is paid too, but for goods, a licence, a loan or a subsidy; a wage, holiday pay, a pension
or a household's benefit (given_words.toml `pay_nouns`, by base form or a compound's last
part: "kuukausipalkka", not "palkkatuki") is paid to a person.

A capitalised allative with a verb of paying (`paying_verbs`, its passive participle too:
"on maksettu") up to `reach` words from it ([privacy] recipient_window) and a noun of pay in
its clause is a person's name, with the capitalised words right before it that are names or
words Voikko does not know ("Chidi"; up to `paid_fore_names`), not one nothing knows in a
case ending ("Viimekuussa Okaforille": review 27, finding 11). Alone, the allative must be a
name to Voikko or the gazetteer ("Okaforille"): one word nothing knows may be a staffing
firm ("Staffpointille maksettiin palkat"), except in text to publish with a noun of pay in
the singular ("Chidille maksettiin palkka": review 27, finding 10; a firm is paid "palkat"
for its staff, the plural the person case seldom has). No part may be a word common in
English that the gazetteer does not know as a name (kin_owners.english_part: "Posti
Groupille maksettiin palkat"). The allative itself must be a word Voikko does not know or
reads as a given name or a surname: not a common noun, a place or a body ("Kelalle
maksettiin takaisin asumistuki", "Ukrainalle maksettiin eläkkeet", lookalikes.toml
`body_names`). Only marks more text (issue 12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.gazetteer import gazetteer_classes
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.kin_owners import english_part
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.predicate import comma_clause
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of, passive_participle_verb, verb_form
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings

#: Voikko's classes of a person's name.
_PERSON = frozenset({"etunimi", "sukunimi"})
#: Endings of the local cases, the essive and the translative: a word nothing knows that
#: ends so is inflected ("Viimekuussa"), no given name before an inflected surname.
_INFLECTED = re.compile(r"(?:ss|st|ll|lt)[aä]$|(?:n[aä]|ksi)$")


def mark_paid_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings = DEFAULT_SETTINGS,
    *,
    cautious: bool = False,
) -> None:
    """Mark the one paid a wage or a benefit (module docstring; `settings`: its
    `recipient_window`, `paid_fore_names` and `kin_pair_english_zipf`)."""
    reach = settings.recipient_window
    for i, word in enumerate(words):
        if names[i] or not word.text[:1].isupper() or not _named_allative(word.text, voikko):
            continue
        if not (_paid(words, i, voikko, reach) and _pay(text, words, i, voikko)):
            continue
        fore = []
        k = i - 1
        while k >= max(0, i - settings.paid_fore_names) and _fore_name(text, words, k, voikko):
            fore.append(k)
            k -= 1
        if any(english_part(words[k].text, settings) for k in (i, *fore)):
            continue  # "Posti Groupille maksettiin palkat": a firm's English word
        lone = cautious and _pay(text, words, i, voikko, singular=True)  # "Chidille … palkka"
        if fore or _known_name(word.text, voikko) or (lone and not voikko.analyze(word.text)):
            for k in (i, *fore):
                names[k] = True


def _named_allative(word: str, voikko: Analyses) -> bool:
    """An allative Voikko does not know, or reads as a given name or a surname; no body."""
    folded = word.casefold()
    if folded.removesuffix("lle") in load_lookalikes().body_names:
        return False
    readings = voikko.analyze(word)
    if not readings:
        return folded.endswith("lle") and len(folded) > 5
    return any(a.get("CLASS") in _PERSON and a.get("SIJAMUOTO") == "ulkotulento" for a in readings)


def _known_name(word: str, voikko: Analyses) -> bool:
    """A name to Voikko or, by the stem before "-lle" (a loan's "-ille" too: "Okaforille"),
    to the gazetteer; one word Voikko does not know may be a firm ("Staffpointille")."""
    if any(a.get("CLASS") in _PERSON for a in voikko.analyze(word)):
        return True
    stem = word.removesuffix("lle")
    return bool(gazetteer_classes([stem, stem.removesuffix("i")]) & _PERSON)


def _paid(words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    verbs = load_given_lexicon().paying_verbs
    near = range(max(0, i - reach), min(len(words), i + reach + 1))
    return any(
        k != i and verb_form(words[k].text, voikko, verbs, participle=passive_participle_verb)
        for k in near
    )


def _pay(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, *, singular: bool = False
) -> bool:
    """Whether a noun of pay stands in word i's clause (`singular`: in the singular)."""
    start, end = comma_clause(text, words, i)
    pay = load_given_lexicon().pay_nouns
    return any(
        a.get("CLASS") == "nimisana"
        and part_of(a, pay)
        and (not singular or a.get("NUMBER") == "singular")
        for k in range(start, end)
        if k != i
        for a in voikko.analyze(words[k].text.casefold())
    )


def _fore_name(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """A capitalised word right before k + 1, no other word: unknown to Voikko or a name."""
    word, after = words[k], words[k + 1]
    if not word.text[:1].isupper() or not adjacent(text, word, after):
        return False
    readings = voikko.analyze(word.text)
    if not readings:  # not an inflected word ("Viimekuussa"), unless a name ("Vanessa")
        return not _INFLECTED.search(word.text) or bool(gazetteer_classes([word.text]))
    return any(a.get("CLASS") in _PERSON for a in readings)
