"""The user cache folder: where built models (lemmatized examples, the fitted classifier, the
examples' word vectors) are kept between runs.

`$MUISTIINPANOT_CACHE` when set, else the platform's user cache folder (platformdirs:
`~/.cache/muistiinpanot` on Linux, honouring `$XDG_CACHE_HOME`). Each entry is one file or
folder named `<kind>-<key>[.json]`, where the key is a digest of everything the entry was built
from, so a stale entry is never read (its key no longer matches) and is evicted when the
folder grows past its bound: least recently used first (a hit refreshes an entry's mtime).
Nothing here is ever unpickled: entries are JSON and `.npy` read with allow_pickle=False.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from muistiinpanot.errors import OutputError
from muistiinpanot.fileio import write_text_atomic
from muistiinpanot.messages import render

logger = logging.getLogger(__name__)
#: Kinds of entry we write (`<kind>-<key>`); nothing else in the folder is ever touched, even
#: when $MUISTIINPANOT_CACHE points at a folder that holds other files.
KINDS = ("examples", "classifier", "simplemma", "vectors", "gazetteer", "derived")
#: Names of our entries (and of the hidden staging leftovers of an interrupted write).
_ENTRY = re.compile(rf"^\.?(?:{'|'.join(KINDS)})-[0-9a-z_.-]+$")
#: A hidden staging leftover older than this is no longer being written and may go.
_STALE_STAGING_SECONDS = 3600.0

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CacheUsage:
    folder: Path
    entries: int
    bytes: int


def cache_folder() -> Path:
    """Where cached entries live (see the module docstring)."""
    explicit = os.environ.get("MUISTIINPANOT_CACHE")
    if explicit:
        return Path(explicit)
    return Path(platformdirs.user_cache_dir("muistiinpanot", appauthor=False))


def mark_used(entry: Path) -> None:
    """Refresh an entry's mtime on a cache hit, so that eviction keeps what is in use."""
    with contextlib.suppress(OSError):
        os.utime(entry)


def read_json(path: Path, valid: Callable[[Any], bool]) -> Any:
    """The JSON entry at `path` (a hit: its mtime is refreshed), or None when there is none,
    or, with a warning, when it is broken or `valid` rejects it (the caller rebuilds it)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:  # none there (or none readable: writing it then warns)
        return None
    except ValueError:
        data = None
    if data is None or not valid(data):
        logger.warning(render("log_cache_corrupt", path=path))
        return None
    mark_used(path)
    return data


def write_json(path: Path, data: object) -> None:
    """Store `data` as the JSON entry `path`, atomically; a cache that cannot be written never
    fails a run (a warning says so)."""
    try:
        write_text_atomic(path, json.dumps(data, ensure_ascii=False))
    except OutputError as err:
        logger.warning(render("log_cache_unwritable", path=path, detail=err.values["detail"]))


def write_folder(folder: Path, write: Callable[[Path], None]) -> None:
    """Store the folder entry `folder` (`<kind>-<key>`) as `write` fills the folder it is
    given: a hidden staging folder beside it (`.<kind>-…`, which `prune` clears once stale),
    renamed into place, replacing an entry of that name; a cache that cannot be written
    never fails a run (a warning says so)."""
    kind = folder.name.partition("-")[0]
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{kind}-", dir=folder.parent))
        write(staging)
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
        os.replace(staging, folder)
    except OSError as err:
        logger.warning(render("log_cache_unwritable", path=folder, detail=err.strerror or err))


def source_digest(*files: Path) -> str:
    """sha256 of the named source files (their names and bytes): a part of a cache key, so
    that an entry made by other code is never read."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def word_set(data: object) -> frozenset[str]:
    """A cached list of words read back as a set (the `decode` of `cached_json` for word
    sets); anything else is a broken entry."""
    if not isinstance(data, list) or not all(isinstance(word, str) for word in data):
        raise TypeError("a list of words")
    return frozenset(data)


def derived_path(name: str, key: Iterable[str]) -> Path:
    """The path of the entry `derived-<name>-<digest of key>.json` (cached_json's entries)."""
    digest = hashlib.sha256()
    for part in key:
        digest.update(part.encode() + b"\0")
    return cache_folder() / f"derived-{name}-{digest.hexdigest()[:24]}.json"


def cached_json(
    name: str,
    key: Iterable[str],
    compute: Callable[[], T],
    encode: Callable[[T], object],
    decode: Callable[[Any], T],
) -> T:
    """`compute()`, or the value stored by an earlier run under the same `name` and `key`
    (every string the value depends on: inputs, settings, a source_digest of the code, the
    versions of the libraries it calls). The entry is `derived-<name>-<digest>.json`, written
    atomically as `encode(value)` and read back with `decode`, which raises TypeError,
    ValueError or KeyError on data it cannot take: a broken entry is then ignored with a
    warning and rewritten."""
    path = derived_path(name, key)
    decoded: list[T] = []

    def valid(data: Any) -> bool:
        try:
            decoded.append(decode(data))
        except (TypeError, ValueError, KeyError):
            return False
        return True

    read_json(path, valid)
    if decoded:
        return decoded[0]
    value = compute()
    write_json(path, encode(value))
    return value


def usage() -> CacheUsage:
    """How many entries the cache folder holds and their size in bytes."""
    entries = _entries(cache_folder())
    return CacheUsage(cache_folder(), len(entries), sum(size for _, size, _ in entries))


def prune(max_bytes: int, *, keep: tuple[Path, ...] = ()) -> int:
    """Evict least recently used entries until the folder holds at most `max_bytes`; entries
    in `keep` (those of the current run) stay. Returns how many were evicted."""
    entries = sorted(_entries(cache_folder()), key=lambda item: item[2])
    total = sum(size for _, size, _ in entries)
    kept = {path.resolve() for path in keep}
    evicted = 0
    now = time.time()
    for path, size, mtime in entries:
        stale_staging = path.name.startswith(".") and now - mtime > _STALE_STAGING_SECONDS
        if total <= max_bytes and not stale_staging:
            continue
        if path.resolve() in kept or (path.name.startswith(".") and not stale_staging):
            continue
        _remove(path)
        total -= size
        evicted += 1
    if evicted:
        logger.info(render("log_cache_evicted", count=evicted, limit_mb=max_bytes // 2**20))
    return evicted


def clear() -> CacheUsage:
    """Remove every entry; returns what was removed."""
    before = usage()
    for path, _, _ in _entries(before.folder):
        _remove(path)
    return before


def _entries(folder: Path) -> list[tuple[Path, int, float]]:
    """(path, size in bytes, mtime) of each of our entries in `folder`."""
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    result = []
    for child in children:
        if not _ENTRY.match(child.name) or child.is_symlink():
            continue
        try:
            if child.is_dir():
                size = sum(f.stat().st_size for f in child.rglob("*") if f.is_file())
            else:
                size = child.stat().st_size
            result.append((child, size, child.stat().st_mtime))
        except OSError:
            continue
    return result


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
