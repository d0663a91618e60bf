"""The general-Finnish Zipf frequencies the labels ask for (label_general.general_zipf), kept
in the user cache between runs.

Reading them from wordfreq costs every process about 1.2 CPU s on its first clinic (0.4 s to
import it, 0.8 s to read its Finnish word list), for the few hundred words a clinic's labels
ask about. `cached_frequency` answers from the entry `derived-zipf-<key>.json` (muistiinpanot
.cache; the key: wordfreq's version and label_general.py's source, so a new list or new code
never reads an old entry) and calls general_zipf, which imports wordfreq, only for a word the
entry lacks; `save_frequencies` adds the words new to this process to the entry (merged with
what another process may have written meanwhile). An entry that is not a JSON object of
words to Zipf values is ignored with a warning and rewritten; every value is wordfreq's own,
so answers are the same with the entry, without it and with a broken one.
"""

from __future__ import annotations

import math
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from muistiinpanot.cache import derived_path, read_json, source_digest, write_json
from muistiinpanot.themes import label_general

#: The process's table: the entry's words (read on first use) and the words asked since.
_known: dict[str, float] = {}
#: The words this process added to `_known` and has not saved yet.
_new: dict[str, float] = {}
_loaded: list[Path] = []


def cached_frequency(word: str) -> float:
    """label_general.general_zipf(`word`), from the cached entry when it holds the word."""
    if not _loaded:
        _loaded.append(_entry())
        _known.update(_read(_loaded[0]))
    try:
        return _known[word]
    except KeyError:
        value = label_general.general_zipf(word)
        _known[word] = _new[word] = value
        return value


def save_frequencies() -> None:
    """Add the words asked since the last save to the cached entry (nothing to do when every
    word was there already)."""
    if not _new or not _loaded:
        return
    merged = {**_read(_loaded[0]), **_new}
    write_json(_loaded[0], dict(sorted(merged.items())))
    _new.clear()


def clear_frequencies() -> None:
    """Forget the process's table (the entry on disk stays): for tests."""
    _known.clear()
    _new.clear()
    _loaded.clear()


def _entry() -> Path:
    try:
        wordfreq = version("wordfreq")
    except PackageNotFoundError:  # pragma: no cover - a dependency of the package
        wordfreq = "missing"
    return derived_path("zipf", [wordfreq, source_digest(Path(label_general.__file__))])


def _read(path: Path) -> dict[str, float]:
    found: list[dict[str, float]] = []

    def valid(data: Any) -> bool:
        if not isinstance(data, dict) or not all(
            isinstance(word, str) and _is_zipf(value) for word, value in data.items()
        ):
            return False
        found.append(data)
        return True

    read_json(path, valid)
    return found[0] if found else {}


def _is_zipf(value: object) -> bool:
    """A Zipf value as general_zipf gives it: a finite float from 0 up (JSON keeps 3.0 a
    float; an int or a bool was not written here)."""
    return isinstance(value, float) and math.isfinite(value) and value >= 0.0
