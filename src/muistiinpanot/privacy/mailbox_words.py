"""The words of an e-mail address's local part, read for whose the address is (mentions.py):
an ordinary word typed without the dots of ä and ö ("kesatyot@": kesätyöt), an office's
word (a plural, a compound, a derivation: "työpajat", "päiväkoti", "neuvonta"), and a
dotted local part of a role's words ("musiikkiopisto.kanslia@", "kaymalat.palaute@";
docs/privacy.md, "Round 44")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.protocols import Analyses

#: Voikko's classes that make a word personal: names and places.
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi"})
#: The letters an e-mail address types without dots.
_DOTLESS = {"a": "ä", "o": "ö"}
#: Voikko's classes of a role mailbox's words: common nouns, places, a compound's name.
_ROLE_CLASSES = frozenset({"nimisana", "paikannimi", "nimi"})


def role_parts(parts: Sequence[str], voikko: Analyses, dottable: int) -> bool:
    """Whether a dotted local part's words are a role's: common nouns (or typed without
    dots) and places, one a common noun at least and one an office's word (a compound, a
    derivation, a plural: `office_word`), none a name of a person to the
    register (the caller's test), to Voikko or to the gazetteer
    ("musiikkiopisto.kanslia", "kaymalat.palaute", "palveluseteli.tampere"). A person's
    address has a given name or a surname in it ("tuuli.kivi", "palaute.mikko",
    "m.virtanen"); two plain words, or a plain word and a place, may be a given name the
    register lacks and a word ("tahti.metsa", "kuura.palaute", "kuura.tampere"): kept a
    person's."""
    nouns, office = 0, False
    for part in parts:
        if not part.isalpha() or gazetteer_reading(part.capitalize()):
            return False
        analyses = voikko.analyze(part)
        if not analyses:
            if not dotless_common_word(part, voikko, dottable, whole=True):
                return False  # whole: an office's word typed without dots ("kaymalat")
            nouns, office = nouns + 1, True
            continue
        classes = {a.get("CLASS", "") for a in analyses}
        if classes & {"etunimi", "sukunimi"} or not classes <= _ROLE_CLASSES:
            return False
        nouns += "nimisana" in classes
        office = office or any(office_word(a) for a in analyses)
    return nouns > 0 and office


def dotless_common_word(word: str, voikko: Analyses, dottable: int, *, whole: bool) -> bool:
    """Whether `word` is an ordinary word typed without the dots of ä and ö, as a local part
    must be ("kesatyot@" for "kesätyöt", "neuvola-aanet"): Voikko knows none of its spellings
    as a name nor the gazetteer as a surname ("karki": Kärki), and knows one with a and o
    dotted, only as ordinary words. A local part of one word must read as an office's word,
    a plural, a compound or a derivation ("tyopajat", "paivakoti", "neuvonta"): a plain word
    in the singular may be a surname no dictionary lists as one ("torma": Törmä, "lahde")."""
    positions = [k for k, char in enumerate(word) if char in _DOTLESS][:dottable]
    if not positions or not word.isalpha():
        return False
    spellings = []
    for count in range(len(positions) + 1):
        for chosen in itertools.combinations(positions, count):
            letters = list(word)
            for k in chosen:
                letters[k] = _DOTLESS[letters[k]]
            spellings.append("".join(letters))
    readings = [voikko.analyze(spelling) for spelling in spellings]
    if any(a.get("CLASS", "") in _NAME_CLASSES for analyses in readings for a in analyses):
        return False
    if any(gazetteer_reading(spelling.capitalize()) for spelling in spellings):
        return False
    if whole:
        return any(office_word(a) for analyses in readings for a in analyses)
    return any(readings)


def office_word(analysis: dict[str, str]) -> bool:
    """Whether a reading is a plural, a compound or a derivation ("työpajat", "päiväkoti",
    "neuvonta"): an office's or a service's word, not a plain one a surname may be."""
    bases = analysis.get("WORDBASES", "")
    return (
        analysis.get("NUMBER") == "plural"
        or bases.count("+") - bases.count("(+") > 1
        or "(+" in bases
    )
