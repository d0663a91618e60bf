"""The surname of a full name right before a phone number (docs/privacy.md, "Round 62"; issue
12, recall): "tarja pelto, 045 331 7720, kysyi", "Minna Ahmadi, 044 530 1187".

mentions.py reads a word of a given name's reading right before a number, past a comma, a
colon or a label ("Raili 040 …", "satu p. 050 …"), as the number's owner. When a given name
stands before that word instead, the number is the frame of a full name: the word between is
its surname, though Voikko reads it as a field ("pelto") or does not know it ("Ahmadi"). So
two words right before the number (past the same comma, colon or label), the first read as
a given name by Voikko or the gazetteer (not a nickname's shape, as mentions.py), the second
typed in the same case (both capitalised or both lower case) and read as a surname:

- Voikko's or the gazetteer's surname, or a common noun in the nominative singular whose
  base the population register holds as a surname ("pelto", "kivi");
- or a capitalised word neither Voikko nor the gazetteer knows ("Ahmadi");

not a word with a reading of an adjective, an adverb, a verb, a pronoun or a numeral, nor
one Voikko reads only as such or as a noun made from a verb ("Minna iltaisin 045 …", "Minna
päivystys 045 …": contact_owners.no_surname), not a label ("puh";
contact_owners.PHONE_LABEL), and not after another number ("päivä 040 …, Minna ilta 045 …"
is a list's label). A given name neither Voikko nor the gazetteer knows is not read ("Rojan
Ahmadi, 044 …" is missed). Both words are marked. Only marks more text; `[privacy]
contact_surnames` turns it off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.contact_owners import PHONE_LABEL, no_surname
from muistiinpanot.privacy.gazetteer import gazetteer_reading, register_surnames
from muistiinpanot.privacy.nicknames import NICKNAME
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan

#: Two words right before the number, past a comma or a colon and a label.
_PAIR_BEFORE = re.compile(
    rf"([^\W\d_]+)[ \t]+(?!{PHONE_LABEL}\b)([^\W\d_]+)[ \t]*[,:]?[ \t]*"
    rf"(?:{PHONE_LABEL}\.?[ \t]*:?[ \t]*)?$",
    re.IGNORECASE,
)
_GIVEN = "etunimi"
_SURNAME = "sukunimi"
_NOUN = "nimisana"
#: Voikko's classes no surname has: adjectives, adverbs, verbs, pronouns.
_NOT_SURNAME = frozenset({"laatusana", "seikkasana", "teonsana", "asemosana", "lukusana"})
_DIGITS = tuple("0123456789")


def surnames_before_numbers(
    text: str, spans: Sequence[PersonalSpan], voikko: Analyses | None, window: int
) -> list[PersonalSpan]:
    """The given name and the surname right before each phone number of `spans`, looked for
    in the `window` characters before it (module docstring)."""
    if voikko is None:
        return []
    found = []
    for span in spans:
        if span.kind != "puhelin":
            continue
        match = _PAIR_BEFORE.search(text, max(0, span.start - window), span.start)
        if match is None or text[: match.start()].rstrip(" \t,;/").endswith(_DIGITS):
            continue
        given, surname = match.group(1), match.group(2)
        if given[:1].isupper() != surname[:1].isupper() or not surname[1:].islower():
            continue
        if _given(given, voikko) and _surname(surname, voikko):
            found.append(PersonalSpan(match.start(1), match.end(2), "nimi"))
    return found


def _given(word: str, voikko: Analyses) -> bool:
    """Whether Voikko or the gazetteer reads the word as a given name, not a nickname's
    shape."""
    classes = classify_word(word, voikko)[1]
    return _GIVEN in classes and NICKNAME not in classes


def _surname(word: str, voikko: Analyses) -> bool:
    """Whether the word reads as a surname (module docstring)."""
    analyses = voikko.analyze(word)
    if not analyses:
        return word[:1].isupper() or _SURNAME in gazetteer_reading(word)
    if any(a.get("CLASS") in _NOT_SURNAME for a in analyses) or no_surname(word, voikko):
        return False
    if any(a.get("CLASS") == _SURNAME for a in analyses) or _SURNAME in gazetteer_reading(word):
        return True
    surnames = register_surnames()
    return any(
        a.get("CLASS") == _NOUN
        and a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold() in surnames
        for a in analyses
    )
