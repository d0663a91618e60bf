"""A given name hyphened to a person noun names a person (docs/privacy.md, "Round 46"):
"Aino-täti", "Sade-tyttö", "Kuura-poika". The noun is the evidence a lone given name lacks:
no thing is an aunt or a girl. A name the population register knows that is also a word
("Sade", rain; "Lumi", snow) is a person's there too (classify.py reads the whole word).
"""

from __future__ import annotations

from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun


def named_person_noun(word: str, voikko: Analyses) -> bool:
    """Whether `word` is two parts joined by one hyphen, a capitalised first part in the
    nominative that the register knows as a given name, and a lower-case person noun whose
    base form is in the nominative as written ("Sade-tyttö", "Sade-tytön": the second part
    inflects; not "Sateen-tyttö")."""
    if word.count("-") != 1:
        return False
    first, last = word.split("-")
    if not (first[:1].isupper() and first[1:].islower() and last.islower() and len(first) > 2):
        return False
    if first.casefold() not in load_gazetteer().register:
        return False
    readings = voikko.analyze(first)
    nominative = not readings or any(a.get("SIJAMUOTO") == "nimento" for a in readings)
    return nominative and person_noun(last, voikko)
