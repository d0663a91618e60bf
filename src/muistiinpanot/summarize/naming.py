"""A clinic without clinic.toml gets its title and date from its folder or file name:
"2025-09-siilot-yhteistyo" → title "Siilot yhteistyö", date "2025-09". The letters ä and ö that
file names drop are restored where Voikko accepts the word only with them ("yhteistyo" →
"yhteistyö"). A name that is only a date, or one in which a personal-data detector fires,
gives no title (the post then says just "Verkkoklinikka" and the date)."""

from __future__ import annotations

import dataclasses
import itertools
import re

from muistiinpanot.privacy import find_published_data
from muistiinpanot.records import Clinic
from muistiinpanot.spelling import DOTS, dot_choices
from muistiinpanot.summarize.protocols import Speller, SummaryAnalyzer

_DATE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})(?:[-_.]?(\d{2}))?(?!\d)")
_PARTS = re.compile(r"[^\W\d_]+|\d+")
#: At most this many a/o letters are tried with dots (2^n spellings per word).
_MAX_DOTTABLE = 8


def name_clinic(clinic: Clinic, analyzer: SummaryAnalyzer) -> Clinic:
    """`clinic` with title and date read from its id when clinic.toml set neither."""
    if clinic.title.strip() or clinic.topic.strip():
        return clinic
    date = clinic.date
    rest = clinic.id
    match = _DATE.search(clinic.id)
    if match is not None:
        year, month, day = match.groups()
        if 1 <= int(month) <= 12 and (day is None or 1 <= int(day) <= 31):
            date = date or (f"{year}-{month}-{day}" if day else f"{year}-{month}")
            rest = clinic.id[: match.start()] + " " + clinic.id[match.end() :]
    words = [_restore_dots(word, analyzer.voikko) for word in _PARTS.findall(rest)]
    title = " ".join(words)
    title = title[:1].upper() + title[1:]
    if title and find_published_data([title], analyzer)[0]:
        title = ""
    return dataclasses.replace(clinic, title=title, date=date)


def _restore_dots(word: str, speller: Speller) -> str:
    """`word` lowercased, with a→ä and o→ö where only the dotted spelling is a word."""
    lower = word.lower()
    if lower.isdigit() or speller.spell(lower):
        return lower
    positions = [i for i, char in enumerate(lower) if char in DOTS][:_MAX_DOTTABLE]
    for candidate in itertools.islice(dot_choices(lower, positions), 1, None):
        if speller.spell(candidate):
            return candidate
    return lower
