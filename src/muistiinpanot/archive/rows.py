"""The rows the archive store reads and writes, as frozen dataclasses (archive/store.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from muistiinpanot.records import BlogPost, Clinic, Note, ThemeResult


@dataclass(frozen=True, slots=True)
class ClinicState:
    """What the store remembers of a clinic."""

    id: str
    folder: str
    input_hash: str | None
    config_hash: str | None
    status: str
    #: The warnings `run` prints for the clinic, as its last processing stored them.
    warnings: tuple[str, ...] = ()


#: How a theme's label was given: by the labelling (`named`), a fallback list of words no noun
#: names ("Muita nostoja: puu, budjetti": `unnamed`), or an analyst's corrections (`renamed`).
NAMINGS = ("named", "unnamed", "renamed")


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """A theme of a done clinic as trends.py reads it (`centroid`: float32 bytes or None;
    `naming`: how its label was given, see NAMINGS)."""

    clinic_id: str
    date: str
    title: str
    theme_id: str
    label: str
    kind: str
    size: int
    share: float
    keywords: tuple[str, ...]
    centroid: bytes | None
    naming: str = "named"


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """A note an analyst corrected, as the store keeps it for later clinics: the note id and
    content lemmas with personal data removed, the theme id and label it ended in."""

    note_id: str
    lemmas: tuple[str, ...]
    theme: str
    label: str


@dataclass(frozen=True, slots=True)
class SavedClinic:
    """One processed clinic as the store keeps it. `centroids` are float32 bytes by theme id;
    `cache_entries` new lemma cache entries {kind: {form: value}}; `corrections`
    the notes its analyst corrected."""

    clinic: Clinic
    folder: str
    input_hash: str
    config_hash: str
    notes: Sequence[Note]
    themes: ThemeResult
    post: BlogPost
    centroids: Mapping[str, bytes]
    cache_entries: Mapping[str, Mapping[str, Any]]
    corrections: Sequence[StoredCorrection] = ()
    #: The warnings `run` prints for the clinic (its corrections file's reader's, what its
    #: corrections did, labels left out), repeated when a later run skips it.
    warnings: Sequence[str] = ()
    #: Lemma cache rows (kind, form) to delete: under --redact, those naming a word the
    #: clinic's redactor marked, whatever run wrote them (an older version's, review 44 #4).
    stale_cache: Sequence[tuple[str, str]] = ()
    #: The ids of the themes its analyst renamed (corrections.csv's theme rows).
    renamed: frozenset[str] = frozenset()
