"""The classes of words of look-alikes of personal data (lexicons/lookalikes.toml), read
once; the rules that read them: lookalikes.py and the modules it names."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Lookalikes:
    """The classes of words of lexicons/lookalikes.toml (base forms; matched as endings)."""

    animal_kinds: tuple[str, ...]
    naming_words: frozenset[str]
    name_nouns: frozenset[str]
    firm_heads: tuple[str, ...]
    estate_heads: tuple[str, ...]
    identifier_labels: tuple[str, ...]
    identifier_nouns: tuple[str, ...]
    figure_nouns: frozenset[str]
    body_names: frozenset[str]
    label_gap_words: tuple[str, ...]
    day_heads: tuple[str, ...]
    eponym_days: tuple[str, ...]
    disease_heads: tuple[str, ...]
    folk_figures: tuple[str, ...]
    epithet_heads: tuple[str, ...]
    work_nouns: tuple[str, ...]
    built_nouns: tuple[str, ...]
    making_participles: frozenset[str]
    language_nouns: tuple[str, ...]
    bound_abbreviations: frozenset[str]
    landmark_postpositions: frozenset[str]
    terrain_heads: tuple[str, ...]
    place_thing_heads: tuple[str, ...]
    message_verbs: frozenset[str]
    message_nouns: tuple[str, ...]
    thing_frame_nouns: tuple[str, ...]
    service_heads: tuple[str, ...]
    motion_heads: tuple[str, ...]
    party_nouns: tuple[str, ...]
    life_occasions: tuple[str, ...]


_SETS = frozenset(
    {"naming_words", "name_nouns", "figure_nouns", "body_names", "making_participles"}
    | {"bound_abbreviations", "landmark_postpositions", "message_verbs"}
)


@functools.cache
def load_lookalikes() -> Lookalikes:
    """The lexicon of look-alikes' classes of words."""
    text = resources.files("muistiinpanot.lexicons").joinpath("lookalikes.toml").read_text("utf-8")
    data = tomllib.loads(text)
    lists: dict[str, Any] = {
        name: (frozenset if name in _SETS else tuple)(data[name])
        for name in Lookalikes.__dataclass_fields__
    }
    return Lookalikes(**lists)
