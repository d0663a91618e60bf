"""A lower-case full name in apposition after a noun of kin (docs/privacy.md, "Round 44"):
"oppilaan äiti marjut kettula soitti kuraattorille". The given name is marked by the
lower-case frames; its surname is left when Voikko reads it only as a place ("kettula",
"lappi"), as many Finnish surnames are named after farms and villages. After a kin noun
in the nominative (privacy.toml `kin_nouns`, a compound's last part too: "isoäiti") and
a lower-case given name already marked, the next lower-case word is the surname when the
population register lists it as one and Voikko knows it only as a place or a name, or not
at all. Not an ordinary word ("äiti marjut soitti", "isä jari kotona": "kotona" is no
surname to the register), nor after any other noun ("kylän marjut kettula" is no frame).
Review 28, finding 5: a comma between the kin noun and the given name (apposition proper:
"oppilaan äiti, marjut kettula, soitti"), and a compound whose first part is a kin noun in
its base form ("äitipuoli", "isäpuoli"; not "äidinkieli", whose "äidin" is a genitive).
Only marks more text (issue 12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import register_surnames
from muistiinpanot.privacy.protocols import Analyses

#: Voikko's classes a surname named after a place may have.
_PLACE_OR_NAME = frozenset({"paikannimi", "sukunimi", "etunimi"})
#: A compound's parts in Voikko's WORDBASES, each as typed and its base form.
_PART = re.compile(r"\+([^(+]+)\(([^)]+)\)")


def mark_kin_full_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark a place-read register surname after a kin noun's lower-case given name."""
    kin = tuple(load_name_lexicon().kin_nouns)
    for i in range(1, len(words) - 1):
        given, surname = words[i], words[i + 1]
        if not names[i] or names[i + 1] or not given.text.islower() or not surname.text.islower():
            continue
        if not (_apposed(text, words[i - 1], given) and adjacent(text, given, surname)):
            continue
        if not any(a.get("CLASS") == "etunimi" for a in voikko.analyze(given.text)):
            continue
        if not _kin_noun(words[i - 1].text, voikko, kin):
            continue
        if surname.text in register_surnames() and _place_or_unknown(surname.text, voikko):
            names[i + 1] = True


def _apposed(text: str, kin_word: Word, given: Word) -> bool:
    """Side by side, or with only a comma between ("äiti, marjut")."""
    return adjacent(text, kin_word, given) or text[kin_word.end : given.start].strip() == ","


def _kin_noun(word: str, voikko: Analyses, kin: tuple[str, ...]) -> bool:
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == "nimento"
        and (a.get("BASEFORM", "").endswith(kin) or _kin_first(a.get("WORDBASES", ""), kin))
        for a in voikko.analyze(word.casefold())
    )


def _kin_first(wordbases: str, kin: tuple[str, ...]) -> bool:
    """A compound whose first part is a kin noun as its base form ("äitipuoli")."""
    parts = _PART.findall(wordbases)
    return len(parts) > 1 and parts[0][0] == parts[0][1] and parts[0][1] in kin


def _place_or_unknown(word: str, voikko: Analyses) -> bool:
    readings = voikko.analyze(word)
    return all(a.get("CLASS") in _PLACE_OR_NAME for a in readings)
