"""A number labelled as an identifier is no phone ("mikrosiru 246 098 100 457",
"sarjanumero: 040 …"; docs/privacy.md, "Round 17"), and so is one after a compound of such
a label and a noun of a number ("sirunumero 246 …", round 46): patterns.py leaves such a
number alone, but only a number that cannot be a phone: its whole run of digits (with the
groups right before and after it, "246 098 100 457 207") is no valid Finnish or international
number to `phonenumbers` (review 29, finding 3: "Signal-tunnus: +358 40 123 4567",
"asiakasnumero 040 123 4567, soita hänelle" are phones). The labels, those nouns and the words
between a label and its number are in lexicons/lookalikes.toml."""

from __future__ import annotations

import functools
import re

import phonenumbers

from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS
from muistiinpanot.wordparts import parts


@functools.cache
def _label_gap() -> re.Pattern[str]:
    """The words between an identifier's label and its number: a colon or "#", a word of
    lookalikes.toml `label_gap_words` ("nro", "numero") with or without its full stop."""
    gap = "|".join(re.escape(w) for w in load_lookalikes().label_gap_words)
    return re.compile(rf"(?:\s*[:#]?\s*(?:(?<!\w)(?:{gap})\.?)?\s*:?\s*)$", re.IGNORECASE)


#: The digit groups right before a number's span ("246 " before "098 100 457").
_DIGITS_BEFORE = re.compile(r"(?:[\d+()][\d\s()-]*)$")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s:]*$")
#: The digit groups right after a number's span ("207" after "… 551").
_DIGITS_AFTER = re.compile(r"^[\d\s()-]*\d")


def identifier_number(
    text: str,
    start: int,
    voikko: Analyses | None,
    window: int = DEFAULT_SETTINGS.owner_window,
    end: int | None = None,
) -> bool:
    """Whether the phone-like number starting at `start` and ending at `end` (the next
    whitespace by default), with the digit groups right before and after it, cannot be a
    phone and follows a label of an identifier ("mikrosiru 246 098 100 457 207"); the label
    and those digits are looked for within `window` characters before it."""
    cut = max(0, start - window)
    before = text[cut:start]
    digits = _DIGITS_BEFORE.search(before)
    if digits is not None:
        before = before[: digits.start()]
    if end is None:
        end = start + len(text[start:]) - len(text[start:].lstrip("0123456789+"))
    if run_can_be_phone(text, start, end, window):
        return False
    gap = _label_gap().search(before)
    if gap is not None and gap.group(0).strip():
        before = before[: gap.start()]
    last = _LAST_WORD.search(before)
    if last is None or before[last.end(1) :].strip(" \t:"):
        return False
    if last.start(1) == 0 and cut > 0 and text[cut - 1].isalpha():
        return False  # the window cuts the word: no label within it
    own = load_lookalikes()
    labels = own.identifier_labels
    word = last.group(1).casefold()
    readings = voikko.analyze(word) if voikko is not None else []
    return word in labels or any(
        part_of(a, labels) or _label_compound(a, labels, own.identifier_nouns) for a in readings
    )


def _label_compound(
    analysis: dict[str, str], labels: tuple[str, ...], nouns: tuple[str, ...]
) -> bool:
    """Whether a reading is a compound of a label's word and a noun of a number, the label
    first and the noun last ("siru+numero", "lisenssi+koodi"), nothing else between."""
    split = parts(analysis)
    return (
        len(split) == 2
        and not split[0].derived
        and split[0].base.casefold() in labels
        and split[1].base.casefold() in nouns
    )


def run_can_be_phone(text: str, start: int, end: int, window: int) -> bool:
    """Whether the whole run of digits around `text[start:end]` (with the digit groups right
    before it, within `window` characters, and right after it) can be a phone number: every
    label path (an identifier's here, a case or reference word's in patterns.py) clears a
    number only when it cannot (review 29, finding 3; review 31, finding 1)."""
    digits = _DIGITS_BEFORE.search(text[max(0, start - window) : start])
    after = _DIGITS_AFTER.match(text[end:])
    run = (digits.group(0) if digits else "") + text[start:end] + (after.group(0) if after else "")
    return _phone(run)


def _phone(run: str) -> bool:
    """Whether a run of digits (spaces, brackets, hyphens and a "+" between) is a valid
    Finnish or international phone number to `phonenumbers`."""
    try:
        number = phonenumbers.parse(re.sub(r"\s", " ", run.strip()), "FI")  # "045 765\n4321"
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)
