"""Personal data with a fixed shape: e-mail addresses (also written "[at]", "(at)", " ät ",
"piste"), Finnish phone numbers (libphonenumber, region FI), personal identity codes (date and
check character, the 2023 century signs too), IBANs (python-stdnum's checksum) and street
addresses (a street name ending in -katu, -tie, -kuja, ... with a number, or postcode + town)."""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban

from muistiinpanot.privacy.spans import PersonalSpan

_DOT = r"(?:\.|\s*[\[(]\s*(?:dot|piste)\s*[\])]\s*|\s+(?:dot|piste)\s+)"
_AT = (
    r"(?:\s*@\s*|\s*[\[({<]\s*(?:at|ät|@|miukumauku|kissanhäntä)\s*[\])}>]\s*"
    r"|\s+(?:at|ät|miukumauku|kissanhäntä)\s+)"
)
_EMAIL = re.compile(
    rf"(?<![\w.%+-])[\w%+-]+(?:{_DOT}[\w%+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,12}}\b",
    re.IGNORECASE,
)
_HETU = re.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?!\w)")
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_IBAN_START = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){8,30}", re.IGNORECASE)
_STREET = (
    r"(?:katu|tie|kuja|polku|väylä|ranta|raitti|kaari|rinne|piha|aukio|puistikko|bulevardi"
    r"|gatan|vägen|gränd|stigen|kaarre|ahde|mäki|tanhua|kulma)"
)
#: Road classes that are numbered roads, not addresses ("valtatie 4").
_ROADS = r"(?:valta|kanta|seutu|yhdys|maan|moottori|kehä)"
_ADDRESS = re.compile(
    rf"(?<![\w-])(?!{_ROADS}tie)([^\W\d_]+{_STREET})\s+\d{{1,4}}(?:[a-zA-Z]\b)?"
    r"(?:\s*[-–]\s*\d{1,4})?(?:\s+[A-Za-z]\s*\d{0,3}\b)?(?![.,]\d|\s*%|\d)"
    r"(?:\s*,?\s*\d{5}\s+[A-ZÅÄÖ][a-zåäö]+)?",
)
_POSTCODE_TOWN = re.compile(r"(?<![\d\w,.])\d{5}\s+[A-ZÅÄÖ][a-zåäö]{2,}(?:\b)")
_ADDRESS_CONTEXT = re.compile(
    r"(?:osoit\w*|asu[nuvt]\w*|os\.|kotona|käyntiosoite|postit\w*|toimisto\w*)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def find_pattern_spans(text: str) -> list[PersonalSpan]:
    """Spans of every fixed-shape kind of personal data in `text` (may overlap)."""
    spans = [PersonalSpan(m.start(), m.end(), "sähköposti") for m in _EMAIL.finditer(text)]
    spans += [
        PersonalSpan(m.start(), m.end(), "henkilötunnus")
        for m in _HETU.finditer(text)
        if is_valid_hetu(m.group(0))
    ]
    spans += _iban_spans(text)
    spans += [
        PersonalSpan(m.start, m.end, "puhelin") for m in phonenumbers.PhoneNumberMatcher(text, "FI")
    ]
    spans += _address_spans(text)
    return spans


def is_valid_hetu(code: str) -> bool:
    """True when `code` is a Finnish personal identity code with a valid date and check char."""
    match = _HETU.fullmatch(code)
    if match is None:
        return False
    day, month, year, _sep, number, check = match.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    return _HETU_CHECK[int(day + month + year + number) % 31] == check


def _iban_spans(text: str) -> list[PersonalSpan]:
    """IBANs with or without spaces: the longest prefix of a candidate that passes the
    checksum (a candidate may run into the following word or number)."""
    spans = []
    for match in _IBAN_START.finditer(text):
        candidate = match.group(0)
        for end in range(len(candidate), 11, -1):
            if candidate[end - 1] == " ":
                continue
            if iban.is_valid(candidate[:end]):
                spans.append(PersonalSpan(match.start(), match.start() + end, "tilinumero"))
                break
    return spans


def _address_spans(text: str) -> list[PersonalSpan]:
    """A capitalised street name with a number; a lower-case one only after a word such as
    "osoite" or "asun"; postcode + town."""
    spans = []
    for match in _ADDRESS.finditer(text):
        capitalised = match.group(1)[0].isupper()
        if capitalised or _ADDRESS_CONTEXT.search(text[: match.start()]):
            spans.append(PersonalSpan(match.start(), match.end(), "osoite"))
    spans += [PersonalSpan(m.start(), m.end(), "osoite") for m in _POSTCODE_TOWN.finditer(text)]
    return spans
