"""The one cap on the held-out rounds a benchmark may read. Rounds from `BLIND_FROM` on are
being written blind; once their files are merged into benchmarks/data for measurement, a
script that globs there (`privacy_*.csv`, `summary_heldout*/corpus`) still leaves them out
(`dev_glob`) until the cap moves. Move it when a round has been measured and is dev data.
"""

from __future__ import annotations

import re
from pathlib import Path

#: The first round being written blind: its files and folders and later ones are never read.
BLIND_FROM = 119


def heldout_round(name: str) -> int:
    """A held-out file's or folder's round by its name ("privacy_heldout12.csv",
    "privacy_heldout12b" → 12, "summary_heldout7" → 7); 0 for another ("privacy_labelled",
    and "summary_heldout", round 3's folder, which kept the old name)."""
    found = re.search(r"heldout(\d+)", name)
    return int(found.group(1)) if found else 0


def dev_glob(folder: Path, pattern: str) -> list[Path]:
    """`folder.glob(pattern)`, sorted, without any path one of whose parts below `folder`
    names a round from `BLIND_FROM` on."""
    return [
        path
        for path in sorted(folder.glob(pattern))
        if all(heldout_round(part) < BLIND_FROM for part in path.relative_to(folder).parts)
    ]
