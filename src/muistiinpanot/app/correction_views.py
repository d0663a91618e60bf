"""What an analyst's corrections did, as summary.json records it and report.html tells it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from muistiinpanot.app.label_views import unsaid_reason
from muistiinpanot.ingest.corrections import CorrectionsFile
from muistiinpanot.messages import render
from muistiinpanot.records import Note, NoteStatus
from muistiinpanot.report.review_records import AppliedCorrections
from muistiinpanot.themes.corrections import CorrectionOutcome


def correction_trace(
    corrections: CorrectionsFile,
    outcome: CorrectionOutcome,
    labels: Mapping[str, str],
    clinic: str,
) -> dict[str, object]:
    """summary.json's record of the corrections: which file (name and sha256) and what they
    did; each renamed theme's label as published (and each new theme's, apart: `created`,
    review 53 #3) (`labels`, theme id → the label scrubbed of
    names as themes.csv and the post show it: review 45 #3, "Lumin valot" is "Valot"). The
    ids routed by their number (themes/correction_ids.py) only when there are some; the
    `warnings` as the run prints them (correction_warnings; `clinic` is the clinic's id),
    only when there are some."""
    routed = {
        key: list(rows)
        for key, rows in (
            ("moved_ids", outcome.moved_ids),
            ("gone_ids", outcome.gone_ids),
            ("stale_ids", outcome.stale_ids),
            ("unfitted_ids", outcome.unfitted_ids),
            ("unused_ids", outcome.unused_ids),
        )
        if rows
    }
    warnings = correction_warnings(outcome, clinic)
    return {
        "file": corrections.path.name,
        "sha256": corrections.sha256,
        "rows": len(corrections.rows),
        "applied": len(outcome.corrected) + len(outcome.set_aside),
        "followed": len(outcome.followed),
        "pulled": len(outcome.pulled),
        "renamed": {
            theme: labels.get(theme, label)
            for theme, label in outcome.renamed.items()
            if theme not in outcome.created
        },
        "created": {
            theme: labels.get(theme, outcome.renamed.get(theme, theme)) for theme in outcome.created
        },
        "theme_rows": list(outcome.theme_rows),
        "unplaced": list(outcome.unplaced),
        "unknown_ids": list(outcome.unknown_ids),
        "clashes": list(outcome.clashes),
        "relocated": list(outcome.relocated),
        "edited": list(outcome.edited),
        "lost": [*outcome.lost, *outcome.ambiguous],
        "other_clinics": list(outcome.other_clinics),
        "foreign": outcome.foreign,
        "set_aside": list(outcome.set_aside),
        "restored": list(outcome.restored),
        **routed,
        **({"warnings": list(warnings)} if warnings else {}),
    }


def reviewed_notes(
    notes: Sequence[Note], vectors: npt.NDArray[np.float64] | None, outcome: CorrectionOutcome
) -> tuple[list[Note], npt.NDArray[np.float64] | None]:
    """`notes` with the statuses the analyst's corrections gave (review 40 #20): a note set
    aside as meeting talk is `chatter`, a chatter note put in a theme `kept`; and the themes
    stage's note vectors (rows: the kept notes by sorted id, for report.html's map) with the
    rows of the kept notes now (a restored note, which had no row, by its vector embedded in
    that space: `restored_vectors`, review 41 #8; the origin only without one)."""
    if not (outcome.set_aside or outcome.restored):
        return list(notes), vectors
    status: dict[str, NoteStatus] = {
        **dict.fromkeys(outcome.set_aside, "chatter"),
        **dict.fromkeys(outcome.restored, "kept"),
    }
    before = sorted(note.id for note in notes if note.status == "kept")
    marked = [
        dataclasses.replace(note, status=status[note.id]) if note.id in status else note
        for note in notes
    ]
    if vectors is None:
        return marked, None
    row = {note_id: index for index, note_id in enumerate(before)}
    after = sorted(note.id for note in marked if note.status == "kept")
    width = vectors.shape[1]
    embedded = {
        note_id: np.array(values)
        for note_id, values in zip(outcome.restored, outcome.restored_vectors, strict=False)
        if len(values) == width
    }
    rows = [vectors[row[i]] if i in row else embedded.get(i, np.zeros(width)) for i in after]
    return marked, np.array(rows).reshape(len(after), vectors.shape[1])


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
        created=frozenset(outcome.created),
        theme_rows=frozenset(outcome.theme_rows),
        unplaced=len(outcome.unplaced),
        lost=(*outcome.lost, *outcome.ambiguous),
        edited=outcome.edited,
        other_clinics=outcome.other_clinics,
        foreign=outcome.foreign,
        set_aside=frozenset(shown[i] for i in outcome.set_aside),
        restored=frozenset(shown[i] for i in outcome.restored if i in shown),
        unsaid=tuple(shown.get(str(i), str(i)) for i in _listed(trace.get("unsaid_moves"))),
        unsaid_why={
            shown.get(str(i), str(i)): why
            for i in _listed(trace.get("unsaid_moves"))
            if (why := unsaid_reason(str(i), trace)) is not None
        },
    )


def _listed(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def unknown_id_warnings(unknown_ids: Sequence[str], clinic: str) -> tuple[str, ...]:
    """The warnings for the ids of a corrections file that matched no kept note of `clinic`:
    ids made for another clinic folder ("2026-11-peruskorjaus/ryhma1.txt:2" in a run of
    clinic "c1") say which clinic they name, one warning per clinic; ids written without the
    clinic ("ryhma1.txt:4") say so; the rest as unknown or set-aside notes (review 38 #18)."""
    other: dict[str, list[str]] = {}
    bare: list[str] = []
    rest: list[str] = []
    for note_id in unknown_ids:
        prefix, slash, _ = note_id.partition("/")
        if slash and prefix != clinic:
            other.setdefault(prefix, []).append(note_id)
        elif not slash and ":" in note_id:
            bare.append(note_id)
        else:
            rest.append(note_id)
    warnings = [render("corrections_unknown", ids=", ".join(rest))] if rest else []
    warnings += [
        render("corrections_other_clinic", other=name, clinic=clinic, ids=", ".join(ids))
        for name, ids in other.items()
    ]
    if bare:
        warnings.append(render("corrections_no_clinic", clinic=clinic, ids=", ".join(bare)))
    return tuple(warnings)


def correction_warnings(outcome: CorrectionOutcome, clinic: str) -> tuple[str, ...]:
    """The warnings of one clinic's corrections, as `run` and `archive` print them (review 40 #23:
    the archive printed none), report.html lists them and summary.json records them: the file
    reader's on its rows (extra cells: review 53 #1), ids that matched no note, ids made in a
    folder of another name (#27), theme rows that found no theme or whose members' texts
    changed, note rows not applied (text gone, or on several notes) or applied to a note edited
    in place, two themes with one label, clashes. `clinic` is the clinic's id (the first part of
    its note ids)."""
    file = outcome.file or "corrections.csv"
    warnings = [*outcome.notices, *unknown_id_warnings(outcome.unknown_ids, clinic)]
    key = "corrections_foreign_file" if outcome.foreign else "corrections_renamed_folder"
    for other in outcome.other_clinics:
        warnings.append(render(key, file=file, other=other, clinic=clinic))
    if outcome.unplaced:
        warnings.append(render("corrections_unplaced", themes=", ".join(outcome.unplaced)))
    for key, rows in (
        ("corrections_stale", outcome.stale),
        ("corrections_note_lost", outcome.lost),
        ("corrections_note_edited", outcome.edited),
        ("corrections_note_ambiguous", outcome.ambiguous),
        ("corrections_fitted_moved", outcome.moved_ids),
        ("corrections_fitted_gone", outcome.gone_ids),
        ("corrections_emergent_gone", outcome.stale_ids),
        ("corrections_fitted_none", outcome.unfitted_ids),
        ("corrections_fitted_unused", outcome.unused_ids),
    ):
        if rows:  # the advice names the columns as the file's header does (review 53 #2)
            columns = {f"{name}_column": name for name in ("theme", "label")}
            columns |= {f"{name}_column": text for name, text in outcome.columns.items()}
            warnings.append(render(key, file=file, rows="; ".join(rows), **columns))
    if outcome.same_label:
        warnings.append(render("corrections_same_label", labels="; ".join(outcome.same_label)))
    if outcome.clashes:
        warnings.append(render("corrections_clash", clashes="; ".join(outcome.clashes)))
    return tuple(warnings)
