"""A given name right after a phone number, ending its part of a contact line: "puh
0505583321 Sointu, kysy lisää" (docs/privacy.md, "Round 43"). mentions.py reads the owner
in brackets after the number ("040 123 4567 (Tuuli)") and a given name's reading before it
("Raili 040 …"); a word after the number, before a comma, a semicolon or the line's end,
names whose the number is when the population register lists it as a given name, though
Voikko reads it as a common noun ("Sointu", "Into", "Usva": the register's evidence, as in
given_words.py). The word's part ends at any punctuation, a bracket or a slash too ("p. 050
765 4321 Usva.", "… Usva (iltaisin)", "… / Sointu"), or at a lower-case word ("… Into kysy
lisää"; review 27, finding 6).

Not a service, a body or a place after its number ("puh 0505 Kela, kysy …", "09 1234 5678
Vaihde", "… Päivystys, soita", "… Helsinki"): none is a register given name. Not a word of
a list of numbers ("040 … Ilta, 045 …": a label, as mentions.py reads "päivä 040 …, ilta
045 …"), nor a hyphen compound or a name of two words ("… Sointu-kuoro", "… Sointu ry").
Only marks more text (issue 12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun

#: One capitalised word after the number (after a slash too: "… / Sointu").
_AFTER = re.compile(r"(?:[ \t]*/[ \t]*|[ \t]+)([A-ZÅÄÖ][a-zåäö]+)")
#: What ends the word's part: punctuation, a bracket, a slash or the line's end.
_END = re.compile(r"[ \t]*(?:[.,;:!?()/]|$)", re.MULTILINE)
#: Or a lower-case word after it ("Into kysy lisää", "Usva iltaisin").
_LOWER = re.compile(r"[ \t]+([a-zåäö]+)")
#: A digit after the comma: the word labels the next number of a list.
_NEXT_NUMBER = re.compile(r"[ \t]*[,;/][ \t]*\d")
#: Voikko's class of an abbreviation ("Sointu ry": a society's name).
_ABBREVIATION = "lyhenne"


def after_phone_spans(
    text: str, spans: Sequence[PersonalSpan], voikko: Analyses | None
) -> list[PersonalSpan]:
    """The register given name right after each phone number of `spans` (module docstring)."""
    if voikko is None:
        return []
    register = load_gazetteer().register
    found = []
    for span in spans:
        if span.kind != "puhelin":
            continue
        match = _AFTER.match(text, span.end)
        if match is None or _NEXT_NUMBER.match(text, match.end(1)):
            continue
        if not _part_ends(text, match.end(1), voikko):
            continue
        word = match.group(1)
        if word.casefold() not in register or person_noun(word, voikko):
            continue
        if any(a.get("CLASS") == "paikannimi" for a in voikko.analyze(word)):
            continue
        found.append(PersonalSpan(match.start(1), match.end(1), "nimi"))
    return found


def _part_ends(text: str, end: int, voikko: Analyses) -> bool:
    """Whether the word ending at `end` ends its part of the line: punctuation, a bracket, a
    slash or the line's end after it, or a lower-case word Voikko knows that is no
    abbreviation ("Into kysy lisää"; not "Sointu ry")."""
    if _END.match(text, end):
        return True
    lower = _LOWER.match(text, end)
    if lower is None:
        return False
    readings = voikko.analyze(lower.group(1))
    return bool(readings) and all(a.get("CLASS") != _ABBREVIATION for a in readings)
