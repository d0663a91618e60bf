"""A given name right after a phone number, ending its part of a contact line: "puh
0505583321 Sointu, kysy lisää" (docs/privacy.md, "Round 43"). mentions.py reads the owner
in brackets after the number ("040 123 4567 (Tuuli)") and a given name's reading before it
("Raili 040 …"); a word after the number, before a comma, a semicolon or the line's end,
names whose the number is when the population register lists it as a given name, though
Voikko reads it as a common noun ("Sointu", "Into", "Usva": the register's evidence, as in
given_words.py). The word's part ends at any punctuation, a bracket or a slash too ("p. 050
765 4321 Usva.", "… Usva (iltaisin)", "… / Sointu"), or at a lower-case word ("… Into kysy
lisää"; review 27, finding 6). Review 28, finding 6: a digit or a dash after a space ends
it too ("… Usva 16-20", "… Usva - iltaisin"; not a digit that starts the next phone
number), and only a company form vetoes a lower-case word, not every abbreviation ("Usva klo
16-20"; "Sointu ry" stays). After the word found, a register surname (or Voikko's) that
ends the part is the rest of a full name ("… Usva Kivi."), and a register given name after
"ja", "tai" or a slash that ends the part is a second owner ("… Into ja Sointu", "Usva/Into").

Not a service, a body or a place after its number ("puh 0505 Kela, kysy …", "09 1234 5678
Vaihde", "… Päivystys, soita", "… Helsinki"): none is a register given name. Not a word of
a list of numbers ("040 … Ilta, 045 …": a label, as mentions.py reads "päivä 040 …, ilta
045 …"), nor a hyphen compound or a name of two words ("… Sointu-kuoro", "… Sointu ry").
Only marks more text (issue 12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun

#: One capitalised word after the number (after a slash too: "… / Sointu").
_AFTER = re.compile(r"(?:[ \t]*/[ \t]*|[ \t]+)([A-ZÅÄÖ][a-zåäö]+)")
#: What ends the word's part: punctuation, a bracket, a slash or the line's end.
_END = re.compile(r"[ \t]*(?:[.,;:!?()/]|$)|[ \t]+(?:[-–]|\d)|–", re.MULTILINE)
#: A second given name coordinated with the first ("Into ja Sointu", "Usva/Into").
_COORDINATED = re.compile(r"(?:[ \t]+(?:ja|tai)[ \t]+|[ \t]*/[ \t]*)([A-ZÅÄÖ][a-zåäö]+)")
#: A capitalised word right after the given name: its surname ("Usva Kivi").
_SURNAME = re.compile(r"[ \t]+([A-ZÅÄÖ][a-zåäö]+)")
#: Or a lower-case word after it ("Into kysy lisää", "Usva iltaisin").
_LOWER = re.compile(r"[ \t]+([a-zåäö]+)")
#: A digit after the comma: the word labels the next number of a list.
_NEXT_NUMBER = re.compile(r"[ \t]*[,;/][ \t]*\d")


def after_phone_spans(
    text: str, spans: Sequence[PersonalSpan], voikko: Analyses | None
) -> list[PersonalSpan]:
    """The register given name right after each phone number of `spans` (module docstring)."""
    if voikko is None:
        return []
    phone_starts = {span.start for span in spans if span.kind == "puhelin"}
    found = []
    for span in spans:
        if span.kind != "puhelin":
            continue
        match = _AFTER.match(text, span.end)
        if match is None or _NEXT_NUMBER.match(text, match.end(1)):
            continue
        if not _given_name(match.group(1), voikko):
            continue
        surname = _SURNAME.match(text, match.end(1))
        if _part_ends(text, match.end(1), voikko, phone_starts):
            found.append(PersonalSpan(match.start(1), match.end(1), "nimi"))
            found.extend(_coordinated(text, match.end(1), voikko, phone_starts))
        elif (
            surname is not None
            and _surname(surname.group(1), voikko)
            and _part_ends(text, surname.end(1), voikko, phone_starts)
        ):
            found.append(PersonalSpan(match.start(1), surname.end(1), "nimi"))  # "Usva Kivi"
    return found


def _given_name(word: str, voikko: Analyses) -> bool:
    """A register given name that is no word for a person and no place."""
    if word.casefold() not in load_gazetteer().register or person_noun(word, voikko):
        return False
    return not any(a.get("CLASS") == "paikannimi" for a in voikko.analyze(word))


def _surname(word: str, voikko: Analyses) -> bool:
    if word.casefold() in register_surnames():
        return True
    return any(a.get("CLASS") == "sukunimi" for a in voikko.analyze(word))


def _coordinated(
    text: str, end: int, voikko: Analyses, phone_starts: set[int]
) -> list[PersonalSpan]:
    """A second register given name after "ja", "tai" or a slash, ending the part."""
    match = _COORDINATED.match(text, end)
    if match is None or not _given_name(match.group(1), voikko):
        return []
    if not _part_ends(text, match.end(1), voikko, phone_starts):
        return []
    return [PersonalSpan(match.start(1), match.end(1), "nimi")]


def _part_ends(text: str, end: int, voikko: Analyses, phone_starts: set[int]) -> bool:
    """Whether the word ending at `end` ends its part of the line: punctuation, a bracket, a
    slash, a dash, a digit (not the next phone number's) or the line's end after it, or a
    lower-case word Voikko knows that is no company form ("Into kysy lisää", "Usva klo";
    not "Sointu ry")."""
    ending = _END.match(text, end)
    if ending is not None:
        return not (
            text[ending.end() - 1 : ending.end()].isdigit() and ending.end() - 1 in phone_starts
        )
    lower = _LOWER.match(text, end)
    if lower is None:
        return False
    if lower.group(1) in load_name_lexicon().company_forms:
        return False
    return bool(voikko.analyze(lower.group(1)))
