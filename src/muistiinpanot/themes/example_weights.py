"""The [themes] `example_weights` items ("GLOB=W") checked against the example files."""

from __future__ import annotations

import re
from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path

from muistiinpanot.errors import ConfigError

_KEY = "themes.example_weights"


def example_weight_pairs(
    items: Sequence[str],
    files: Sequence[tuple[str, Sequence[str]]],
    config_path: Path | None = None,
) -> list[tuple[str, float]]:
    """(GLOB, W) of each `example_weights` item "GLOB=W", checked against the example files
    `files` ((name without .csv, the label of each row)) before any work: W is a decimal
    number >= 0 ("0.5", "2"; not "1e3", "nan" or "-1"), every GLOB matches a file, and every
    theme keeps an example that weighs more than 0 (review 31 #5: all zeros crashed the
    classifier's fit). Anything else is a ConfigError naming `config_path` and the key."""
    pairs: list[tuple[str, float]] = []
    for item in items:
        match = re.fullmatch(r"(.+)=(\d+(?:\.\d*)?)", item)
        if match is None:
            raise ConfigError("config_weights_bad", path=config_path, key=_KEY, item=item)
        if not any(fnmatchcase(stem, match[1]) for stem, _ in files):
            raise ConfigError("config_weights_no_file", path=config_path, key=_KEY,
                              glob=match[1])  # fmt: skip
        pairs.append((match[1], float(match[2])))
    weighed: dict[str, float] = {}
    for stem, labels in files:
        weight = next((w for glob, w in pairs if fnmatchcase(stem, glob)), 1.0)
        for label in labels:
            weighed[label] = weighed.get(label, 0.0) + weight
    for label, total in sorted(weighed.items()):
        if total <= 0:
            raise ConfigError("config_weights_zero", path=config_path, key=_KEY, label=label)
    return pairs
