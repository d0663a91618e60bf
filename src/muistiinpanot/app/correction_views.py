"""What an analyst's corrections did, as summary.json records it and report.html tells it."""

from __future__ import annotations

from collections.abc import Mapping

from muistiinpanot.ingest.corrections import CorrectionsFile
from muistiinpanot.report.review import AppliedCorrections
from muistiinpanot.themes.corrections import CorrectionOutcome


def correction_trace(corrections: CorrectionsFile, outcome: CorrectionOutcome) -> dict[str, object]:
    """summary.json's record of the corrections: which file (name and sha256) and what they
    did."""
    return {
        "file": corrections.path.name,
        "sha256": corrections.sha256,
        "rows": len(corrections.rows),
        "applied": len(outcome.corrected),
        "followed": len(outcome.followed),
        "pulled": len(outcome.pulled),
        "renamed": dict(outcome.renamed),
        "theme_rows": list(outcome.theme_rows),
        "unplaced": list(outcome.unplaced),
        "unknown_ids": list(outcome.unknown_ids),
        "clashes": list(outcome.clashes),
        "relocated": list(outcome.relocated),
        "edited": list(outcome.edited),
        "lost": [*outcome.lost, *outcome.ambiguous],
    }


def applied_corrections(
    outcome: CorrectionOutcome | None, trace: Mapping[str, object], shown: Mapping[str, str]
) -> AppliedCorrections | None:
    """What the corrections did, for report.html (None: there were none); `trace` is the
    clinic's summary.json record, `shown` maps note ids to the ids the page shows."""
    if outcome is None:
        return None
    record = trace.get("corrections")
    carried = set(outcome.carried_pulled)
    moved = (*outcome.followed, *outcome.pulled)
    return AppliedCorrections(
        file=str(record["file"]) if isinstance(record, dict) else "",
        corrected=frozenset(shown[i] for i in outcome.corrected),
        moved=frozenset(shown[i] for i in moved if i not in carried),
        carried=frozenset(shown[i] for i in carried),
        unknown=len(outcome.unknown_ids),
        renamed=frozenset(outcome.renamed),
        theme_rows=frozenset(outcome.theme_rows),
        unplaced=len(outcome.unplaced),
        lost=(*outcome.lost, *outcome.ambiguous),
    )
