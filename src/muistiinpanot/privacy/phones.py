"""Finnish phone numbers in a text, for patterns.py: libphonenumber's matches (region FI) and
the runs it misses because more digits follow them, less what has a phone's shape but is no
one's phone: a case or diary number, a business ID with its check digit, a service number,
an identifier's number ("siru 246 …", identifiers.py), an office's line ("vaihde 09 …")."""

from __future__ import annotations

import re

import phonenumbers
from stdnum.fi import ytunnus

from muistiinpanot.privacy.body_addresses import body_noun
from muistiinpanot.privacy.identifiers import identifier_number, run_can_be_phone
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.wordparts import part_of

#: A run of digit groups written the way Finnish phone numbers begin (see _phone_prefix_spans),
#: not inside a longer number; right after a letter too, a number typed with no space after
#: its owner's name ("Riikka Aalto050 312 7788"; review 81 #1): libphonenumber's matcher
#: takes no number glued to a letter, and the digits are a phone's all the same.
_PHONE_RUN = re.compile(r"(?<![\d_+(])(?:\+358|00358|\(0\d{1,3}\)|0\d)[\d\s()-]{4,30}\d")
#: Capital letters only, glued right before a run of digits: the run is that code's ("huone
#: A0401234", "asiakasnumero ABC0401234567"; review 83 #2), not a phone typed after a name
#: ("Riikka Aalto050 …": a name has small letters).
_CODE_LETTERS = re.compile(r"(?<![^\W\d_])[A-ZÅÄÖ]+$")
#: Any one whitespace character, a line break in a note's cell too (review 31, finding 4).
_WHITESPACE = re.compile(r"\s")
#: A case or diary number ("0401/2025", "dnro 123/00.01.02/2024"): a number over a year, or
#: any number after a word for one. libphonenumber reads "0401/2025" as a mobile number.
_CASE_NUMBER = re.compile(r"\d/(?:19|20)\d\d(?!\d)")
_CASE_WORD = re.compile(
    r"(?<!\w)(?:dnro|dno|diaari\w*|asia(?:numero|nro)\w*|asia\s+nro|viite\w*)\W*$", re.IGNORECASE
)


def phone_spans(
    text: str, voikko: Analyses | None, owner_window: int, *, bodies: bool = True
) -> list[PersonalSpan]:
    """The phone numbers in `text` (libphonenumber's, then _phone_prefix_spans'), less case
    numbers, business IDs, service numbers and an identifier's number within `owner_window`
    characters; `bodies`: a body's "numero" or "puhelin" in any case owns the number too
    ("Kotipalvelun numeroon 09 …"; round 67), else only "numero" in the nominative."""
    # any whitespace as a space, one for one (offsets kept): "045 765\n4321" in a CSV cell
    flat = _WHITESPACE.sub(" ", text)
    phones = [
        PersonalSpan(m.start, m.end, "puhelin") for m in phonenumbers.PhoneNumberMatcher(flat, "FI")
    ]
    phones += _phone_prefix_spans(flat)
    return [
        span
        for span in map(_without_open_bracket, phones, [flat] * len(phones))
        if not _case_number(flat, span, owner_window)
        and not _business_id(flat, span)
        and not _service_number(flat, span)
        and not identifier_number(flat, span.start, voikko, owner_window, span.end)  # "siru 246 …"
        and not _office_line(flat, span, voikko, owner_window)
        and not _body_number(flat, span, voikko, inflected=bodies)
    ]


#: The opening brackets libphonenumber's matcher lets a number start with (its
#: _OPENING_PARENS: round and square, also full-width) and their closing ones.
_CLOSING = {"(": ")", "[": "]", "\uff08": "\uff09", "\uff3b": "\uff3d"}


def _without_open_bracket(span: PersonalSpan, text: str) -> PersonalSpan:
    """The span without an opening bracket it starts with and never closes: the bracket holds
    the whole number, and its closing one stays outside the match ("Riikka(050 123 4567)"
    was redacted "Riikka[puhelin])"; "[045 …]" "[puhelin]]": review 85 #2); "(09) 123 4567"
    keeps its area code's brackets."""
    closing = _CLOSING.get(text[span.start])
    if closing is not None and closing not in text[span.start : span.end]:
        return PersonalSpan(span.start + 1, span.end, span.kind)
    return span


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


#: The word right before a number, past a label ("puh.", "numero", "on") and a colon or a
#: comma, and the word before it: "Terveysaseman vaihde 09 …", "sairaalan vaihteeseen 03 …",
#: "Kunnan vaihde puh. 09 …".
_LINE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)"
    r"(?:[ \t]*[,:]?[ \t]*(?:p|puh|puhelin|tel|nro|numero|on|oli)\b\.?)*[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE,
)
#: Voikko's classes of an office line's owner: a common noun or a place ("Terveysaseman",
#: "Helsingin"), no person's name.
_OWNER_CLASSES = frozenset({"nimisana", "nimisana_laatusana", "paikannimi"})


def _office_line(text: str, span: PersonalSpan, voikko: Analyses | None, window: int) -> bool:
    """Whether the words right before a number (`_LINE_WORDS`, within `window` characters:
    [privacy] owner_window) name a body's office line: a noun whose base or last part is one
    of privacy.toml `office_lines` ("vaihde", "puhelinvaihde", "asiakaspalvelu") after its
    owner in the genitive, a body's noun (`organisation_heads`, `line_owner_heads`, a
    compound's last part too) or a place ("Terveysaseman vaihde 09 …", "Uimahallin
    asiakaspalvelu 09 …"), and the number no mobile one (`_mobile`): a switchboard's number,
    no person's. A line with no owner stays a phone ("vaihde (09) 1234 5678": the first
    privacy cases' phone), and so do a person reached through one ("Vaihteesta kysyin Liisa
    Kanervan numeron: 044 …"), a family's, a kin's or a farm's "line" ("Mummon vaihde",
    "Heikkisen tilan asiakaspalvelu") and a mobile number behind a body's (review 36 #2)."""
    match = _LINE_WORDS.search(text[max(0, span.start - window) : span.start])
    if match is None or match.group(1) is None or voikko is None or _mobile(text, span):
        return False
    lexicon = load_name_lexicon()
    heads = (*lexicon.organisation_heads, *lexicon.line_owner_heads)
    owner = voikko.analyze(match.group(1).casefold())
    return (
        bool(owner)
        and {a.get("CLASS", "") for a in owner} <= _OWNER_CLASSES
        and any(a.get("SIJAMUOTO") == "omanto" for a in owner)
        and any(
            a.get("CLASS") == "paikannimi" or (a.get("CLASS") == "nimisana" and part_of(a, heads))
            for a in owner
            if a.get("SIJAMUOTO") == "omanto"
        )
        and any(
            a.get("CLASS") == "nimisana" and part_of(a, lexicon.office_lines)
            for a in voikko.analyze(match.group(2).casefold())
        )
    )


#: A genitive owner before "numero" or "puhelinnumero" (and "on" or a colon) right before a
#: number: "Kirjaston numero on 09 …", "Kunnan numero: 017 …".
_NUMBER_OWNER = re.compile(
    r"([^\W\d_]+)[ \t]+(?:puhelin)?numero(?:[ \t]+(?:on|oli))?[ \t]*:?[ \t]*$", re.IGNORECASE
)


#: The same owner before "numero" or "puhelin" in a case of reaching it ("Kotipalvelun
#: numeroon", "kirjaston puhelimesta"; round 67).
_INFLECTED_OWNER = re.compile(
    r"([^\W\d_]+)[ \t]+(?:(?:puhelin)?numero(?:on|sta|ssa|lla|lle)?|puhelin|puhelimeen"
    r"|puhelimesta|puhelimessa)(?:[ \t]+(?:on|oli))?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


def _body_number(
    text: str, span: PersonalSpan, voikko: Analyses | None, *, inflected: bool = True
) -> bool:
    """Whether the number is a body's by its owner (round 56): "X:n numero (on)" right before
    it, X a body's noun in the genitive (body_addresses.body_noun: "Kirjaston", "Koulun",
    "Kunnan"; a home's noun only in a body's compound), and the number no mobile one
    (`_mobile`: "Koulun numero on 040 …" stays a phone, a person may carry it). A person's,
    a kin's or a family's number stays one ("Mummon numero", "Virtasen numero")."""
    pattern = _INFLECTED_OWNER if inflected else _NUMBER_OWNER
    match = pattern.search(text[max(0, span.start - 60) : span.start])
    if match is None or voikko is None or _mobile(text, span):
        return False
    return body_noun(match.group(1), voikko, "omanto")


#: The Finnish numbering plan's mobile prefixes (Traficom), the national number's first
#: digits: 04x and 050 (as "+358 4x", "+358 50"). Such a number is nearly always one person's.
_MOBILE_PREFIXES = ("4", "50")


def _mobile(text: str, span: PersonalSpan) -> bool:
    """Whether a phone-like span is a Finnish mobile number (`_MOBILE_PREFIXES`), or one
    libphonenumber reads as mobile."""
    try:
        number = phonenumbers.parse(text[span.start : span.end], "FI")
    except phonenumbers.NumberParseException:
        return False
    if number.country_code == 358 and str(number.national_number).startswith(_MOBILE_PREFIXES):
        return True
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def _phone_prefix_spans(text: str) -> list[PersonalSpan]:
    """Phone numbers that libphonenumber's matcher misses because more digits follow them
    ("040 123 4567 2025": the matcher tries the whole run and finds it invalid). Each run of
    digit groups that starts as a Finnish number does (0, +358, 00358, "(0") is cut back a group
    at a time until libphonenumber validates a number; `text` has its whitespace folded to
    spaces (phone_spans), so a group ends at any whitespace."""
    spans = []
    for match in _PHONE_RUN.finditer(text):
        if _CODE_LETTERS.search(text, 0, match.start()):
            continue  # "A0401234", "ABC0401234567": a room's or a customer's code
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
