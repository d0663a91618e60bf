"""The words of an e-mail address's local part, read for whose the address is (mentions.py):
an ordinary word typed without the dots of ä and ö ("kesatyot@": kesätyöt), an office's
word (a plural, a compound, a derivation: "työpajat", "päiväkoti", "neuvonta"), and a
dotted local part of a role's words ("musiikkiopisto.kanslia@", "kaymalat.palaute@";
docs/privacy.md, "Round 44")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.gazetteer import gazetteer_reading, register_names, register_surnames
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.spelling import DOTS, dot_choices
from muistiinpanot.wordparts import compound_tails, part_of

#: Voikko's classes that make a word personal: names and places.
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi"})
#: Voikko's classes of a person's name (a place may name an office: "palveluseteli.tampere").
_PERSON_CLASSES = frozenset({"etunimi", "sukunimi"})
#: The a's and o's of a part at most re-dotted when every spelling is asked (2^6 spellings).
_SPELLING_LETTERS = 6
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


def role_of_body(parts: Sequence[str], voikko: Analyses) -> bool:
    """Whether one part is a role mailbox's word ("palaute", "kanslia") and another a body's
    noun (privacy.toml `organisation_heads`, a compound's last part too: "kirjasto",
    "lukio", "uimahalli"): a body's office. A role's word beside a plain word may be a
    person's ("kuura.palaute": Kuura, a given name the register lacks; round 44)."""
    lexicon = load_name_lexicon()
    roles, heads = lexicon.role_mailboxes, lexicon.organisation_heads
    return any(part in roles for part in parts) and any(
        a.get("CLASS") == "nimisana" and part_of(a, heads)
        for part in parts
        if part not in roles
        for a in voikko.analyze(part)
    )


def spellings(part: str, dottable: int = _SPELLING_LETTERS) -> list[str]:
    """`part` as typed and with every choice of its first `dottable` a's and o's dotted
    ("paivarinta": "päivärinta", "paivärinta", …): the spellings an address may stand for."""
    positions = [k for k, char in enumerate(part) if char in DOTS][:dottable]
    return list(dot_choices(part, positions))


def personal_part(part: str, voikko: Analyses) -> bool:
    """Whether a local part's word may be a person's in any spelling an address may type
    (review 28 #1): a register given name or surname ("paivarinta": Päivärinta, "tahti":
    Tähti), a person's name to Voikko or a name to the gazetteer, a word whose base form is
    a register name ("kivikot": Kivikko), or a compound whose last part is a register
    surname ("metsapelto", "hiekkaranta", "ylajarvi": -pelto, -ranta, -järvi), as
    compound surnames are; an address with one stays a person's."""
    names, surnames = register_names(), register_surnames()
    for spelling in spellings(part):
        if spelling in names or gazetteer_reading(spelling.capitalize()):
            return True
        for analysis in voikko.analyze(spelling):
            if analysis.get("CLASS", "") in _PERSON_CLASSES:
                return True
            base = analysis.get("BASEFORM", "").casefold()
            if base in names or any(tail in surnames for tail in compound_tails(analysis)):
                return True  # "kivikot": the Kivikkos too
    return False


def dotless_common_word(word: str, voikko: Analyses, dottable: int, *, whole: bool) -> bool:
    """Whether `word` is an ordinary word typed without the dots of ä and ö, as a local part
    must be ("kesatyot@" for "kesätyöt", "neuvola-aanet"): Voikko knows none of its spellings
    as a name nor the gazetteer as a surname ("karki": Kärki), and knows one with a and o
    dotted, only as ordinary words. A local part of one word must read as an office's word,
    a plural, a compound or a derivation ("tyopajat", "paivakoti", "neuvonta"): a plain word
    in the singular may be a surname no dictionary lists as one ("torma": Törmä, "lahde")."""
    if dottable < 1 or not any(char in DOTS for char in word) or not word.isalpha():
        return False
    typed = spellings(word, dottable)
    readings = [voikko.analyze(spelling) for spelling in typed]
    if any(a.get("CLASS", "") in _NAME_CLASSES for analyses in readings for a in analyses):
        return False
    if any(gazetteer_reading(spelling.capitalize()) for spelling in typed):
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
