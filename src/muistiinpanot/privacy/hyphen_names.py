"""A given name hyphened to a noun of kin, sex or age names a person (docs/privacy.md, "Round
46", "Review 29 mends"): "Aino-täti", "Sade-tyttö", "Kuura-poika" (privacy.toml `kin_nouns`,
`gender_nouns`). The noun is the evidence a lone given name lacks: no thing is an aunt or a
girl. A generic noun of a person is none: "Aamu-ihminen", "Into-ihmiset" are kinds of
person. A name the population register knows that is also a word ("Sade", rain; "Lumi",
snow) is a person's there too (classify.py reads the whole word).
"""

from __future__ import annotations

from muistiinpanot.privacy.context import load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.protocols import Analyses


def named_person_noun(word: str, voikko: Analyses, shortest: int = 3) -> bool:
    """Whether `word` is two parts joined by one hyphen, a capitalised first part in the
    nominative that the register knows as a given name, and a lower-case noun of kin or sex
    whose base form is in the nominative as written ("Sade-tyttö", "Sade-tytön": the second part
    inflects; not "Sateen-tyttö"); the first part has at least `shortest` letters ([privacy]
    hyphen_name_letters)."""
    if word.count("-") != 1:
        return False
    first, last = word.split("-")
    if not (
        first[:1].isupper() and first[1:].islower() and last.islower() and len(first) >= shortest
    ):
        return False
    if first.casefold() not in load_gazetteer().register:
        return False
    readings = voikko.analyze(first)
    nominative = not readings or any(a.get("SIJAMUOTO") == "nimento" for a in readings)
    lexicon = load_name_lexicon()
    heads = lexicon.kin_nouns | lexicon.gender_nouns
    return nominative and any(
        a.get("CLASS") == "nimisana" and a.get("BASEFORM", "").casefold() in heads
        for a in voikko.analyze(last)
    )
