"""Whose an e-mail address or an @-mention is, read from its shape and its words.

- An e-mail address of an office, a service or a template is not personal data: its local
  part is a role ("kirjaamo@", "etunimi.sukunimi@") or ordinary words only, with no name
  reading ("tilavaraukset@", "klinikka-info@"), also typed without the dots of ä and ö as
  local parts are ("kesatyot@"). An address at a free webmail service is a
  person's whatever its local part ("kettu@gmail.com").
- An @-mention ("@sini.kanerva", "@hessukurki") names a person, unless it is a role or an
  ordinary word to everyone ("@kaikki", "@tiimi", "@channel"), also a compound or a plural
  typed without the dots of ä and ö, as an address's local part is read ("@kaupunkipyorat").
- A capitalised word alone in brackets right after a phone number or an e-mail address names
  whose it is ("040 123 4567 (Tuuli)"), unless it is a role, a person noun or a place
  ("(Vaihde)", "(Rehtori)", "(Helsinki)") or an ordinary word no surname is: an adjective or
  an adverb, or a noun made from a verb ("(Arkisin)", "(Päivystys)"; a noun such as "(Haapa)"
  is a surname too). A word with a given name's reading right before a phone number, past a
  label such as "puh." or "tel.", names its owner too ("Raili 040 123 4567", "satu p. 050
  …", "tiedot Ainolta, tel. …"), unless a noun in the nominative stands before it, the head
  of a thing's name ("kahvila Helmi 040 …"; not before an ablative, who the number is from),
  or it follows another number ("päivisin 040 …, ilta 045 …": a label). The same word
  before a comma or a colon and an address or an e-mail address is their owner's ("Harri,
  Koulukatu 9 B 14").
- A hyphenated @-handle whose last part is an ordinary noun names a thing ("@Teams-kanava").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.classify import classify_word, thing_head
from muistiinpanot.privacy.firm_names import body_handle
from muistiinpanot.privacy.gazetteer import register_names
from muistiinpanot.privacy.mailbox_words import (
    dotless_common_word,
    office_word,
    personal_part,
    role_of_body,
    role_parts,
    spellings,
)
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.nicknames import NICKNAME
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import parts as word_parts

#: An @-mention: not inside an e-mail address or a word; a dot or a hyphen only between
#: letters ("@sini.kanerva", "@anna-liisa").
_MENTION = re.compile(r"(?<![\w.@%+-])@([^\W\d_][\w]*(?:[.-][\w]+)*)")
#: Voikko's classes that make a word personal: names and places.
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi"})
_PARTS = re.compile(r"[._-]")
_OWNER = re.compile(r"[ \t]*\([ \t]*([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)[ \t]*\)")
#: A word right before a phone number, past a comma or a colon and a label ("puh.", "tel:"),
#: and the word before it if any.
#: A phone number's label (contact_surnames.py reads the same).
PHONE_LABEL = r"(?:p|puh|puhelin|tel|gsm|nro|numero)"
_OWNER_BEFORE = re.compile(
    rf"(?:([^\W\d_]+)[ \t]+)?(?!{PHONE_LABEL}\b)([^\W\d_]+)[ \t]*[,:]?[ \t]*"
    rf"(?:{PHONE_LABEL}\.?[ \t]*:?[ \t]*)?$",
    re.IGNORECASE,
)


def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    names = load_name_lexicon()
    return (names.role_mailboxes, names.webmail_domains, names.role_mentions)


def role_mailbox(
    local: str,
    domain: str,
    voikko: Analyses | None,
    dottable: int = DEFAULT_SETTINGS.dottable_letters,
) -> bool:
    """Whether an address with this local part and domain is an office's, not a person's;
    at most `dottable` of its a and o letters are tried dotted ([privacy] dottable_letters)."""
    roles, webmail, _ = _lexicon()
    local, domain = local.strip().casefold(), domain.strip().casefold()
    if local in roles:
        return True
    if voikko is None or any(domain.endswith(d) for d in webmail):
        return False
    if "." in local and "_" not in local and _service_parts(local.split("."), voikko, dottable):
        return True  # "vaka.asiakaspalvelu@": ordinary words, the last a compound
    if "." in local or "_" in local:  # "first.last@", "m_virtanen@": a person's shape
        return False
    if _plural_common_noun(local, voikko):  # "rannat@": the shores, not the Rantas
        return True
    parts = local.split("-")
    return all(
        _common_word(part, voikko)
        or dotless_common_word(part, voikko, dottable, whole=len(parts) == 1)
        for part in parts
    )


def mention_spans(
    text: str,
    voikko: Analyses | None,
    dottable: int = DEFAULT_SETTINGS.dottable_letters,
    *,
    bodies: bool = DEFAULT_SETTINGS.place_and_firm_shapes,
) -> list[PersonalSpan]:
    """@-mentions that name a person (see the module docstring); at most `dottable` of a
    handle's a and o letters are tried dotted, as in an e-mail address's local part;
    `bodies`: a handle of parts one of which is a body's noun and none a given name is the
    body's (firm_names.body_handle)."""
    _, _, roles = _lexicon()
    spans = []
    for match in _MENTION.finditer(text):
        handle = match.group(1).casefold()
        if handle in roles:
            continue
        if (
            voikko is not None
            and not _PARTS.search(handle)
            and (
                _common_word(handle, voikko)
                # "@kaupunkipyorat": a compound or a plural typed without dots (round 46)
                or _dotless_common_handle(handle, voikko, dottable)
            )
            and not _register_name(handle)  # "@Ruska", "@Kaisla": a word, but a name too
            # "@kivimaki": Kivimäki with its dots restored (review 29, finding 6)
            and not _dotted_register_name(handle, voikko, dottable)
        ):
            continue
        if voikko is not None and "-" in handle and thing_head(handle.rsplit("-", 1)[1], voikko):
            continue  # "@Teams-kanava"
        if voikko is not None and bodies and body_handle(handle, voikko):
            continue  # "@nuorisotila_pihlaja", "@kirjasto.metsola" (round 67)
        spans.append(PersonalSpan(match.start(), match.end(), "nimi"))
    return spans


def _dotless_common_handle(handle: str, voikko: Analyses, dottable: int) -> bool:
    """Whether a handle is a compound or a plural typed without the dots of ä and ö
    (mailbox_words.dotless_common_word) whose base form and compound parts the register
    knows as no name: "@lahteenmaet" is the Lähteenmäki family ("lähteen+mäki"), and
    "@tuulimetsa" may be Tuuli Metsä ("tuuli+metsä"), though Voikko reads common nouns."""
    if not dotless_common_word(handle, voikko, dottable, whole=True):
        return False
    names = register_names()
    for spelling in spellings(handle, dottable):
        for analysis in voikko.analyze(spelling):
            bases = {analysis.get("BASEFORM", ""), *(part.base for part in word_parts(analysis))}
            if {base.casefold() for base in bases} & names:
                return False
    return True


def _common_word(word: str, voikko: Analyses) -> bool:
    """Whether Voikko knows `word` (lower case) and only as ordinary words."""
    if not word.isalpha():
        return False
    analyses = voikko.analyze(word)
    return bool(analyses) and not any(a.get("CLASS", "") in _NAME_CLASSES for a in analyses)


def _dotted_register_name(handle: str, voikko: Analyses, dottable: int) -> bool:
    """Whether a spelling of `handle` with its a and o letters dotted (at most `dottable`),
    or a base form Voikko reads in one, is a name the register knows ("@kivimaki":
    Kivimäki, which Voikko also reads as "kivi+maki")."""
    names = register_names()
    for spelling in spellings(handle, dottable):
        if spelling == handle:
            continue
        bases = {spelling} | {a.get("BASEFORM", "").casefold() for a in voikko.analyze(spelling)}
        if bases & names:
            return True
    return False


def _register_name(word: str) -> bool:
    """Whether the population register knows `word` (lower case) as a given name or a
    surname: an @-mention of one names a person, whatever else the word means."""
    return word in register_names()


def _service_parts(parts: Sequence[str], voikko: Analyses, dottable: int) -> bool:
    """Whether a dotted local part is a service's ("vaka.asiakaspalvelu",
    "tilat.varaukset"), not "first.last": every part an ordinary word to Voikko (or typed
    without dots) and no register name, and the last part, where a surname would stand,
    an office's word (a compound, a derivation or a plural: `office_word`), or one part a
    role mailbox's word and another a body's noun (`role_of_body`: "kirjasto.palaute",
    "kanslia.lukio"; round 54)."""
    if len(parts) < 2 or any(not part or _register_name(part) for part in parts):
        return False
    if any(personal_part(part, voikko) for part in parts):
        return False  # "tahti.paivarinta", "hiekkaranta.kuura": review 28 #1
    if all(
        _common_word(part, voikko) or dotless_common_word(part, voikko, 2, whole=False)
        for part in parts
    ) and (role_of_body(parts, voikko) or any(office_word(a) for a in voikko.analyze(parts[-1]))):
        return True
    return role_parts(parts, voikko, dottable)


def _plural_common_noun(word: str, voikko: Analyses) -> bool:
    """Whether every reading of `word` is a plural and one is a common noun's nominative
    ("rannat": the shores, also the Ranta family to Voikko; "lomat"): a service's or an
    office's mailbox. A surname's plural alone ("virtaset") and a singular ("ranta") may be
    a person's or a family's."""
    if not word.isalpha():
        return False
    analyses = voikko.analyze(word)
    return (
        bool(analyses)
        and all(a.get("NUMBER") == "plural" for a in analyses)
        and any(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" for a in analyses)
    )


def owner_spans(
    text: str,
    spans: Sequence[PersonalSpan],
    voikko: Analyses | None,
    window: int = DEFAULT_SETTINGS.owner_window,
) -> list[PersonalSpan]:
    """The owner named in brackets right after a phone number or an e-mail address, or by
    a word within `window` characters before a phone number ([privacy] owner_window)."""
    roles, _, _ = _lexicon()
    owners = []
    for span in spans:
        match = _OWNER.match(text, span.end) if span.kind in _CONTACTS else None
        if match is None or match.group(1).casefold() in roles:
            continue
        word = match.group(1)
        if voikko is not None and (
            person_noun(word, voikko)
            or any(a.get("CLASS") == "paikannimi" for a in voikko.analyze(word))
            or no_surname(word.casefold(), voikko)
        ):
            continue
        owners.append(PersonalSpan(match.start(1), match.end(1), "nimi"))
    if voikko is not None:
        owners += [
            owner
            for span in spans
            if span.kind == "puhelin" or (span.kind in _LINES and _after_comma(text, span))
            for owner in _owner_before(text, span, voikko, window)
        ]
    return owners


def _after_comma(text: str, span: PersonalSpan) -> bool:
    """Whether a comma or a colon stands right before the span ("Harri, Koulukatu 9 B")."""
    return text[: span.start].rstrip(" \t").endswith((",", ":"))


def _owner_before(
    text: str, span: PersonalSpan, voikko: Analyses, window: int
) -> list[PersonalSpan]:
    """A word of a given name's reading right before a phone number (the module docstring),
    looked for in the `window` characters before it."""
    match = _OWNER_BEFORE.search(text, max(0, span.start - window), span.start)
    if match is None:
        return []
    classes = classify_word(match.group(2), voikko)[1]
    if "etunimi" not in classes or NICKNAME in classes:  # a nickname's shape is no owner
        return []
    if match.group(1) is None and text[: match.start()].rstrip(" \t,;/").endswith(_DIGITS):
        return []  # "päivä 040 …, ilta 045 …": a label in a list of numbers
    previous, word = match.group(1), match.group(2).casefold()
    cases = {a.get("SIJAMUOTO") for a in voikko.analyze(word)}
    if "ulkoeronto" in cases or word.endswith(("lta", "ltä")):  # "tiedot Ainolta, tel. …"
        previous = None
    if previous is not None and any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(previous.casefold())
    ):
        return []  # "kahvila Helmi 040 …": a thing's name
    return [PersonalSpan(match.start(2), match.end(2), "nimi")]


_CONTACTS = frozenset({"puhelin", "sähköposti"})
#: An address or an e-mail address after its owner's name and a comma or a colon.
_LINES = frozenset({"osoite", "sähköposti"})
_DIGITS = tuple("0123456789")
#: Voikko's classes of adjectives and adverbs ("arkisin", "iltaisin").
_MODIFIERS = frozenset({"laatusana", "seikkasana"})
#: A derivation at the end of Voikko's WORDBASES: the last base in brackets, then a suffix
#: ("+päivyst(päivystää)+ys(+ys)", "+neuvo(neuvoa)+n+ta(+ta)").
_DERIVED = re.compile(r"\((\w+)\)[^()]*\(\+\w*\)$")


def no_surname(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads `word` only as an adjective, an adverb or a noun made from a verb
    ("arkisin", "päivystys"), none of which a surname is; not a plain noun ("haapa")."""
    analyses = voikko.analyze(word)
    return bool(analyses) and all(
        a.get("CLASS") in _MODIFIERS or _from_verb(a, voikko) for a in analyses
    )


def _from_verb(analysis: dict[str, str], voikko: Analyses) -> bool:
    match = _DERIVED.search(analysis.get("WORDBASES", ""))
    return (
        analysis.get("CLASS") == "nimisana"
        and match is not None
        and any(a.get("CLASS") == "teonsana" for a in voikko.analyze(match.group(1)))
    )
