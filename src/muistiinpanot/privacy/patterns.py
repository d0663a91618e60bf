"""Personal data with a fixed shape: e-mail addresses (also written "[at]", "(at)", "-at-", " ät ",
"piste"; "#" for "@" with no space), @-mentions (mentions.py), Finnish phone numbers
(phones.py: libphonenumber, region FI; a business ID with its check digit is none), personal
identity codes (date and check character, the 2023 century signs too, however spaced), IBANs
(python-stdnum's checksum) and street addresses (a street name ending in -katu, -tie, -kuja,
... and their Swedish counterparts, -gatan, -vägen, -esplanaden, ..., with a number and a
stair or a flat, or postcode + town; an address its clause gives to a body is none:
body_addresses.py)."""

from __future__ import annotations

import re

from stdnum import iban

from muistiinpanot.privacy.body_addresses import body_address
from muistiinpanot.privacy.contact_names import after_phone_spans
from muistiinpanot.privacy.contact_owners import owner_spans
from muistiinpanot.privacy.contact_surnames import surnames_before_numbers
from muistiinpanot.privacy.house_numbers import (
    bare_street_addresses,
    inflected_house_number,
    town_after,
)
from muistiinpanot.privacy.mentions import mention_spans, role_mailbox
from muistiinpanot.privacy.phones import phone_spans
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.privacy.spans import PersonalSpan

#: A dot or an "at" written out: in brackets, between hyphens, underscores or asterisks, or
#: between spaces ("(at)", "-at-", "[ät]", " piste ", "_dot_"); "a" and "ä" in brackets only.
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_MARK = r"[*_-]"
_DOT = (
    rf"(?:\.|\s*{_OPEN}\s*(?:dot|piste)\s*{_CLOSE}\s*|\s*{_MARK}\s*(?:dot|piste)\s*{_MARK}\s*"
    r"|\s+(?:dot|piste)\s+)"
)
_AT = (
    rf"(?:\s*@\s*|\s*{_OPEN}\s*(?:at|ät|a|ä|@|miukumauku|kissanhäntä)\s*{_CLOSE}\s*"
    rf"|\s*{_MARK}\s*(?:at|ät|@)\s*{_MARK}\s*"
    r"|\s+(?:at|ät|miukumauku|kissanhäntä)\s+"
    r"|#(?=[\w-]+\.))"  # "etunimi.sukunimi#kunta.fi": a hash for the at sign, no space
)
_EMAIL = re.compile(
    rf"(?<![\w.%+-])[\w%+-]+(?:{_DOT}[\w%+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,12}}\b",
    re.IGNORECASE,
)
#: An identity code however it is spaced: date, century sign (or only a space), number and
#: check character ("250379-046D", "250379 - 046D", "250379 046D", "25 03 79-046D").
_HETU = re.compile(
    r"(?<![\w-])(\d{2}) ?(\d{2}) ?(\d{2})(\s*[-+A-FU-Y]\s*|\s+)(\d{3}) ?([0-9A-Y])(?!\w)",
    re.IGNORECASE,
)
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
#: A country code and check digits, then 8-30 letters or digits, spaces or hyphens anywhere
#: between them ("FI21 1234 5600 0007 85", "FI 71 1590 3000 0876 58", "fi2112345600000785").
_IBAN_START = re.compile(r"(?<![\w])[A-Z]{2}(?:[ -]?\d){2}(?:[ -]?[A-Z0-9]){8,30}", re.IGNORECASE)
_STREET = (
    r"(?:katu|tie|kuja|polku|väylä|ranta|raitti|kaari|rinne|piha|aukio|puistikko|bulevardi"
    r"|gatan|vägen|gränd|stigen|kaarre|ahde|mäki|tanhua|kulma"
    r"|esplanadi|esplanaden|torget|backen|allén|kajen|stranden"
    # the same in the genitive and the local cases a home is given in ("Koivukujalla 3")
    r"|(?:kadu|kuja|polu|piha|aukio|kulma|ranna|kaare)(?:lla|lle|lta|n)"
    r"|(?:tie|väylä|rintee|mäe)(?:llä|lle|ltä|n))"
)
#: Road classes that are numbered roads, not addresses ("valtatie 4").
_ROADS = r"(?:valta|kanta|seutu|yhdys|maan|moottori|kehä)"
#: First words of two-word street names ("Vanha Porvoontie", "Iso Roobertinkatu"). The
#: adjective agrees with the street in case, so it takes the genitive and the local cases a
#: home is given in too ("Vanhalle Myllytielle 3", "Uudella Koulukadulla 5", "Isolta tieltä").
_STREET_PREFIX = (
    r"(?:(?i:vanha(?:n|lla|lle|lta)?|uusi|uude(?:n|lla|lle|lta)|iso(?:n|lla|lle|lta)?"
    r"|pieni|piene(?:n|llä|lle|ltä)|pikku|ala|ylä|keski"
    r"|(?:itä|länt|pohjo|etelä)(?:inen|ise(?:n|lla|llä|lle|lta|ltä)))\s+)?"
)
#: A part of a home's address after the house number: a stair, a floor or a flat ("rappu C",
#: "porras 2", "as. 9", "asunto 12", "krs 3", "huoneisto B 4").
_FLAT_PART = (
    r"(?i:rappu|porras|rap|asunto|as|huoneisto|huon|kerros|krs|rak|rakennus)(?:\.\s*|\s+)"
    r"(?:[A-Za-z]\b(?:\s*\d{1,3}\b)?|\d{1,4}\b(?:\s*[A-Za-z]\b)?)"
)
#: A town after a street or a postcode, capitalised or in capitals ("Tampere", "VANTAA").
_TOWN = r"[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+\b)"
_ADDRESS = re.compile(
    rf"(?<![\w-])(?!(?i:{_ROADS}tie))({_STREET_PREFIX}[^\W\d_]+(?i:{_STREET}))\s+\d{{1,4}}"
    r"(?:[a-zA-Z]\b)?(?:\s*[-–]\s*\d{1,4})?(?:\s+[A-Za-z]\s*\d{0,3}\b)?"
    rf"(?:\s*,?\s+{_FLAT_PART})*(?::[a-zåäö]{{1,5}}\b)?(?![.,]\d|\s*%|\d)"
    rf"(?:\s*,\s*(?:\d{{5}}\s+)?{_TOWN}|\s+\d{{5}}\s+{_TOWN})?",
)
_POSTCODE_TOWN = re.compile(r"(?<![\d\w,.])\d{5}\s+[A-ZÅÄÖ](?:[a-zåäö]{2,}|[A-ZÅÄÖ]{2,})\b")
_ADDRESS_CONTEXT = re.compile(
    r"(?:osoit\w*|asu[nuvt]\w*|os\.|kotona|käyntiosoite|postit\w*|toimisto\w*)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def find_pattern_spans(
    text: str,
    voikko: Analyses | None = None,
    owner_window: int = DEFAULT_SETTINGS.owner_window,
    dottable: int = DEFAULT_SETTINGS.dottable_letters,
    *,
    surnames: bool = DEFAULT_SETTINGS.contact_surnames,
    mistyped: bool = DEFAULT_SETTINGS.mistyped_codes,
    bodies: bool = DEFAULT_SETTINGS.place_and_firm_shapes,
) -> list[PersonalSpan]:
    """Spans of every fixed-shape kind of personal data in `text` (may overlap); with
    `voikko`, an address or a mention made of ordinary words is an office's, and a given
    name within `owner_window` characters before a phone number is its owner's (mentions.py),
    with `surnames` a full name there too (contact_surnames.py); with `mistyped` an identity
    code or a Finnish IBAN of the exact shape whose check fails too (a typo in a code is
    still that person's code)."""
    spans = [
        PersonalSpan(m.start(), m.end(), "sähköposti")
        for m in _EMAIL.finditer(text)
        if not _role_mailbox(m.group(0), voikko, dottable)
    ]
    spans += mention_spans(text, voikko, dottable, bodies=bodies)
    spans += [
        PersonalSpan(m.start(), m.end(), "henkilötunnus")
        for m in _HETU.finditer(text)
        if is_valid_hetu(m.group(0)) or (mistyped and is_hetu_shape(m.group(0)))
    ]
    spans += _iban_spans(text)
    if mistyped:  # "IBAN FI45 5000 1420 0388 11": the checksum fails, the shape is an IBAN's
        spans += _finnish_iban_shapes(text, spans)
    spans += phone_spans(text, voikko, owner_window, bodies=bodies)
    spans += _address_spans(text, voikko)
    spans += owner_spans(text, spans, voikko, owner_window)  # "040 123 4567 (Tuuli)"
    spans += after_phone_spans(text, spans, voikko)  # "puh 0505 … Sointu, kysy lisää"
    if surnames:  # "tarja pelto, 045 …"
        spans += surnames_before_numbers(text, spans, voikko, owner_window)
    return spans


def office_addresses(text: str, voikko: Analyses | None = None) -> list[tuple[int, int]]:
    """Where `text` has an e-mail address of an office or a template (not personal data)."""
    return [
        (m.start(), m.end()) for m in _EMAIL.finditer(text) if _role_mailbox(m.group(0), voikko)
    ]


def _role_mailbox(
    address: str, voikko: Analyses | None, dottable: int = DEFAULT_SETTINGS.dottable_letters
) -> bool:
    """An office's or a template's address (kirjaamo@, info@, tilavaraukset@)."""
    local, domain = re.split(_AT, address.casefold(), maxsplit=1, flags=re.IGNORECASE)
    return role_mailbox(local, re.sub(_DOT, ".", domain, flags=re.IGNORECASE), voikko, dottable)


def is_valid_hetu(code: str) -> bool:
    """True when `code` is a Finnish personal identity code with a valid date and check char."""
    match = _HETU.fullmatch(code)
    if match is None:
        return False
    day, month, year, _sep, number, check = match.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    return _HETU_CHECK[int(day + month + year + number) % 31] == check.upper()


#: An identity code's exact shape: a date DDMMYY, a century sign, three digits and a check
#: character of the code's alphabet ("120384-123X", "050581A234B"); spaces only around the sign.
_HETU_SHAPE = re.compile(
    rf"(\d{{2}})(\d{{2}})(\d{{2}}) ?[-+A-FU-Y] ?\d{{3}}[{_HETU_CHECK}]", re.IGNORECASE
)
#: A Finnish IBAN's exact shape: FI, two check digits and 14 digits, in groups of four or not
#: ("FI45 5000 1420 0388 11", "FI4550001420038811", "FI 45 5000 …", "fi45-5000-…"); not
#: when more digits follow (a longer number, "FI12 3456 7800 0011 22 33").
_FINNISH_IBAN = re.compile(
    r"(?<![\w-])FI[ -]?\d{2}(?:(?: ?\d{4}){3} ?\d{2}|(?:-\d{4}){3}-\d{2})(?![\w-]|[.,]?\s?\d)",
    re.IGNORECASE,
)


def is_hetu_shape(code: str) -> bool:
    """True when `code` has an identity code's exact shape (a real calendar date, a century
    sign, three digits, a check character of the alphabet), whether or not the check holds."""
    match = _HETU_SHAPE.fullmatch(code)
    if match is None:
        return False
    day, month, year = (int(part) for part in match.groups())
    if (month, day) == (2, 29):
        return year % 4 == 0  # 2000 and 1900 alike: the sign may be the typo
    days = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return 1 <= month <= 12 and 1 <= day <= days[month - 1]


def _finnish_iban_shapes(text: str, found: list[PersonalSpan]) -> list[PersonalSpan]:
    """Finnish IBANs of the exact shape whose checksum fails, where no IBAN was found."""
    return [
        PersonalSpan(m.start(), m.end(), "tilinumero")
        for m in _FINNISH_IBAN.finditer(text)
        if not any(s.start < m.end() and m.start() < s.end for s in found)
    ]


def _iban_spans(text: str) -> list[PersonalSpan]:
    """IBANs with or without spaces: the longest prefix of a candidate that passes the
    checksum (a candidate may run into the following word or number). A candidate with no
    such prefix may have swallowed the IBAN's start ("ja 2025 FI21 …": "ja" and "20" read as
    a country and check digits), so the search goes on from its next letter."""
    spans = []
    position = 0
    while match := _IBAN_START.search(text, position):
        candidate = match.group(0)
        position = match.start() + 1
        for end in range(len(candidate), 11, -1):
            if candidate[end - 1] in " -":
                continue
            if iban.is_valid(candidate[:end]):
                spans.append(PersonalSpan(match.start(), match.start() + end, "tilinumero"))
                position = match.start() + end
                break
    return spans


#: An inflected street name ("Koivukujalla"), and a lower-case word after its number.
_INFLECTED_STREET = re.compile(r"(?:lla|llä|lle|lta|ltä|(?<!gata)(?<!väge)n)$")
_COUNTED = re.compile(r"\s+([a-zåäö]+)")
#: A case ending after a house number's colon ("27:n"), at the end of an address's match.
_NUMBER_ENDING = re.compile(r"\d:([a-zåäö]{1,5})$")


def _address_spans(text: str, voikko: Analyses | None = None) -> list[PersonalSpan]:
    """A capitalised street name with a number; a lower-case one only after a word such as
    "osoite" or "asun"; postcode + town; a street name with no suffix (house_numbers.py)."""
    spans = []
    for match in _ADDRESS.finditer(text):
        counted = _COUNTED.match(text, match.end())
        if _INFLECTED_STREET.search(match.group(1)) and counted:
            ending = _NUMBER_ENDING.search(match.group(0))
            if not (ending and inflected_house_number(ending.group(1), counted.group(1), voikko)):
                continue  # "Hämeenkadulla 5 kauppaa": a count, not a house number
        capitalised = match.group(1)[0].isupper()
        if capitalised or _ADDRESS_CONTEXT.search(text[: match.start()]):
            end = town_after(text, match.end(), voikko)  # "Rantakatu 2 as 5 Kotka"
            spans.append(PersonalSpan(match.start(), end, "osoite"))
    spans += [PersonalSpan(m.start(), m.end(), "osoite") for m in _POSTCODE_TOWN.finditer(text)]
    bare = bare_street_addresses(text, _ADDRESS_CONTEXT)  # "Kotikallio 2 D 8"
    spans += [PersonalSpan(start, end, "osoite") for start, end in bare]
    if voikko is None:
        return spans
    # "Lukio sijaitsee osoitteessa Koulukatu 5, 15110 Lahti": a body's, its town too
    bodies = [s for s in spans if body_address(text, s.start, s.end, voikko)]
    return [s for s in spans if not any(b.start <= s.start and s.end <= b.end for b in bodies)]
