"""Spoken Finnish forms: the lexicon in lexicons/spoken.toml and general rules that restore
clipped written endings (`pitäis` → `pitäisi`, `mennää` → `mennään`, `oikeesti` → `oikeasti`)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any


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


Check = Callable[[Mapping[str, Any]], bool]


def _verb(analysis: Mapping[str, Any]) -> bool:
    return analysis.get("CLASS") == "teonsana"


def _no_possessive(analysis: Mapping[str, Any]) -> bool:
    return analysis.get("POSSESSIVE") is None


# (pattern, replacement, check) triples, each a general feature of spoken Finnish; tried in
# order. `check` tells a Voikko analysis of the restored form that reads it as the feature
# says (None: any does): a restored conditional is a verb; a clipped final n is a passive's,
# an illative's or the word's own (`vaa` → `vaan`), never a possessive suffix's (a typo of an
# infinitive, `tiedoittaa`, is no `tiedoittaan`, Voikko's "without knowledge of theirs").
_RESTORATIONS: tuple[tuple[re.Pattern[str], str, Check | None], ...] = tuple(
    (re.compile(pattern), replacement, check)
    for pattern, replacement, check in (
        (r"is$", "isi", _verb),  # conditional: pitäis → pitäisi, vois → voisi
        (r"([aä])\1$", r"\1\1n", _no_possessive),  # passive: mennää → mennään, tehää → tehään
        (r"ki$", "kin", None),  # clitic: omistaki → omistakin
        (r"ee", "ea", None),  # oikeesti → oikeasti, vaikeet → vaikeat
        (r"ee", "eä", None),  # pimeet → pimeät
        (r"([aouäöy])s([ei])", r"\1is\2", None),  # valkosia → valkoisia
        (r"([aouäöy])nen$", r"\1inen", None),  # punanen → punainen
        (r"(tt|kk|pp|k)$", r"\1a", None),  # clipped final vowel: mutt → mutta
        (r"(tt|kk|pp|k)$", r"\1ä", None),  # ehk → ehkä
    )
)


def restore_written(form: str) -> list[tuple[str, Check | None]]:
    """Written-language candidates for a spoken or clipped `form`, most likely first, each with
    the check its analyses must pass (None: any analysis will do)."""
    candidates: list[tuple[str, Check | None]] = []
    seen: set[str] = set()
    for pattern, replacement, check in _RESTORATIONS:
        candidate = pattern.sub(replacement, form, count=1)
        if candidate != form and candidate not in seen:
            seen.add(candidate)
            candidates.append((candidate, check))
    return candidates
