"""Content hashes that decide whether a clinic must be redone.

A clinic is redone when the hash of its input files (its corrections.csv too) or of the
corrections carried to it from earlier clinics changes, or when the hash of everything
else that shapes its outputs changes: the theme definitions, the example notes, the pipeline
settings and the program itself (its version and source files).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from muistiinpanot import __version__
from muistiinpanot.archive.store import StoredCorrection

_PACKAGE = Path(__file__).resolve().parents[1]
_PROGRAM_FILES = ("**/*.py", "lexicons/*", "report/templates/*")
_CLINIC_FILE = "clinic.toml"


def hash_clinic_folder(folder: Path) -> str:
    """sha256 over the relative paths and bytes of the files a clinic folder's notes come
    from: every file except hidden or `_`-prefixed ones and nested clinic folders."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if any(part.startswith((".", "_")) for part in parts) or not path.is_file():
            continue
        if len(parts) > 1 and (folder / parts[0] / _CLINIC_FILE).is_file():
            continue
        _add_file(digest, path, path.relative_to(folder).as_posix())
    return digest.hexdigest()


def with_carried(folder_hash: str, carried: Sequence[StoredCorrection]) -> str:
    """A clinic's input hash: its folder's hash and the analysts' corrections it is given
    from earlier clinics (app/carried.py); with none, the folder's hash as it is."""
    if not carried:
        return folder_hash
    digest = hashlib.sha256(folder_hash.encode())
    for row in carried:
        digest.update(json.dumps([row.lemmas, row.theme, row.label], ensure_ascii=False).encode())
    return digest.hexdigest()


#: Settings that bound the memory of per-process caches only (config.py, themes/settings.py):
#: changing one does not redo the archive.
_MEMORY_BOUNDS = (
    ("lemmatize", "max_vectors"),
    ("lemmatize", "max_person_texts"),
    ("lemmatize", "max_forms"),
    ("themes", "example_words_kept"),
    ("privacy", "sense_cache_words"),
    ("privacy", "detected_texts_kept"),
    ("cache", "max_mb"),  # the user cache folder's size on disk
)


def hash_settings(settings: object, files: Iterable[Path], extra: str = "") -> str:
    """sha256 over a settings dataclass (paths left out: their contents are hashed through
    `files`), the bytes of `files` (a folder stands for its CSV files), the program and
    `extra`."""
    digest = hashlib.sha256(__version__.encode())
    values = dataclasses.asdict(settings)  # type: ignore[call-overload]
    for key in ("input", "out", "theme_definitions", "theme_examples"):
        values.pop(key, None)
    for section, key in _MEMORY_BOUNDS:  # results do not depend on them
        values.get(section, {}).pop(key, None)
    digest.update(json.dumps(values, sort_keys=True, default=str).encode())
    digest.update(extra.encode())
    for path in files:
        members = sorted(path.glob("*.csv")) if path.is_dir() else [path]
        for member in members:
            if member.is_file():
                _add_file(digest, member, member.name)
    digest.update(_program_hash().encode())
    return digest.hexdigest()


def _program_hash() -> str:
    digest = hashlib.sha256()
    for pattern in _PROGRAM_FILES:
        for path in sorted(_PACKAGE.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                _add_file(digest, path, path.relative_to(_PACKAGE).as_posix())
    return digest.hexdigest()


def _add_file(digest: hashlib._Hash, path: Path, name: str) -> None:
    digest.update(name.encode() + b"\0")
    digest.update(hashlib.sha256(path.read_bytes()).digest())


def hash_archive(config_hash: str, fit: str, clinics: Iterable[tuple[str, str]]) -> str:
    """sha256 of an archive as a fit sees it: the settings hash, the fit settings `fit` and
    every (clinic id, input hash) pair."""
    digest = hashlib.sha256(f"{config_hash}\0{fit}\0".encode())
    for clinic_id, input_hash in sorted(clinics):
        digest.update(f"{clinic_id}\0{input_hash}\n".encode())
    return digest.hexdigest()


def clinic_config_hash(config_hash: str, fit_digest: str) -> str:
    """The settings hash of one clinic under an archive fit: the run's settings hash and the
    digest of what the fitted themes assign the clinic's notes."""
    return hashlib.sha256(f"{config_hash}\0archive-fit\0{fit_digest}".encode()).hexdigest()
