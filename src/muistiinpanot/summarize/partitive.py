"""The partitive of a nominative word, for the object of a wish ("hiekoitus ja auraus …" →
"Toivottiin hiekoitusta ja aurausta …", summarize/wishes.py).

libvoikko analyses words but does not generate them, so, as for the genitive (inflect.py),
candidate forms are built from the regular Finnish stem changes (-nen → -stA, -e → -ettA,
plural -t → -iA/-itA/-jA/-ejA with the strong grade back: "penkit" → "penkkejä", "kotikäynnit"
→ "kotikäyntejä") in both vowel harmonies, and a candidate is used only when Voikko reads it as
the partitive of the same base form in the same number. No word list."""

from __future__ import annotations

from muistiinpanot.summarize.inflect import confirmed_form, ungraded
from muistiinpanot.summarize.protocols import Speller

_BACK = frozenset("aou")
_FRONT = frozenset("äöy")


def partitive(word: str, speller: Speller) -> str | None:
    """The partitive of nominative `word` in its own number, as Voikko confirms it; None when
    Voikko does not read `word` as a nominative or no candidate is confirmed."""
    return confirmed_form(word.lower(), _candidates, "osanto", speller, same_class=False)


def _candidates(word: str) -> list[str]:
    """Possible partitives of `word` ("A" stands for the harmony vowel; Voikko decides)."""
    forms: list[str] = []
    if word.endswith("t") and len(word) > 2:  # a plural nominative
        stem = word[:-1]
        strong = ungraded(stem)
        for base in dict.fromkeys((stem, strong)):
            forms += [base[:-1] + "iA", base[:-1] + "itA", base + "jA", base[:-1] + "ejA"]
            if base[-1:] in ("a", "ä"):  # "ruokalistat" → "ruokalistoja"
                forms.append(base[:-1] + {"a": "o", "ä": "ö"}[base[-1]] + "jA")
        forms += [stem[:-1] + "itA", stem[:-1] + "iA"]
    if word.endswith("nen"):  # "yhteinen" → "yhteistä", "tihentäminen" → "tihentämistä"
        forms.append(word[:-3] + "stA")
    if word.endswith("e"):  # "kierrätyspiste" → "kierrätyspistettä"
        forms.append(word + "ttA")
    if word.endswith("i"):  # "tuki" → "tukea"
        forms.append(word[:-1] + "eA")
    forms += [word + "A", word + "tA"]
    harmony = _harmony(word)
    ordered = [f.replace("A", harmony) for f in forms]
    ordered += [f.replace("A", "ä" if harmony == "a" else "a") for f in forms]
    return [form for form in dict.fromkeys(ordered) if form != word]


def _harmony(word: str) -> str:
    """The harmony vowel of the word's last part: "a" after a back vowel, "ä" otherwise."""
    for char in reversed(word):
        if char in _BACK:
            return "a"
        if char in _FRONT:
            return "ä"
    return "ä"
