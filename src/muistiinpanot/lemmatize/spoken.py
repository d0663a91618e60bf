"""Spoken Finnish forms: the lexicon in lexicons/spoken.toml and general rules that restore
clipped written endings (`pitäis` → `pitäisi`, `mennää` → `mennään`, `oikeesti` → `oikeasti`)."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class SpokenForm:
    """A spoken form's written `standard` form and its `lemma`."""

    standard: str
    lemma: str


@functools.cache
def load_spoken_forms() -> dict[str, SpokenForm]:
    """The `[forms]` table of lexicons/spoken.toml, keyed by lowercase spoken form."""
    text = resources.files("muistiinpanot.lexicons").joinpath("spoken.toml").read_text("utf-8")
    table = tomllib.loads(text).get("forms", {})
    return {
        form.lower(): SpokenForm(standard=entry["standard"], lemma=entry["lemma"])
        for form, entry in table.items()
    }


# (pattern, replacement) pairs, each a general feature of spoken Finnish; tried in order.
_RESTORATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"is$", "isi"),  # conditional: pitäis → pitäisi, vois → voisi
        (r"([aä])\1$", r"\1\1n"),  # passive: mennää → mennään, tehää → tehään
        (r"ki$", "kin"),  # clitic: omistaki → omistakin
        (r"ee", "ea"),  # oikeesti → oikeasti, vaikeet → vaikeat
        (r"ee", "eä"),  # pimeet → pimeät
        (r"([aouäöy])s([ei])", r"\1is\2"),  # valkosia → valkoisia
        (r"([aouäöy])nen$", r"\1inen"),  # punanen → punainen
        (r"(tt|kk|pp|k)$", r"\1a"),  # clipped final vowel: mutt → mutta
        (r"(tt|kk|pp|k)$", r"\1ä"),  # ehk → ehkä
    )
)


def restore_written(form: str) -> list[str]:
    """Written-language candidates for a spoken or clipped `form`, most likely first."""
    candidates: list[str] = []
    for pattern, replacement in _RESTORATIONS:
        candidate = pattern.sub(replacement, form, count=1)
        if candidate != form and candidate not in candidates:
            candidates.append(candidate)
    return candidates
