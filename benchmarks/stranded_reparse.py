"""How often summarize/strandedadverb fires in a run and what it costs (style178): runs
`run CLINIC --out OUT` in this process with `notepieces.stranded_adverb` and
`LemmaAnalyzer.parse` counted (CPU seconds).
usage: python benchmarks/stranded_reparse.py CLINIC OUT"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Sequence
from typing import Any

import muistiinpanot.summarize.notepieces as notepieces
from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer

hits: list[str] = []
counts = {"scan_s": 0.0, "parse_calls": 0, "parse_texts": 0, "parse_s": 0.0}
_stranded = notepieces.stranded_adverb
_parse = LemmaAnalyzer.parse


def _counted_stranded(tokens: Any) -> str | None:
    start = time.process_time()
    moved = _stranded(tokens)
    counts["scan_s"] += time.process_time() - start
    if moved:
        hits.append(moved)
    return moved


def _counted_parse(self: LemmaAnalyzer, texts: Sequence[str]) -> Any:
    start = time.process_time()
    result = _parse(self, texts)
    counts["parse_calls"] += 1
    counts["parse_texts"] += len(texts)
    counts["parse_s"] += time.process_time() - start
    return result


notepieces.stranded_adverb = _counted_stranded  # type: ignore[assignment]
LemmaAnalyzer.parse = _counted_parse  # type: ignore[method-assign]

from muistiinpanot.cli import app  # noqa: E402

with contextlib.suppress(SystemExit):
    app(["run", sys.argv[1], "--out", sys.argv[2], "-q"])
print("stranded hits", len(hits), hits[:5])
print({key: round(value, 4) for key, value in counts.items()})
