"""The example notes' verb-government counts (summarize/government.py) kept in the user cache
between runs: counting which infinitive follows each finite verb in the ten thousand example
notes takes every process about 0.6 CPU s on its first clinic, most of it Voikko reading
their word forms. The entry `derived-governments-<key>.json` is keyed by the texts, the code
that counts and Voikko's version and dictionaries; a broken entry is ignored with a warning
and rewritten (muistiinpanot.cache.cached_json)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from muistiinpanot import __version__, cache
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.lemmatize.voikko import voikko_identity
from muistiinpanot.summarize import government
from muistiinpanot.summarize.government import Counts, count_governments, keep_written_counts

#: The modules whose code decides the counts (government.py's _counts and what it imports).
_CODE = ("government.py", "clauses.py", "grammar.py")


def keep_example_counts(texts: tuple[str, ...], analyzer: LemmaAnalyzer) -> None:
    """Give the summary count_governments(`texts`) of the example notes, from the user cache
    when an earlier run counted the same texts with the same code and Voikko."""
    folder = Path(government.__file__).parent
    key = [
        __version__,
        voikko_identity(),
        cache.source_digest(*(folder / name for name in _CODE)),
        *texts,
    ]
    counts = cache.cached_json(
        "governments",
        key,
        lambda: count_governments(texts, analyzer.voikko),
        _encode,
        _decode,
    )
    keep_written_counts(texts, analyzer.voikko, counts)


def _encode(counts: Counts) -> dict[str, list[list[object]]]:
    return {
        base: [[mood, case, number] for (mood, case), number in sorted(found.items())]
        for base, found in sorted(counts.items())
    }


def _decode(data: Any) -> Counts:
    if not isinstance(data, dict):
        raise TypeError("an object of governors")
    counts: Counts = {}
    for base, rows in data.items():
        found: Counter[tuple[str, str]] = Counter()
        for mood, case, number in rows:  # ValueError / TypeError when malformed
            if not (isinstance(mood, str) and isinstance(case, str)):
                raise TypeError("a form")
            if not isinstance(number, int) or isinstance(number, bool) or number < 1:
                raise ValueError("a count")
            found[(mood, case)] = number
        if not isinstance(base, str) or not found:
            raise ValueError("a governor")
        counts[base] = found
    return counts
