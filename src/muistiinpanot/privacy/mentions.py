"""Whose an e-mail address or an @-mention is, read from its shape and its words.

- An e-mail address of an office, a service or a template is not personal data: its local
  part is a role ("kirjaamo@", "etunimi.sukunimi@") or ordinary words only, with no name
  reading ("tilavaraukset@", "klinikka-info@"), also typed without the dots of ä and ö as
  local parts are ("kesatyot@"). An address at a free webmail service is a
  person's whatever its local part ("kettu@gmail.com").
- An @-mention ("@sini.kanerva", "@hessukurki") names a person, unless it is a role or an
  ordinary word to everyone ("@kaikki", "@tiimi", "@channel"), also a compound or a plural
  typed without the dots of ä and ö, as an address's local part is read ("@kaupunkipyorat").
- A hyphenated @-handle whose last part is an ordinary noun names a thing ("@Teams-kanava").

Whose a phone number or an address is by the word next to it: contact_owners.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.classify import thing_head
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
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.wordparts import parts as word_parts

#: An @-mention: not inside an e-mail address or a word; a dot or a hyphen only between
#: letters ("@sini.kanerva", "@anna-liisa").
_MENTION = re.compile(r"(?<![\w.@%+-])@([^\W\d_][\w]*(?:[.-][\w]+)*)")
#: Voikko's classes that make a word personal: names and places.
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi"})
_PARTS = re.compile(r"[._-]")


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
