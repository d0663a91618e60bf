"""Finnish word lists and abbreviation tables, as data files (*.toml), each read by the stage
whose rules it holds; and the loaders of the lists two stages read: tools.toml (the
summary's tidying keeps its words as they are, the privacy stage reads them as no person's
name: summarize/tidy.py, privacy/tools.py) and time.toml's `units` (a time names no theme,
themes/label_time.py; a time is no person told, privacy/context.py); `read_lexicon`, the
tables of one file, for the stages' own loaders. Below every stage: it imports none."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any


@functools.cache
def read_lexicon(name: str) -> Mapping[str, Any]:
    """The tables of lexicons/`name`.toml, read once per process (not to be changed)."""
    return tomllib.loads(resources.files(__name__).joinpath(f"{name}.toml").read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class ToolsLexicon:
    """lexicons/tools.toml (its comments say what each list is for): `words`, the tools,
    services and bodies' short names notes type as words ("teams", "zoom", "kela");
    `system_heads`, head nouns of an information system ("sovellus", "järjestelmä");
    `system_names`, information systems named like people ("wilma", "daisy");
    `person_states`, a person's states and feelings no system shows ("väsymys", "pelko")."""

    words: tuple[str, ...]
    system_heads: tuple[str, ...]
    system_names: frozenset[str]
    person_states: frozenset[str]


@functools.cache
def load_tools_lexicon() -> ToolsLexicon:
    """lexicons/tools.toml, read once per process."""
    text = resources.files(__name__).joinpath("tools.toml").read_text("utf-8")
    lexicon = tomllib.loads(text)
    return ToolsLexicon(
        words=tuple(lexicon["words"]),
        system_heads=tuple(lexicon["system_heads"]),
        system_names=frozenset(lexicon["system_names"]),
        person_states=frozenset(lexicon["person_states"]),
    )


@functools.cache
def time_units() -> frozenset[str]:
    """lexicons/time.toml `units`: calendar units, parts of the day, weekdays, months,
    seasons, holidays (read once per process)."""
    text = resources.files(__name__).joinpath("time.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["units"])


@functools.cache
def time_stretches() -> frozenset[str]:
    """lexicons/time.toml `stretches`: general stretches of time ("aika", "jakso", "vaihe",
    "kerta"), a time as a whole word, or after a unit ("kesäaika", "joulutauko"); after
    anything else a compound ending in one names what the stretch is of ("odotusaika",
    "laitosjakso", "kehitysvaihe", "lomakausi"), a topic (themes/label_time.py)."""
    text = resources.files(__name__).joinpath("time.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["stretches"])


@functools.cache
def time_and_measure_words() -> frozenset[str]:
    """lexicons/time.toml `durations` and `measures` ("viikko", "kerta", "euro"): what says
    how long, how often or how much, not what of (summarize/compounds.uncounted: two clauses
    that share only such a word do not share a point)."""
    text = resources.files(__name__).joinpath("time.toml").read_text("utf-8")
    lexicon = tomllib.loads(text)
    return frozenset([*lexicon["durations"], *lexicon["measures"]])


@functools.cache
def repetition_units() -> frozenset[str]:
    """lexicons/time.toml `repetitions`: units that count how many times or rounds ("kaksi
    kierrosta", "kolme kertaa"), read once per process."""
    text = resources.files(__name__).joinpath("time.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["repetitions"])


@functools.cache
def time_determiners() -> frozenset[str]:
    """lexicons/time.toml `determiners`: the words that make a noun phrase a time ("koko
    talvi", "joka aamu"), read once per process."""
    text = resources.files(__name__).joinpath("time.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["determiners"])
