"""Whether a noun names a time (naming.py: a time the notes use as when, not what, names no
theme): the closed class of time expressions in lexicons/time.toml, read through Voikko's base
forms and compound parts."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from importlib import resources

from muistiinpanot.themes.label_forms import Analyses

#: One part of Voikko's WORDBASES: "+kesä(kesä)", "+syys", "+us(+us)" (a derivational suffix).
_PART = re.compile(r"\+([^+(]+)(?:\(([^)]*)\))?")


@functools.cache
def time_units() -> frozenset[str]:
    """lexicons/time.toml: units of time, parts of the day, weekdays, months, seasons,
    holidays (read once per process)."""
    text = resources.files("muistiinpanot.lexicons").joinpath("time.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["units"])


def last_part(wordbases: str) -> str | None:
    """The base form of the last compound part in Voikko's WORDBASES ("+syys+kuu(kuu)" →
    "kuu"); None when the word ends in a derivational suffix ("+siivo(siivo)+us(+us)": a
    derivation, not that part) or WORDBASES says nothing."""
    parts: list[tuple[str, str]] = _PART.findall(wordbases)
    if not parts:
        return None
    surface, base = parts[-1]
    if base.startswith("+"):
        return None
    return (base or surface).lower()


def time_nouns(analyses: Analyses | None) -> Callable[[str], bool]:
    """Whether a noun names a time: it is one of the time units, or Voikko reads it (as its own
    base form) as a compound whose LAST part is one ("kesäkuu", "iltapäivä", "syyslukukausi";
    not "viikkosiivous", whose first part is). Without Voikko, only the units themselves."""
    units = time_units()

    @functools.cache
    def is_time(word: str) -> bool:
        word = word.lower()
        if word in units:
            return True
        if analyses is None:
            return False
        return any(
            analysis.get("BASEFORM", "").lower() == word
            and last_part(analysis.get("WORDBASES", "")) in units
            for analysis in analyses(word)
        )

    return is_time
