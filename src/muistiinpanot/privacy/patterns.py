"""Personal data with a fixed shape: e-mail addresses (also written "[at]", "(at)", "-at-", " ät ",
"piste"; "#" for "@" with no space), @-mentions (mentions.py), Finnish phone numbers
(libphonenumber, region FI; a business ID with its check digit is none), personal identity
codes (date and check character, the 2023 century signs too, however spaced), IBANs
(python-stdnum's checksum) and street addresses (a street name ending in -katu, -tie, -kuja,
... and their Swedish counterparts, -gatan, -vägen, -esplanaden, ..., with a number and a
stair or a flat, or postcode + town)."""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban
from stdnum.fi import ytunnus

from muistiinpanot.privacy.contact_names import after_phone_spans
from muistiinpanot.privacy.house_numbers import (
    bare_street_addresses,
    inflected_house_number,
    town_after,
)
from muistiinpanot.privacy.identifiers import identifier_number, run_can_be_phone
from muistiinpanot.privacy.mentions import mention_spans, owner_spans, role_mailbox
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
#: A run of digit groups written the way Finnish phone numbers begin (see _phone_prefix_spans).
_PHONE_RUN = re.compile(r"(?<![\w+(])(?:\+358|00358|\(0\d{1,3}\)|0\d)[\d\s()-]{4,30}\d")
#: Any one whitespace character, a line break in a note's cell too (review 31, finding 4).
_WHITESPACE = re.compile(r"\s")
_POSTCODE_TOWN = re.compile(r"(?<![\d\w,.])\d{5}\s+[A-ZÅÄÖ](?:[a-zåäö]{2,}|[A-ZÅÄÖ]{2,})\b")
#: A case or diary number ("0401/2025", "dnro 123/00.01.02/2024"): a number over a year, or
#: any number after a word for one. libphonenumber reads "0401/2025" as a mobile number.
_CASE_NUMBER = re.compile(r"\d/(?:19|20)\d\d(?!\d)")
_CASE_WORD = re.compile(
    r"(?<!\w)(?:dnro|dno|diaari\w*|asia(?:numero|nro)\w*|asia\s+nro|viite\w*)\W*$", re.IGNORECASE
)
_ADDRESS_CONTEXT = re.compile(
    r"(?:osoit\w*|asu[nuvt]\w*|os\.|kotona|käyntiosoite|postit\w*|toimisto\w*)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def find_pattern_spans(
    text: str,
    voikko: Analyses | None = None,
    owner_window: int = DEFAULT_SETTINGS.owner_window,
    dottable: int = DEFAULT_SETTINGS.dottable_letters,
) -> list[PersonalSpan]:
    """Spans of every fixed-shape kind of personal data in `text` (may overlap); with
    `voikko`, an address or a mention made of ordinary words is an office's, and a given
    name within `owner_window` characters before a phone number is its owner's (mentions.py)."""
    spans = [
        PersonalSpan(m.start(), m.end(), "sähköposti")
        for m in _EMAIL.finditer(text)
        if not _role_mailbox(m.group(0), voikko, dottable)
    ]
    spans += mention_spans(text, voikko, dottable)
    spans += [
        PersonalSpan(m.start(), m.end(), "henkilötunnus")
        for m in _HETU.finditer(text)
        if is_valid_hetu(m.group(0))
    ]
    spans += _iban_spans(text)
    # any whitespace as a space, one for one (offsets kept): "045 765\n4321" in a CSV cell
    flat = _WHITESPACE.sub(" ", text)
    phones = [
        PersonalSpan(m.start, m.end, "puhelin") for m in phonenumbers.PhoneNumberMatcher(flat, "FI")
    ]
    phones += _phone_prefix_spans(flat)
    spans += [
        span
        for span in phones
        if not _case_number(flat, span, owner_window)
        and not _business_id(flat, span)
        and not _service_number(flat, span)
        and not identifier_number(flat, span.start, voikko, owner_window, span.end)  # "siru 246 …"
    ]
    spans += _address_spans(text, voikko)
    spans += owner_spans(text, spans, voikko, owner_window)  # "040 123 4567 (Tuuli)"
    spans += after_phone_spans(text, spans, voikko)  # "puh 0505 … Sointu, kysy lisää"
    return spans


def _case_number(text: str, span: PersonalSpan, window: int) -> bool:
    """Whether a phone-like span is a case or diary number: a number over a year
    ("0401/2025"), or right after "dnro", "asianumero", "viitenumero" ("dnro 0401 2025")
    whose whole run of digits cannot be a phone ("viitenumero: 050 765 4321" is one; review
    31, finding 1)."""
    if _CASE_NUMBER.search(text[span.start : span.end]):
        return True
    if _CASE_WORD.search(text[max(0, span.start - 30) : span.start]) is None:
        return False
    return not run_can_be_phone(text, span.start, span.end, window)


#: A Finnish business ID as written: seven digits, a hyphen and a check digit ("1234567-1").
_BUSINESS_ID = re.compile(r"\d{7}-\d")


def _business_id(text: str, span: PersonalSpan) -> bool:
    """Whether a phone-like span is a business ID (y-tunnus) with a valid check digit: a
    firm's or a body's public register number, no person's (python-stdnum's checksum)."""
    piece = text[span.start : span.end].strip()
    return _BUSINESS_ID.fullmatch(piece) is not None and ytunnus.is_valid(piece)


#: libphonenumber's types of a service number: free of charge (0800), premium rate (0600,
#: 0700) and shared cost; no one's own phone.
_SERVICE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
    }
)
#: The national service numbers of the Finnish numbering plan (Traficom) that libphonenumber
#: reads as a firm's (UAN): 0100, 0200, 0300 (a firm's own number, 010, 020, 029, 030, may
#: be an employee's direct line, "0293 456 789 on sen suora numero", and stays personal).
#: Compared with the first group of digits as written ("0200 45 678"; not "020 0123 456", a
#: firm's 020 number whose national number also begins 200).
_SERVICE_PREFIXES = ("0100", "0200", "0300")
#: The first group of digits as written, after an international prefix ("+358 200 12345").
_FIRST_GROUP = re.compile(r"(?:\+358[ \t-]*|00358[ \t-]*)?(\d+)")


def _service_number(text: str, span: PersonalSpan) -> bool:
    """Whether a phone-like span is a service number: free of charge, premium rate or shared
    cost to libphonenumber, or one of the national service prefixes ("0800 12 345",
    "0600 41 414", "0200 12345"): a service's, no person's."""
    try:
        number = phonenumbers.parse(text[span.start : span.end], "FI")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.number_type(number) in _SERVICE_TYPES:
        return True
    # brackets around the first group or the trunk zero are no digits ("(0200) 45 678",
    # "+358 (0)200 12345")
    piece = text[span.start : span.end].strip().replace("(0)", "")
    written = _FIRST_GROUP.match(piece.replace("(", "").replace(")", "").strip())
    if written is None or number.country_code != 358:
        return False
    digits = written.group(1)
    group = digits if written.group(0) == digits else "0" + digits  # "+358 200" is "0200"
    return group.startswith(_SERVICE_PREFIXES)


def _phone_prefix_spans(text: str) -> list[PersonalSpan]:
    """Phone numbers that libphonenumber's matcher misses because more digits follow them
    ("040 123 4567 2025": the matcher tries the whole run and finds it invalid). Each run of
    digit groups that starts as a Finnish number does (0, +358, 00358, "(0") is cut back a group
    at a time until libphonenumber validates a number; `text` has its whitespace folded to
    spaces (find_pattern_spans), so a group ends at any whitespace."""
    spans = []
    for match in _PHONE_RUN.finditer(text):
        run = match.group(0)
        cuts = [i for i, char in enumerate(run) if char == " "] + [len(run)]
        for cut in reversed(cuts):
            piece = run[:cut].rstrip(" -")
            try:
                number = phonenumbers.parse(piece, "FI")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                start = match.start()
                spans.append(PersonalSpan(start, start + len(piece), "puhelin"))
                break
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
    return spans + [PersonalSpan(start, end, "osoite") for start, end in bare]
