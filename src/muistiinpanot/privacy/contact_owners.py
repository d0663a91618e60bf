"""Whose a phone number, an e-mail address or a street address is, read from the word next to
it (mentions.py reads whose an address's or an @-mention's own words are):

- A capitalised word alone in brackets right after a phone number or an e-mail address names
  whose it is ("040 123 4567 (Tuuli)"), unless it is a role, a person noun or a place
  ("(Vaihde)", "(Rehtori)", "(Helsinki)"), a club's name ("(Pallo-Veikot)", classify.team_name;
  review 81 #2) or an ordinary word no surname is: an adjective or
  an adverb, or a noun made from a verb ("(Arkisin)", "(Päivystys)"; a noun such as "(Haapa)"
  is a surname too).
- A word with a given name's reading right before a phone number, past a label such as
  "puh." or "tel.", names its owner too ("Raili 040 123 4567", "satu p. 050 …", "tiedot
  Ainolta, tel. …"), unless a noun in the nominative stands before it, the head of a thing's
  name ("kahvila Helmi 040 …"; not before an ablative, who the number is from), or it follows
  another number ("päivisin 040 …, ilta 045 …": a label). The same word before a comma or a
  colon and an address or an e-mail address is their owner's ("Harri, Koulukatu 9 B 14").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.classify import classify_word, team_name
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.nicknames import NICKNAME
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun

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


def owner_spans(
    text: str,
    spans: Sequence[PersonalSpan],
    voikko: Analyses | None,
    window: int = DEFAULT_SETTINGS.owner_window,
) -> list[PersonalSpan]:
    """The owner named in brackets right after a phone number or an e-mail address, or by
    a word within `window` characters before a phone number ([privacy] owner_window)."""
    roles = load_name_lexicon().role_mailboxes
    owners = []
    for span in spans:
        match = _OWNER.match(text, span.end) if span.kind in _CONTACTS else None
        if match is None or match.group(1).casefold() in roles:
            continue
        word = match.group(1)
        if voikko is not None and (
            person_noun(word, voikko)
            or team_name(word, voikko)  # "044 … (Pallo-Veikot)": a club's line
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
