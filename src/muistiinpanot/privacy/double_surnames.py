"""A double-barrelled surname: a hyphen compound whose every part, capitalised, is a surname
of the population register and no place to Voikko ("Peura-Aholla on kaksi autoa",
"Virta-Ahon"; docs/privacy.md, "Round 43"). Voikko reads "Aho" and "Peura" as common nouns
too and the compound as one, so nothing else marks it; two register surnames joined by a
hyphen are a family's double name, as round 33 read two register given names
("Sanni-Mari").

Not a place compound: a part of direction or position ("Ylä-Aho", "Etelä-Savo", "Keski-
Suomi": "ylä", "etelä", "keski" are no register surnames), a part that is no surname
("Helsinki-Vantaa", "Kemi-Tornio"), or a part Voikko knows as a place ("Savo-Karjala":
"Savo" and "Karjala" are register surnames too); nor a compound whose later part is in
lower case ("Sote-alueella"), nor one whose last part Voikko reads as no surname (a firm of
two founders: "Lassila-Tikanojalla"). Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.gazetteer import register_surnames
from muistiinpanot.privacy.protocols import Analyses


def mark_double_surnames(words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """Mark each double-barrelled surname (module docstring)."""
    for i, word in enumerate(words):
        if names[i]:
            continue
        if double_surname(word, voikko):
            names[i] = True


def double_surname(word: Word, voikko: Analyses) -> bool:
    """Whether a surname's reading of the word (Voikko's, by its last part) has two register
    surnames as its parts, neither of which Voikko knows as a place."""
    if word.text.count("-") != 1 or not all(p[:1].isupper() for p in word.text.split("-")):
        return False
    surnames = register_surnames()
    for analysis in voikko.analyze(word.text):
        parts = analysis.get("BASEFORM", "").split("-")
        if analysis.get("CLASS") != "sukunimi" or len(parts) != 2:
            continue  # "Lassila-Tikanoja": Voikko reads its last part as no surname
        if all(p.casefold() in surnames for p in parts):
            return not any(_place(p.capitalize(), voikko) for p in parts)
    return False


def _place(part: str, voikko: Analyses) -> bool:
    return any(a.get("CLASS") == "paikannimi" for a in voikko.analyze(part))
