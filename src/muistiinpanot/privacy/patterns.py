"""Personal data with a fixed shape: e-mail addresses (also written "[at]", "(at)", " ät ",
"piste"), Finnish phone numbers (libphonenumber, region FI), personal identity codes (date and
check character, the 2023 century signs too), IBANs (python-stdnum's checksum) and street
addresses (a street name ending in -katu, -tie, -kuja, ... with a number, or postcode + town)."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

import phonenumbers
from stdnum import iban

from muistiinpanot.privacy.spans import PersonalSpan

_DOT = r"(?:\.|\s*[\[(]\s*(?:dot|piste)\s*[\])]\s*|\s+(?:dot|piste)\s+)"
_AT = (
    r"(?:\s*@\s*|\s*[\[({<]\s*(?:at|ät|a|ä|@|miukumauku|kissanhäntä)\s*[\])}>]\s*"
    r"|\s+(?:at|ät|miukumauku|kissanhäntä)\s+)"
)
_EMAIL = re.compile(
    rf"(?<![\w.%+-])[\w%+-]+(?:{_DOT}[\w%+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,12}}\b",
    re.IGNORECASE,
)
_HETU = re.compile(
    r"(?<![\w-])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?!\w)", re.IGNORECASE
)
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
#: A country code and check digits, then 8-30 letters or digits, spaces or hyphens anywhere
#: between them ("FI21 1234 5600 0007 85", "FI 71 1590 3000 0876 58", "fi2112345600000785").
_IBAN_START = re.compile(r"(?<![\w])[A-Z]{2}(?:[ -]?\d){2}(?:[ -]?[A-Z0-9]){8,30}", re.IGNORECASE)
_STREET = (
    r"(?:katu|tie|kuja|polku|väylä|ranta|raitti|kaari|rinne|piha|aukio|puistikko|bulevardi"
    r"|gatan|vägen|gränd|stigen|kaarre|ahde|mäki|tanhua|kulma"
    # the same in the genitive and the local cases a home is given in ("Koivukujalla 3")
    r"|(?:kadu|kuja|polu|piha|aukio|kulma|ranna|kaare)(?:lla|lle|lta|n)"
    r"|(?:tie|väylä|rintee|mäe)(?:llä|lle|ltä|n))"
)
#: Road classes that are numbered roads, not addresses ("valtatie 4").
_ROADS = r"(?:valta|kanta|seutu|yhdys|maan|moottori|kehä)"
#: First words of two-word street names ("Vanha Porvoontie", "Iso Roobertinkatu").
_STREET_PREFIX = (
    r"(?:(?i:vanha|uusi|iso|pieni|pikku|ala|ylä|keski|itäinen|läntinen|pohjoinen|eteläinen)\s+)?"
)
#: A town after a street or a postcode, capitalised or in capitals ("Tampere", "VANTAA").
_TOWN = r"[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+\b)"
_ADDRESS = re.compile(
    rf"(?<![\w-])(?!(?i:{_ROADS}tie))({_STREET_PREFIX}[^\W\d_]+(?i:{_STREET}))\s+\d{{1,4}}"
    r"(?:[a-zA-Z]\b)?(?:\s*[-–]\s*\d{1,4})?(?:\s+[A-Za-z]\s*\d{0,3}\b)?"
    r"(?:\s+(?i:as)\.?\s*\d{1,4}\b)?(?![.,]\d|\s*%|\d)"
    rf"(?:\s*,\s*(?:\d{{5}}\s+)?{_TOWN}|\s+\d{{5}}\s+{_TOWN})?",
)
#: A run of digit groups written the way Finnish phone numbers begin (see _phone_prefix_spans).
_PHONE_RUN = re.compile(r"(?<![\w+(])(?:\+358|00358|\(0\d{1,3}\)|0\d)[\d\s()-]{4,30}\d")
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


def find_pattern_spans(text: str) -> list[PersonalSpan]:
    """Spans of every fixed-shape kind of personal data in `text` (may overlap)."""
    spans = [
        PersonalSpan(m.start(), m.end(), "sähköposti")
        for m in _EMAIL.finditer(text)
        if not _role_mailbox(m.group(0))
    ]
    spans += [
        PersonalSpan(m.start(), m.end(), "henkilötunnus")
        for m in _HETU.finditer(text)
        if is_valid_hetu(m.group(0))
    ]
    spans += _iban_spans(text)
    phones = [
        PersonalSpan(m.start, m.end, "puhelin") for m in phonenumbers.PhoneNumberMatcher(text, "FI")
    ]
    phones += _phone_prefix_spans(text)
    spans += [span for span in phones if not _case_number(text, span)]
    spans += _address_spans(text)
    return spans


def _case_number(text: str, span: PersonalSpan) -> bool:
    """Whether a phone-like span is a case or diary number: a number over a year
    ("0401/2025"), or right after "dnro", "asianumero", "viitenumero" ("dnro 0401 2025")."""
    if _CASE_NUMBER.search(text[span.start : span.end]):
        return True
    return _CASE_WORD.search(text[max(0, span.start - 30) : span.start]) is not None


def _phone_prefix_spans(text: str) -> list[PersonalSpan]:
    """Phone numbers that libphonenumber's matcher misses because more digits follow them
    ("040 123 4567 2025": the matcher tries the whole run and finds it invalid). Each run of
    digit groups that starts as a Finnish number does (0, +358, 00358, "(0") is cut back a group
    at a time until libphonenumber validates a number."""
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


def office_addresses(text: str) -> list[tuple[int, int]]:
    """Where `text` has an e-mail address of an office or a template (not personal data)."""
    return [(m.start(), m.end()) for m in _EMAIL.finditer(text) if _role_mailbox(m.group(0))]


def _role_mailbox(address: str) -> bool:
    """An office's or a template's address (kirjaamo@, info@, etunimi.sukunimi@)."""
    local = re.split(r"\s*[@\[(<{]|\s+(?:at|ät)\s+", address.casefold(), maxsplit=1)[0]
    return local.strip() in load_role_mailboxes()


@functools.cache
def load_role_mailboxes() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("privacy.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["role_mailboxes"])


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
    checksum (a candidate may run into the following word or number)."""
    spans = []
    for match in _IBAN_START.finditer(text):
        candidate = match.group(0)
        for end in range(len(candidate), 11, -1):
            if candidate[end - 1] in " -":
                continue
            if iban.is_valid(candidate[:end]):
                spans.append(PersonalSpan(match.start(), match.start() + end, "tilinumero"))
                break
    return spans


#: An inflected street name ("Koivukujalla"), and a lower-case word after its number.
_INFLECTED_STREET = re.compile(r"(?:lla|llä|lle|lta|ltä|(?<!gata)(?<!väge)n)$")
_COUNTED = re.compile(r"\s+[a-zåäö]")


def _address_spans(text: str) -> list[PersonalSpan]:
    """A capitalised street name with a number; a lower-case one only after a word such as
    "osoite" or "asun"; postcode + town."""
    spans = []
    for match in _ADDRESS.finditer(text):
        if _INFLECTED_STREET.search(match.group(1)) and _COUNTED.match(text, match.end()):
            continue  # "Hämeenkadulla 5 kauppaa": a count, not a house number
        capitalised = match.group(1)[0].isupper()
        if capitalised or _ADDRESS_CONTEXT.search(text[: match.start()]):
            spans.append(PersonalSpan(match.start(), match.end(), "osoite"))
    spans += [PersonalSpan(m.start(), m.end(), "osoite") for m in _POSTCODE_TOWN.finditer(text)]
    return spans
